import Testing

@testable import ThemaCore

@Suite struct InflateTests {
  /// Streams made by Python's zlib from `source.txt`; the first block of each has the type named.
  @Test(arguments: [
    ("stored.deflate", 0), ("fixed.deflate", 1), ("dynamic.deflate", 2), ("mixed.deflate", 2),
  ])
  func decodesZlibStreams(file: String, firstBlockType: Int) throws {
    let compressed = try ImportFixture.bytes("Deflate/" + file)
    #expect(Int(compressed[0] >> 1 & 3) == firstBlockType)
    let expected = try ImportFixture.bytes("Deflate/source.txt")
    let tail: [UInt8] = file == "mixed.deflate" ? Array("The end.".utf8) : []
    #expect(try Inflate.decompress(compressed) == expected + tail)
  }

  @Test func decodesALongRunOfBackReferences() throws {
    let compressed = try ImportFixture.bytes("Deflate/zeros-10MiB.deflate")
    let output = try Inflate.decompress(compressed)
    #expect(output.count == 10 * 1024 * 1024)
    #expect(output.allSatisfy { $0 == 0 })
  }

  @Test func stopsAtTheOutputLimit() throws {
    let compressed = try ImportFixture.bytes("Deflate/zeros-10MiB.deflate")
    #expect(throws: InflateError.outputLimitExceeded(limit: 1_000_000)) {
      try Inflate.decompress(compressed, limit: 1_000_000)
    }
  }

  @Test func anOutputExactlyAtTheLimitIsAllowed() throws {
    let compressed = try ImportFixture.bytes("Deflate/dynamic.deflate")
    let size = try ImportFixture.bytes("Deflate/source.txt").count
    #expect(try Inflate.decompress(compressed, limit: size).count == size)
    #expect(throws: InflateError.outputLimitExceeded(limit: size - 1)) {
      try Inflate.decompress(compressed, limit: size - 1)
    }
  }

  @Test(arguments: [
    ("bad-block-type.deflate", "invalidBlockType"),
    ("bad-stored-length.deflate", "storedLengthMismatch"),
    ("distance-too-far.deflate", "distanceTooFar"),
    ("oversubscribed.deflate", "invalidCodeLengths"),
    ("truncated.deflate", "unexpectedEnd"),
  ])
  func refusesCorruptStreams(file: String, expected: String) throws {
    let compressed = try ImportFixture.bytes("Deflate/" + file)
    do {
      let output = try Inflate.decompress(compressed)
      Issue.record("decoded \(output.count) bytes from a corrupt stream")
    } catch {
      #expect(String(describing: error).hasPrefix(expected))
      #expect(!error.message.isEmpty)
    }
  }

  @Test func anEmptyInputEndsUnexpectedly() {
    #expect(throws: InflateError.unexpectedEnd(byteOffset: 0)) { try Inflate.decompress([]) }
  }

  @Test func aStoredBlockMayBeEmpty() throws {
    // BFINAL=1, BTYPE=0, padding, LEN=0, NLEN=0xFFFF.
    #expect(try Inflate.decompress([0x01, 0x00, 0x00, 0xFF, 0xFF]) == [])
  }
}
