/// Builds a ZIP archive in memory, entry by entry, the way `.docx` files need it.
///
/// Entries are stored (ZIP method 0, no compression): every ZIP reader, Word and LibreOffice
/// included, accepts them, and the output is byte-identical for the same input. Each entry
/// carries its CRC-32 and a fixed timestamp (1980-01-01 00:00, the earliest ZIP can record), so
/// an archive never depends on when it was made.
///
/// ## Format
/// ```
/// [local file header 1][data 1] ... [local file header n][data n]
/// [central directory header 1] ... [central directory header n]
/// [end of central directory record]
/// ```
/// All numbers little-endian, as in PKWARE's APPNOTE.TXT (sections 4.3.7, 4.3.12, 4.3.16).
/// Names are UTF-8 (general-purpose flag bit 11 is set when a name is not ASCII). No ZIP64:
/// an archive over 4 GiB or 65,535 entries is refused.
public struct ZipWriter: Sendable {
  /// Why an archive could not be built.
  public enum Failure: Error, Hashable, Sendable {
    /// Two entries with the same name.
    case duplicateName(String)
    /// A name that is empty, absolute, or climbs out of the archive with `..`.
    case invalidName(String)
    /// The archive would need ZIP64 (over 4 GiB or 65,535 entries).
    case tooLarge
  }

  private struct Entry: Sendable {
    var name: [UInt8]
    var crc: UInt32
    var size: UInt32
    var offset: UInt32
    var isUTF8: Bool
  }

  private var bytes: [UInt8] = []
  private var entries: [Entry] = []
  private var names: Set<String> = []

  /// The DOS date of 1980-01-01 (day 1, month 1, year 0 since 1980).
  static let fixedDate: UInt16 = (1 << 5) | 1
  /// The DOS time 00:00:00.
  static let fixedTime: UInt16 = 0

  /// Starts an empty archive.
  public init() {}

  /// Adds a file named `name` (a relative path with `/`, e.g. `word/document.xml`).
  public mutating func add(_ name: String, _ data: some Collection<UInt8>) throws(Failure) {
    guard !name.isEmpty, !name.hasPrefix("/"),
      !name.split(separator: "/", omittingEmptySubsequences: false).contains(where: {
        $0 == ".." || $0.isEmpty
      })
    else { throw .invalidName(name) }
    guard names.insert(name).inserted else { throw .duplicateName(name) }
    let nameBytes = Array(name.utf8)
    guard entries.count < 0xFFFF, data.count < 0xFFFF_FFFF,
      bytes.count + 30 + nameBytes.count + data.count < 0xFFFF_FFFF, nameBytes.count < 0xFFFF
    else { throw .tooLarge }
    let entry = Entry(
      name: nameBytes, crc: CRC32.checksum(data), size: UInt32(data.count),
      offset: UInt32(bytes.count), isUTF8: !name.unicodeScalars.allSatisfy(\.isASCII))
    appendLocalHeader(entry)
    bytes.append(contentsOf: data)
    entries.append(entry)
  }

  /// Adds a text file as UTF-8.
  public mutating func add(_ name: String, text: String) throws(Failure) {
    try add(name, Array(text.utf8))
  }

  /// The finished archive: the entries followed by the central directory.
  public func archive() throws(Failure) -> [UInt8] {
    var out = bytes
    let directoryOffset = out.count
    for entry in entries {
      out.appendLittleEndian(UInt32(0x0201_4B50))
      out.appendLittleEndian(UInt16(0x0314))  // made by: Unix, version 2.0
      out.appendLittleEndian(UInt16(20))  // needed to extract: 2.0
      out.appendLittleEndian(entry.isUTF8 ? UInt16(0x0800) : 0)
      out.appendLittleEndian(UInt16(0))  // method: stored
      out.appendLittleEndian(Self.fixedTime)
      out.appendLittleEndian(Self.fixedDate)
      out.appendLittleEndian(entry.crc)
      out.appendLittleEndian(entry.size)  // compressed size
      out.appendLittleEndian(entry.size)  // uncompressed size
      out.appendLittleEndian(UInt16(entry.name.count))
      out.appendLittleEndian(UInt16(0))  // extra field length
      out.appendLittleEndian(UInt16(0))  // comment length
      out.appendLittleEndian(UInt16(0))  // disk number
      out.appendLittleEndian(UInt16(0))  // internal attributes
      out.appendLittleEndian(UInt32(0o100644) << 16)  // external: a regular file, rw-r--r--
      out.appendLittleEndian(entry.offset)
      out.append(contentsOf: entry.name)
    }
    let directorySize = out.count - directoryOffset
    guard out.count < 0xFFFF_FFFF else { throw .tooLarge }
    out.appendLittleEndian(UInt32(0x0605_4B50))
    out.appendLittleEndian(UInt16(0))  // this disk
    out.appendLittleEndian(UInt16(0))  // disk with the central directory
    out.appendLittleEndian(UInt16(entries.count))
    out.appendLittleEndian(UInt16(entries.count))
    out.appendLittleEndian(UInt32(directorySize))
    out.appendLittleEndian(UInt32(directoryOffset))
    out.appendLittleEndian(UInt16(0))  // comment length
    return out
  }

  private mutating func appendLocalHeader(_ entry: Entry) {
    bytes.appendLittleEndian(UInt32(0x0403_4B50))
    bytes.appendLittleEndian(UInt16(20))  // needed to extract: 2.0
    bytes.appendLittleEndian(entry.isUTF8 ? UInt16(0x0800) : 0)
    bytes.appendLittleEndian(UInt16(0))  // method: stored
    bytes.appendLittleEndian(Self.fixedTime)
    bytes.appendLittleEndian(Self.fixedDate)
    bytes.appendLittleEndian(entry.crc)
    bytes.appendLittleEndian(entry.size)
    bytes.appendLittleEndian(entry.size)
    bytes.appendLittleEndian(UInt16(entry.name.count))
    bytes.appendLittleEndian(UInt16(0))  // extra field length
    bytes.append(contentsOf: entry.name)
  }
}

extension Array where Element == UInt8 {
  /// Appends `value` in little-endian byte order, as ZIP stores numbers.
  fileprivate mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
    for shift in stride(from: 0, to: T.bitWidth, by: 8) {
      append(UInt8(truncatingIfNeeded: value >> shift))
    }
  }
}
