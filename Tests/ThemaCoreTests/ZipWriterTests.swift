import Testing

@testable import ThemaCore

@Suite struct ZipWriterTests {
  @Test func readsBackEveryEntryThroughTheCentralDirectory() throws {
    var zip = ZipWriter()
    try zip.add("[Content_Types].xml", text: "<Types/>")
    try zip.add("word/document.xml", text: "<w:document>é</w:document>")
    try zip.add("empty.txt", [UInt8]())
    try zip.add("données/é.txt", text: "accents")
    let archive = try TestZipReader(try zip.archive())
    #expect(
      archive.entries.map(\.name) == [
        "[Content_Types].xml", "word/document.xml", "empty.txt", "données/é.txt",
      ])
    #expect(archive.text("word/document.xml") == "<w:document>é</w:document>")
    #expect(archive.text("empty.txt") == "")
    #expect(
      archive.entries.map(\.flags) == [0, 0, 0, 0x0800], "UTF-8 flag only on non-ASCII names")
  }

  @Test func storesTheCRCOfTheDataAndAFixedTimestamp() throws {
    var zip = ZipWriter()
    try zip.add("check.txt", text: "123456789")
    let entry = try #require(try TestZipReader(try zip.archive()).entries.first)
    #expect(entry.crc == 0xCBF4_3926, "the standard CRC-32 check value of '123456789'")
    #expect(entry.date == 0x0021, "1980-01-01")
    #expect(entry.time == 0)
  }

  @Test func theSameEntriesGiveTheSameBytes() throws {
    func build() throws -> [UInt8] {
      var zip = ZipWriter()
      try zip.add("a.xml", text: "<a/>")
      try zip.add("b/c.xml", text: "<c>text</c>")
      return try zip.archive()
    }
    #expect(try build() == build())
  }

  @Test func anEmptyArchiveIsJustTheEndRecord() throws {
    let bytes = try ZipWriter().archive()
    #expect(bytes == [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18))
    #expect(try TestZipReader(bytes).entries.isEmpty)
  }

  @Test(arguments: ["", "/etc/passwd", "a/../../b", "a//b", "../x"])
  func refusesNamesThatEscapeTheArchive(_ name: String) {
    var zip = ZipWriter()
    #expect(throws: ZipWriter.Failure.invalidName(name)) { try zip.add(name, text: "x") }
  }

  @Test func refusesTheSameNameTwice() throws {
    var zip = ZipWriter()
    try zip.add("a.xml", text: "1")
    #expect(throws: ZipWriter.Failure.duplicateName("a.xml")) { try zip.add("a.xml", text: "2") }
  }
}
