import Foundation
import Testing

@testable import ThemaCore

/// A small ZIP reader for tests: it reads an archive through its central directory, as a real
/// reader does, checks every local header against it and every entry's CRC-32, and refuses
/// anything but stored entries (all `ZipWriter` writes).
struct TestZipReader {
  /// One entry as the central directory describes it.
  struct Entry: Equatable {
    var name: String
    var flags: UInt16
    var method: UInt16
    var time: UInt16
    var date: UInt16
    var crc: UInt32
    var data: [UInt8]
  }

  /// Why an archive was refused.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// The entries in central-directory order.
  let entries: [Entry]

  /// Reads `bytes`; throws when any structure or checksum is wrong.
  init(_ bytes: [UInt8]) throws {
    func u16(_ at: Int) throws -> UInt16 {
      guard at + 2 <= bytes.count else { throw Failure(description: "truncated at \(at)") }
      return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }
    func u32(_ at: Int) throws -> UInt32 {
      UInt32(try u16(at)) | UInt32(try u16(at + 2)) << 16
    }
    guard bytes.count >= 22,
      let end = stride(from: bytes.count - 22, through: 0, by: -1).first(where: {
        (try? u32($0)) == 0x0605_4B50
      })
    else { throw Failure(description: "no end of central directory record") }
    let count = Int(try u16(end + 10))
    guard Int(try u16(end + 8)) == count else {
      throw Failure(description: "entry counts disagree")
    }
    let directorySize = Int(try u32(end + 12))
    var offset = Int(try u32(end + 16))
    guard offset + directorySize == end else {
      throw Failure(description: "the central directory does not end where the record says")
    }
    var entries: [Entry] = []
    for _ in 0..<count {
      guard try u32(offset) == 0x0201_4B50 else {
        throw Failure(description: "bad central directory signature at \(offset)")
      }
      let flags = try u16(offset + 8)
      let method = try u16(offset + 10)
      let time = try u16(offset + 12)
      let date = try u16(offset + 14)
      let crc = try u32(offset + 16)
      let compressed = Int(try u32(offset + 20))
      let size = Int(try u32(offset + 24))
      let nameLength = Int(try u16(offset + 28))
      let extraLength = Int(try u16(offset + 30))
      let commentLength = Int(try u16(offset + 32))
      let local = Int(try u32(offset + 42))
      let name = String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
      guard method == 0, compressed == size else {
        throw Failure(description: "\(name) is not stored")
      }
      guard try u32(local) == 0x0403_4B50, try u16(local + 8) == method,
        try u32(local + 14) == crc, Int(try u32(local + 18)) == size,
        Int(try u16(local + 26)) == nameLength
      else { throw Failure(description: "the local header of \(name) disagrees") }
      let start = local + 30 + nameLength + Int(try u16(local + 28))
      guard start + size <= bytes.count else { throw Failure(description: "\(name) truncated") }
      let data = Array(bytes[start..<(start + size)])
      guard CRC32.checksum(data) == crc else { throw Failure(description: "\(name): bad CRC") }
      entries.append(
        Entry(
          name: name, flags: flags, method: method, time: time, date: date, crc: crc, data: data))
      offset += 46 + nameLength + extraLength + commentLength
    }
    self.entries = entries
  }

  /// The text of the entry named `name`, or nil.
  func text(_ name: String) -> String? {
    entries.first { $0.name == name }.map { String(decoding: $0.data, as: UTF8.self) }
  }
}
