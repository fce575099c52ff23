/// Why a ZIP archive, or one of its entries, cannot be read.
public enum ZipError: Error, Hashable, Sendable {
  /// The bytes are not a ZIP archive at all.
  case notAZip
  /// The archive is cut short: `missing` says which part could not be found.
  case truncated(missing: String)
  /// A header that should be at `byteOffset` has the wrong signature.
  case corruptHeader(byteOffset: Int)
  /// The archive uses ZIP64 extensions, which Thema does not read.
  case zip64
  /// An entry is encrypted.
  case encrypted(entry: String)
  /// An entry uses a compression method other than stored (0) or DEFLATE (8).
  case unsupportedMethod(entry: String, method: Int)
  /// The archive lists more entries than the limit allows.
  case tooManyEntries(count: Int, limit: Int)
  /// The entries declare more bytes together than the limit allows.
  case tooLarge(declared: Int, limit: Int)
  /// An entry expands more than the limit allows, as zip bombs do.
  case ratioTooHigh(entry: String, ratio: Int, limit: Int)
  /// An entry's data does not match its CRC-32 checksum.
  case crcMismatch(entry: String, expected: UInt32, actual: UInt32)
  /// An entry decompresses to another size than its header declares.
  case sizeMismatch(entry: String, declared: Int, actual: Int)
  /// An entry decompresses to more than its header declares: damaged, or a zip bomb that
  /// hides its size.
  case expandsPastDeclaredSize(entry: String, declared: Int)
  /// An entry's compressed data is damaged.
  case corruptData(entry: String, InflateError)
  /// An entry's name would leave the archive's folder when extracted (`../x`, `/etc/x`,
  /// `C:\x`) or holds control characters.
  case unsafeEntryName(String)
  /// An entry is a symbolic link, which a document never holds.
  case symbolicLink(entry: String)

  /// What is wrong and what to do, for a researcher's error message.
  public var message: String {
    switch self {
    case .notAZip:
      return "the file is not a ZIP archive (as .docx files are); save it again from Word as .docx"
    case .truncated(let missing):
      return
        "the ZIP archive is cut short (\(missing) is missing); copy or download the file again"
    case .corruptHeader(let offset):
      return
        "the ZIP archive is damaged (no valid header at byte \(offset)); save it again from Word"
    case .zip64:
      return "the ZIP archive uses ZIP64 extensions, which Thema does not read; save it again"
    case .encrypted(let entry):
      return "'\(entry)' in the archive is encrypted; remove the password in Word and save again"
    case .unsupportedMethod(let entry, let method):
      return
        "'\(entry)' in the archive uses compression method \(method); Thema reads stored and "
        + "DEFLATE entries only, as Word writes them"
    case .tooManyEntries(let count, let limit):
      return
        "the ZIP archive lists \(count) entries, more than the \(limit) allowed; it is not a "
        + "normal Word document and was not opened"
    case .tooLarge(let declared, let limit):
      return
        "the ZIP archive would expand to \(declared) bytes, more than the \(limit) allowed; it "
        + "looks like a zip bomb and was not opened"
    case .ratioTooHigh(let entry, let ratio, let limit):
      return
        "'\(entry)' in the archive expands \(ratio) times its compressed size, more than the "
        + "\(limit) allowed; it looks like a zip bomb and was not opened"
    case .crcMismatch(let entry, let expected, let actual):
      return
        "'\(entry)' in the archive is damaged (CRC-32 \(hex(actual)), expected \(hex(expected))); "
        + "copy or download the file again"
    case .sizeMismatch(let entry, let declared, let actual):
      return
        "'\(entry)' in the archive holds \(actual) bytes but its header declares \(declared); "
        + "the file is damaged"
    case .expandsPastDeclaredSize(let entry, let declared):
      return
        "'\(entry)' in the archive expands past the \(declared) bytes its header declares; it is "
        + "damaged or a zip bomb, and was not opened"
    case .corruptData(let entry, let error):
      return "'\(entry)' in the archive is damaged: \(error.message)"
    case .unsafeEntryName(let name):
      return
        "the ZIP archive holds an entry named '\(name)', which points outside the archive; no "
        + "program that saves documents writes that, so the file was not opened"
    case .symbolicLink(let entry):
      return
        "'\(entry)' in the archive is a symbolic link, which no document holds; the file was "
        + "not opened"
    }
  }
}

private func hex(_ value: UInt32) -> String {
  let digits = String(value, radix: 16)
  return String(repeating: "0", count: 8 - digits.count) + digits
}
