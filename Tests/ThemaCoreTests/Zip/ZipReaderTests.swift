import Testing

@testable import ThemaCore

@Suite struct ZipReaderTests {
  @Test func readsStoredAndDeflatedEntries() throws {
    let zip = try ZipReader(ImportFixture.bytes("Zip/good.zip"))
    #expect(zip.entries.map(\.name) == ["stored.txt", "deflated.txt", "empty.txt"])
    #expect(zip.entries.map(\.method) == [0, 8, 8])
    let stored = try #require(try zip.contents(ofEntryNamed: "stored.txt"))
    #expect(String(decoding: stored, as: UTF8.self) == "Stored, not compressed.\n")
    let deflated = try #require(try zip.contents(ofEntryNamed: "deflated.txt"))
    let line = "Interviewer: How did the peer role change over the years?\n"
    #expect(String(decoding: deflated, as: UTF8.self) == String(repeating: line, count: 40))
    #expect(try zip.contents(ofEntryNamed: "empty.txt") == [])
    #expect(try zip.contents(ofEntryNamed: "missing.txt") == nil)
  }

  @Test func findsEntriesWithoutRegardToCase() throws {
    let zip = try ZipReader(ImportFixture.bytes("Zip/good.zip"))
    #expect(zip.entry(named: "STORED.TXT")?.name == "stored.txt")
  }

  @Test func refusesWhatIsNotAZip() {
    #expect(throws: ZipError.notAZip) { try ZipReader(Array("Interviewer: hello\n".utf8)) }
    #expect(throws: ZipError.notAZip) { try ZipReader([]) }
  }

  @Test func refusesATruncatedArchive() throws {
    let bytes = try ImportFixture.bytes("Zip/truncated.zip")
    #expect(throws: ZipError.truncated(missing: "the central directory's end record")) {
      try ZipReader(bytes)
    }
  }

  @Test func refusesAnArchiveWhoseDataIsCutShort() throws {
    var bytes = try ImportFixture.bytes("Zip/good.zip")
    // Keep the directory but point the first entry's local header past the end of the file.
    let directory = try #require(findSignature([0x50, 0x4B, 0x01, 0x02], in: bytes))
    bytes[directory + 42] = 0xF0
    bytes[directory + 43] = 0xFF
    let zip = try ZipReader(bytes)
    let first = try #require(zip.entries.first)
    #expect(throws: ZipError.truncated(missing: "'stored.txt'")) { try zip.contents(of: first) }
  }

  @Test func reportsACRCMismatch() throws {
    let zip = try ZipReader(ImportFixture.bytes("Zip/crc-mismatch.zip"))
    do {
      _ = try zip.contents(ofEntryNamed: "stored.txt")
      Issue.record("a damaged entry was read")
    } catch {
      guard case .crcMismatch(let entry, let expected, let actual) = error else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(entry == "stored.txt")
      #expect(expected == CRC32.checksum(Array("Stored, not compressed.\n".utf8)))
      #expect(actual == CRC32.checksum(Array("stored, not compressed.\n".utf8)))
      #expect(error.message.contains("damaged"))
    }
    // The other entries are intact.
    #expect(try zip.contents(ofEntryNamed: "deflated.txt")?.count == 2320)
  }

  @Test func refusesAZipBombThatDeclaresItsSize() throws {
    let bytes = try ImportFixture.bytes("Zip/bomb-ratio.zip")
    do {
      _ = try ZipReader(bytes)
      Issue.record("a zip bomb was opened")
    } catch {
      guard case .ratioTooHigh(let entry, let ratio, let limit) = error else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(entry == "zeros.bin")
      #expect(ratio > 1000)
      #expect(limit == ZipLimits().maxRatio)
      #expect(error.message.contains("zip bomb"))
    }
  }

  @Test func refusesAZipBombThatHidesItsSize() throws {
    let zip = try ZipReader(ImportFixture.bytes("Zip/bomb-hidden-size.zip"))
    #expect(throws: ZipError.expandsPastDeclaredSize(entry: "zeros.bin", declared: 1000)) {
      try zip.contents(ofEntryNamed: "zeros.bin")
    }
  }

  @Test func enforcesTheEntryAndSizeLimits() throws {
    let bytes = try ImportFixture.bytes("Zip/good.zip")
    #expect(throws: ZipError.tooManyEntries(count: 3, limit: 2)) {
      try ZipReader(bytes, limits: ZipLimits(maxEntries: 2))
    }
    #expect(throws: ZipError.tooLarge(declared: 2344, limit: 2000)) {
      try ZipReader(bytes, limits: ZipLimits(maxTotalSize: 2000))
    }
  }

  private func findSignature(_ signature: [UInt8], in bytes: [UInt8]) -> Int? {
    guard bytes.count >= signature.count else { return nil }
    return (0...(bytes.count - signature.count)).first {
      Array(bytes[$0..<($0 + signature.count)]) == signature
    }
  }
}
