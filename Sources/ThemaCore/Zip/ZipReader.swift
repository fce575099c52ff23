/// Reads the entries of a ZIP archive (PKWARE APPNOTE 6.3), as `.docx` documents are.
///
/// The central directory at the end of the archive is the table of contents; each entry's data
/// follows its local header. Stored (method 0) and DEFLATE (method 8) entries are read, each
/// checked against its CRC-32. ZIP64, encryption and multi-disk archives are refused.
/// `ZipLimits` bound the number of entries, their declared total size and each entry's
/// expansion ratio, and decompression stops at an entry's declared size, so an archive that
/// lies about its sizes cannot make the reader use more memory than the limits allow.
/// Entry names are read as they are: whoever extracts entries checks them (`isSafeEntryName`,
/// `Entry.isSymbolicLink`).
public struct ZipReader: Sendable {
  /// One file in the archive, as its central directory describes it.
  public struct Entry: Hashable, Sendable {
    /// The entry's path inside the archive, e.g. `word/document.xml`.
    public var name: String
    /// 0 stored, 8 DEFLATE.
    public var method: Int
    /// The CRC-32 of the uncompressed data.
    public var crc32: UInt32
    /// Bytes in the archive.
    public var compressedSize: Int
    /// Bytes once decompressed.
    public var uncompressedSize: Int
    /// General-purpose flags; bit 0 means encrypted.
    public var flags: Int
    /// Where the entry's local header starts.
    public var localHeaderOffset: Int
    /// The system the entry was made on (the high byte of "version made by"): 3 for Unix.
    public var madeBy: Int = 0
    /// The external file attributes; on Unix the high 16 bits hold the file mode.
    public var externalAttributes: UInt32 = 0

    /// Whether the entry is a symbolic link (Unix mode `S_IFLNK`), which an archive from another
    /// tool may hold to point outside the folder it is unpacked in.
    public var isSymbolicLink: Bool {
      madeBy == 3 && (externalAttributes >> 16) & 0o170000 == 0o120000
    }
  }

  /// The entries in central-directory order.
  public let entries: [Entry]
  private let bytes: [UInt8]
  private let limits: ZipLimits

  /// Reads the central directory of `bytes`, checking it against `limits`.
  public init(_ bytes: [UInt8], limits: ZipLimits = ZipLimits()) throws(ZipError) {
    self.bytes = bytes
    self.limits = limits
    guard bytes.count >= 4, bytes[0] == 0x50, bytes[1] == 0x4B else { throw .notAZip }
    guard bytes.count >= 22, let end = Self.findEndOfCentralDirectory(bytes) else {
      throw .truncated(missing: "the central directory's end record")
    }
    let count = Self.uint16(bytes, end + 10)
    let directorySize = Int(Self.uint32(bytes, end + 12))
    let directoryOffset = Int(Self.uint32(bytes, end + 16))
    if count == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
      throw .zip64
    }
    guard count <= limits.maxEntries else {
      throw .tooManyEntries(count: count, limit: limits.maxEntries)
    }
    guard directoryOffset + directorySize <= end else {
      throw .truncated(missing: "part of the central directory")
    }
    var entries: [Entry] = []
    entries.reserveCapacity(count)
    var offset = directoryOffset
    var total = 0
    for _ in 0..<count {
      let entry = try Self.readDirectoryEntry(bytes, at: &offset, end: end)
      total += entry.uncompressedSize
      guard total <= limits.maxTotalSize else {
        throw .tooLarge(declared: total, limit: limits.maxTotalSize)
      }
      if entry.uncompressedSize > limits.ratioThreshold {
        let ratio = entry.uncompressedSize / max(entry.compressedSize, 1)
        guard ratio <= limits.maxRatio else {
          throw .ratioTooHigh(entry: entry.name, ratio: ratio, limit: limits.maxRatio)
        }
      }
      entries.append(entry)
    }
    self.entries = entries
  }

  /// The entry named `name`, compared without regard to ASCII case (archives written on
  /// Windows vary in case), or nil.
  public func entry(named name: String) -> Entry? {
    entries.first { $0.name == name }
      ?? entries.first { $0.name.lowercased() == name.lowercased() }
  }

  /// The uncompressed bytes of `entry`, checked against its CRC-32 and declared size.
  public func contents(of entry: Entry) throws(ZipError) -> [UInt8] {
    if entry.flags & 1 != 0 { throw .encrypted(entry: entry.name) }
    let header = entry.localHeaderOffset
    guard header + 30 <= bytes.count else { throw .truncated(missing: "'\(entry.name)'") }
    guard Self.uint32(bytes, header) == 0x0403_4B50 else {
      throw .corruptHeader(byteOffset: header)
    }
    let start = header + 30 + Self.uint16(bytes, header + 26) + Self.uint16(bytes, header + 28)
    guard start + entry.compressedSize <= bytes.count else {
      throw .truncated(missing: "part of '\(entry.name)'")
    }
    let raw = Array(bytes[start..<(start + entry.compressedSize)])
    let data: [UInt8]
    switch entry.method {
    case 0:
      data = raw
    case 8:
      do {
        data = try Inflate.decompress(raw, limit: entry.uncompressedSize)
      } catch .outputLimitExceeded {
        throw .expandsPastDeclaredSize(entry: entry.name, declared: entry.uncompressedSize)
      } catch {
        throw .corruptData(entry: entry.name, error)
      }
    default:
      throw .unsupportedMethod(entry: entry.name, method: entry.method)
    }
    guard data.count == entry.uncompressedSize else {
      throw .sizeMismatch(entry: entry.name, declared: entry.uncompressedSize, actual: data.count)
    }
    let crc = CRC32.checksum(data)
    guard crc == entry.crc32 else {
      throw .crcMismatch(entry: entry.name, expected: entry.crc32, actual: crc)
    }
    return data
  }

  /// The uncompressed bytes of the entry named `name`, or nil when there is none.
  public func contents(ofEntryNamed name: String) throws(ZipError) -> [UInt8]? {
    guard let entry = entry(named: name) else { return nil }
    return try contents(of: entry)
  }

  // MARK: Reading headers

  private static func readDirectoryEntry(_ bytes: [UInt8], at offset: inout Int, end: Int)
    throws(ZipError) -> Entry
  {
    guard offset + 46 <= end else { throw .truncated(missing: "part of the central directory") }
    guard uint32(bytes, offset) == 0x0201_4B50 else { throw .corruptHeader(byteOffset: offset) }
    let nameLength = uint16(bytes, offset + 28)
    let extraLength = uint16(bytes, offset + 30)
    let commentLength = uint16(bytes, offset + 32)
    let next = offset + 46 + nameLength + extraLength + commentLength
    guard next <= end else { throw .truncated(missing: "part of the central directory") }
    let nameBytes = bytes[(offset + 46)..<(offset + 46 + nameLength)]
    let compressed = uint32(bytes, offset + 20)
    let uncompressed = uint32(bytes, offset + 24)
    let localOffset = uint32(bytes, offset + 42)
    if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || localOffset == 0xFFFF_FFFF {
      throw .zip64
    }
    let entry = Entry(
      name: String(decoding: nameBytes, as: UTF8.self),
      method: uint16(bytes, offset + 10),
      crc32: uint32(bytes, offset + 16),
      compressedSize: Int(compressed),
      uncompressedSize: Int(uncompressed),
      flags: uint16(bytes, offset + 8),
      localHeaderOffset: Int(localOffset),
      madeBy: uint16(bytes, offset + 4) >> 8,
      externalAttributes: uint32(bytes, offset + 38))
    offset = next
    return entry
  }

  /// Whether an entry's name stays inside the archive's folder when extracted: relative, no
  /// `..` part, no drive letter, no control characters (checked with `\` as a separator too,
  /// as Windows tools read it).
  static func isSafeEntryName(_ name: String) -> Bool {
    guard !name.isEmpty, !name.hasPrefix("/"), !name.hasPrefix("\\") else { return false }
    if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return false }
    let parts = name.split(whereSeparator: { $0 == "/" || $0 == "\\" })
    if let first = parts.first, first.count == 2, first.last == ":" { return false }
    return !parts.contains("..")
  }

  /// The offset of the end-of-central-directory record: the last `PK\u{5}\u{6}` within the
  /// final 64 KiB + 22 bytes (the record plus the longest comment).
  private static func findEndOfCentralDirectory(_ bytes: [UInt8]) -> Int? {
    let lowest = max(0, bytes.count - 22 - 0xFFFF)
    var offset = bytes.count - 22
    while offset >= lowest {
      if bytes[offset] == 0x50, bytes[offset + 1] == 0x4B, bytes[offset + 2] == 5,
        bytes[offset + 3] == 6, offset + 22 + uint16(bytes, offset + 20) <= bytes.count
      {
        return offset
      }
      offset -= 1
    }
    return nil
  }

  private static func uint16(_ bytes: [UInt8], _ offset: Int) -> Int {
    Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
  }

  private static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
    UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
      | UInt32(bytes[offset + 3]) << 24
  }
}
