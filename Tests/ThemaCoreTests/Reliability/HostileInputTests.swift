import Foundation
import Testing

@testable import ThemaCore

/// Hostile files, each refused or made harmless with a message that says what is wrong: ZIP
/// entries that climb out of the archive or are links, XML with external entities or
/// exponential entity expansion, files of 100 MB on one line, invalid UTF-8 at every position,
/// NUL bytes. (Zip bombs: `ZipReaderTests` and `InflateTests`.)
@Suite struct HostileInputTests {
  /// A ZIP archive of stored entries, written byte by byte so that tests can put in what no
  /// honest writer would: names with `..`, symbolic links.
  static func archive(_ entries: [(name: String, data: [UInt8], symlink: Bool)]) -> [UInt8] {
    func le(_ value: Int, _ count: Int) -> [UInt8] {
      (0..<count).map { UInt8((value >> (8 * $0)) & 0xFF) }
    }
    var body: [UInt8] = []
    var directory: [UInt8] = []
    for entry in entries {
      let name = Array(entry.name.utf8)
      let crc = Int(CRC32.checksum(entry.data))
      let sizes = le(crc, 4) + le(entry.data.count, 4) + le(entry.data.count, 4)
      let offset = body.count
      body += le(0x0403_4B50, 4) + le(20, 2) + le(0, 8) + sizes
      body += le(name.count, 2) + le(0, 2) + name + entry.data
      let madeBy = entry.symlink ? 0x031E : 20
      let attributes = entry.symlink ? 0o120777 << 16 : 0
      directory += le(0x0201_4B50, 4) + le(madeBy, 2) + le(20, 2) + le(0, 8) + sizes
      directory += le(name.count, 2) + le(0, 6) + le(0, 2) + le(attributes, 4) + le(offset, 4)
      directory += name
    }
    return body + directory + le(0x0605_4B50, 4) + le(0, 4) + le(entries.count, 2)
      + le(entries.count, 2) + le(directory.count, 4) + le(body.count, 4) + le(0, 2)
  }

  /// A `.docx` whose `word/document.xml` is `xml`.
  static func docx(_ xml: String) -> [UInt8] {
    archive([("word/document.xml", Array(xml.utf8), false)])
  }

  static func importing(_ bytes: [UInt8], name: String = "hostile.docx") throws
    -> Parsed<ImportedTranscript>
  {
    TranscriptImporter.importSource(
      bytes, fileName: name, file: name, id: try #require(TranscriptID(rawValue: "H-01")))
  }

  static func errorMessage(_ parsed: Parsed<ImportedTranscript>) -> String {
    parsed.diagnostics.first { $0.severity == .error }?.message ?? ""
  }

  @Test(arguments: [
    "../evil.txt", "word/../../evil.txt", "/etc/passwd", "\\\\server\\share\\x", "C:\\evil.txt",
    "C:/evil.txt", "word\\..\\..\\evil.txt", "a\u{1B}[2Jb.xml", "nul\u{0}.xml",
  ])
  func docxEntriesThatLeaveTheArchiveAreRefused(name: String) throws {
    let bytes = Self.archive([
      ("word/document.xml", Array("<w:document/>".utf8), false), (name, [1, 2, 3], false),
    ])
    #expect(throws: ImportProblem.zip(.unsafeEntryName(name))) {
      try DocxReader.paragraphs(bytes, limits: ZipLimits())
    }
    let message = Self.errorMessage(try Self.importing(bytes))
    #expect(message.contains("points outside the archive"), "\(message)")
  }

  @Test func docxSymbolicLinksAreRefused() throws {
    let bytes = Self.archive([
      ("word/document.xml", Array("/etc/passwd".utf8), true)
    ])
    #expect(throws: ImportProblem.zip(.symbolicLink(entry: "word/document.xml"))) {
      try DocxReader.paragraphs(bytes, limits: ZipLimits())
    }
    #expect(Self.errorMessage(try Self.importing(bytes)).contains("is a symbolic link"))
  }

  @Test func ordinaryEntryNamesAreRead() throws {
    let names = ["word/document.xml", "[Content_Types].xml", "word/media/image 1.png", "a..b/c"]
    let reader = try ZipReader(Self.archive(names.map { ($0, [0x41], false) }))
    #expect(reader.entries.map(\.name) == names)
  }

  static let paragraph = #"<w:body><w:p><w:r><w:t>Interviewer: &x;</w:t></w:r></w:p></w:body>"#
  static let namespace = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#

  @Test func externalEntitiesAreNeverFetched() throws {
    let secret = FileManager.default.temporaryDirectory.appendingPathComponent(
      "thema-secret-\(UUID().uuidString)")
    try Data("TOPSECRET".utf8).write(to: secret)
    defer { try? FileManager.default.removeItem(at: secret) }
    for system in [secret.absoluteString, secret.path, "http://127.0.0.1:9/x"] {
      let xml =
        #"<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM ""#
        + system + #"">]><w:document "# + Self.namespace + ">" + Self.paragraph + "</w:document>"
      let imported = try Self.importing(Self.docx(xml))
      let text = imported.value?.transcript.segments.map(\.text).joined() ?? ""
      #expect(!text.contains("TOPSECRET"), "\(system)")
    }
  }

  /// Foundation's XMLParser traps on a name that is not UTF-8 (found by the docx-xml fuzzer).
  @Test(arguments: [
    [0x3C, 0xF3, 0x70, 0x61, 0x63], Array("<a ".utf8) + [0xF3] + Array("=\"1\"/>".utf8),
  ])
  func xmlNamesThatAreNotUTF8AreRefusedNotACrash(xml: [UInt8]) throws {
    #expect(
      throws: ImportProblem.invalidDocxXML(
        reason: "byte \(xml.firstIndex(of: 0xF3) ?? 0) of word/document.xml is not valid UTF-8")
    ) {
      try DocxReader.paragraphs(xml: xml)
    }
    let message = Self.errorMessage(
      try Self.importing(Self.archive([("word/document.xml", xml, false)])))
    #expect(message.contains("is not valid UTF-8"), "\(message)")
    #expect(throws: XMLProblem.self) { try XMLTree.parse(xml) }
  }

  /// Found by `.ci/fuzz docx-xml` and `.ci/fuzz xml`: a garbled encoding declaration let bytes
  /// that are not UTF-8 through to the parser, which trapped.
  @Test(arguments: [#"encoding="UTFencoding="UTF-8""#, "encoding=\"utf-8\u{FFFD}\""])
  func aGarbledEncodingDeclarationExcusesNoBadBytes(declaration: String) throws {
    let xml =
      Array("<?xml version=\"1.0\" \(declaration)?>\n<w:document><w:".utf8) + [0xF3]
      + Array("as/></w:document>".utf8)
    #expect(throws: ImportProblem.self) { try DocxReader.paragraphs(xml: xml) }
    #expect(throws: XMLProblem.self) { try XMLTree.parse(xml) }
    // A document declared ISO-8859-1 is converted by the parser and read.
    let latin =
      Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>caf".utf8) + [0xE9]
      + Array("</a>".utf8)
    #expect(try XMLTree.parse(latin).root.text == "café")
  }

  /// Found by `.ci/fuzz xml`: Foundation's XMLParser dies on a processing instruction
  /// without data.
  @Test(arguments: ["<?xml?>\n<a/>", "<a><?pi?></a>", "<?pi?><a/>"])
  func processingInstructionsWithoutDataAreRefusedNotACrash(xml: String) {
    #expect(throws: ImportProblem.self) { try DocxReader.paragraphs(xml: Array(xml.utf8)) }
    #expect(throws: XMLProblem.self) { try XMLTree.parse(Array(xml.utf8)) }
  }

  @Test func exponentialEntitiesStopQuickly() throws {
    var entities = #"<!ENTITY l0 "lol">"#
    for level in 1...12 {
      let previous = "&l\(level - 1);"
      entities += "<!ENTITY l\(level) \"" + String(repeating: previous, count: 10) + "\">"
    }
    let xml =
      #"<?xml version="1.0"?><!DOCTYPE w:document ["# + entities + #"<!ENTITY x "&l12;">]>"#
      + "<w:document " + Self.namespace + ">" + Self.paragraph + "</w:document>"
    let start = Date()
    let imported = try Self.importing(Self.docx(xml))
    #expect(Date().timeIntervalSince(start) < 10)
    let length = imported.value?.transcript.segments.map(\.text.count).reduce(0, +) ?? 0
    #expect(length < 1_000_000, "10^12 'lol's were not expanded: \(length) characters")
  }

  @Test func oneHundredMegabytesOnOneLineAreRefusedAtOnce() throws {
    let big = [UInt8](repeating: UInt8(ascii: "a"), count: 100 * 1_048_576)
    let start = Date()
    let message = Self.errorMessage(try Self.importing(big, name: "big.txt"))
    #expect(message.contains("the file is 100 MB, more than the 32 MB a transcript may have"))
    // Under the size limit, a line longer than any paragraph is refused as well.
    let long = Array("P1: ".utf8) + [UInt8](repeating: UInt8(ascii: "a"), count: 2 * 1_048_576)
    let lineMessage = Self.errorMessage(try Self.importing(long, name: "long.txt"))
    #expect(lineMessage.contains("line 1 is 2.0 MB long, more than the 1.0 MB"), "\(lineMessage)")
    #expect(Date().timeIntervalSince(start) < 20)
  }

  /// A small study file of each kind, as bytes.
  static func studyFiles() throws -> [(name: String, bytes: [UInt8])] {
    try ["Codebooks/program-managers.md", "Transcripts/PM-01/codings/alice.tsv"].map { path in
      let data = Data(try repositoryFile(path).utf8)
      // Cut at a line end, so the excerpt is valid UTF-8 before it is spoiled.
      let excerpt = data.prefix(600)
      return (
        path, Array(excerpt.prefix { $0 != 0 }.prefix(through: excerpt.lastIndex(of: 10) ?? 0))
      )
    }
  }

  @Test func invalidUTF8AtEveryPositionIsAnErrorWithItsPlace() throws {
    for (name, bytes) in try Self.studyFiles() {
      for position in 0...bytes.count {
        for bad: [UInt8] in [[0xFF], [0xC3], [0xED, 0xA0, 0x80]] {
          var mutated = bytes
          mutated.insert(contentsOf: bad, at: position)
          do throws(Problem) {
            _ = try TextDecoding.strictUTF8(Data(mutated))
            Issue.record("\(name): invalid UTF-8 at \(position) was accepted")
          } catch {
            // The offset named is that of the bad bytes (or of the character they split).
            guard case .notUTF8(let offset) = error else { throw error }
            #expect((position - 3...position).contains(offset), "\(name) at \(position)")
          }
          // An imported source falls back to Windows-1252, with a warning.
          let source = try TextDecoding.source(mutated)
          #expect(source.warnings.contains(.decodedAsWindows1252))
        }
      }
    }
  }

  @Test(arguments: ["\u{0}", "\u{1B}", "\u{9B}", "\u{7F}", "\u{7}"])
  func controlCharactersInStudyFilesAreErrorsWithTheirPlace(control: String) throws {
    let coder = try #require(Coder(rawValue: "alice"))
    let id = try #require(TranscriptID(rawValue: "PM-01"))
    for (name, bytes) in try Self.studyFiles() {
      let text = String(decoding: bytes, as: UTF8.self)
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      for (number, line) in lines.enumerated() where line.count > 4 {
        var spoiled = lines.map(String.init)
        let second = spoiled[number].index(after: spoiled[number].startIndex)
        spoiled[number].insert(contentsOf: control, at: second)
        let joined = spoiled.joined(separator: "\n")
        let diagnostics =
          name.hasSuffix(".md")
          ? Codebook.parse(markdown: joined, name: "x", file: name).diagnostics
          : CodingSheet.parse(tsv: joined, transcript: id, coder: coder, file: name).diagnostics
        let value = control.unicodeScalars.first?.value ?? 0
        let found = diagnostics.first { $0.problem == .controlCharacter(value: value) }
        #expect(found?.location?.line == number + 1, "\(name) line \(number + 1)")
        #expect(found?.location?.column == 2, "\(name) line \(number + 1)")
      }
    }
  }

  /// Found by `.ci/fuzz transcript`: two separators sharing a space trapped the parser.
  @Test func aSegmentHeaderWithAnEmptySpeakerIsReadNotACrash() throws {
    let parsed = Transcript.parse(
      text: "id: PM-01\n\nS1 | | 00:00:01\nThank you for coming.\n", file: "transcript.txt")
    let speaker = parsed.value?.segments.first?.speaker
    let problems = parsed.diagnostics.map(\.message)
    #expect(speaker == "" || !problems.isEmpty, "\(String(describing: speaker)) \(problems)")
  }

  @Test func nulBytesAreRefused() throws {
    for (name, bytes) in try Self.studyFiles() {
      for position in stride(from: 0, through: bytes.count, by: 37) {
        var mutated = bytes
        mutated.insert(0, at: position)
        #expect(throws: ImportProblem.binarySource, "\(name) at \(position)") {
          try TextDecoding.source(mutated)
        }
      }
    }
  }
}
