import Foundation

@testable import ThemaCore

/// Builds `.qdpx` archives for tests, including hostile ones `ZipWriter` would refuse to make:
/// entries with any name, and symbolic links (Unix mode `S_IFLNK` in the external attributes).
struct RefiTestArchive {
  private struct Entry {
    var name: String
    var data: [UInt8]
    var mode: UInt32
  }

  private var entries: [Entry] = []

  /// Adds a regular file.
  mutating func add(_ name: String, _ data: [UInt8]) {
    entries.append(Entry(name: name, data: data, mode: 0o100644))
  }

  /// Adds a UTF-8 text file.
  mutating func add(_ name: String, text: String) {
    add(name, Array(text.utf8))
  }

  /// Adds a symbolic link to `target`.
  mutating func addLink(_ name: String, to target: String) {
    entries.append(Entry(name: name, data: Array(target.utf8), mode: 0o120777))
  }

  /// The archive's bytes: stored entries, central directory, end record.
  func bytes() -> [UInt8] {
    var out: [UInt8] = []
    var directory: [UInt8] = []
    func u16(_ value: Int, _ into: inout [UInt8]) {
      into += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)]
    }
    func u32(_ value: UInt32, _ into: inout [UInt8]) {
      into += [
        UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF),
        UInt8(value >> 24 & 0xFF),
      ]
    }
    // The fields local and central headers share: version needed, UTF-8 names, stored, a
    // fixed time and date, the CRC, both sizes, the name's length and no extra field.
    func shared(_ entry: Entry, _ crc: UInt32, _ into: inout [UInt8]) {
      for value in [20, 0x0800, 0, 0, 0x21] { u16(value, &into) }
      u32(crc, &into)
      u32(UInt32(entry.data.count), &into)
      u32(UInt32(entry.data.count), &into)
      u16(entry.name.utf8.count, &into)
      u16(0, &into)
    }
    for entry in entries {
      let name = Array(entry.name.utf8)
      let crc = CRC32.checksum(entry.data)
      let offset = UInt32(out.count)
      u32(0x0403_4B50, &out)
      shared(entry, crc, &out)
      out += name + entry.data
      u32(0x0201_4B50, &directory)
      u16(0x0314, &directory)
      shared(entry, crc, &directory)
      for value in [0, 0, 0] { u16(value, &directory) }
      u32(entry.mode << 16, &directory)
      u32(offset, &directory)
      directory += name
    }
    let directoryOffset = out.count
    out += directory
    u32(0x0605_4B50, &out)
    u16(0, &out)
    u16(0, &out)
    u16(entries.count, &out)
    u16(entries.count, &out)
    u32(UInt32(directory.count), &out)
    u32(UInt32(directoryOffset), &out)
    u16(0, &out)
    return out
  }

  /// A project file with `body` inside `<Project>`.
  static func project(_ body: String, origin: String = "Test") -> String {
    """
    <?xml version="1.0" encoding="utf-8"?>
    <Project xmlns="urn:QDA-XML:project:1.0" name="Test project" origin="\(origin)">
    \(body)
    </Project>
    """
  }

  /// A code book of codes named by GUID suffix: `<Code guid="…-00000000000N" name="name"/>`.
  static func codeBook(_ names: [String]) -> String {
    "<CodeBook><Codes>"
      + names.enumerated().map { index, name in
        "<Code guid=\"\(codeGUID(index + 1))\" name=\"\(name)\" isCodable=\"true\"/>"
      }.joined() + "</Codes></CodeBook>"
  }

  /// The GUID of the `number`th code of `codeBook`.
  static func codeGUID(_ number: Int) -> String {
    "c0de0000-0000-4000-8000-" + String(repeating: "0", count: 12 - String(number).count)
      + String(number)
  }

  /// The GUID of user `number`.
  static func userGUID(_ number: Int) -> String {
    "00000000-0000-4000-8000-00000000000\(number)"
  }

  /// The bytes of a fixture in `Tests/Fixtures/Refi/`.
  static func fixture(_ name: String) throws -> [UInt8] {
    [UInt8](
      try Data(contentsOf: URL(fileURLWithPath: repositoryRoot + "/Tests/Fixtures/Refi/" + name)))
  }
}
