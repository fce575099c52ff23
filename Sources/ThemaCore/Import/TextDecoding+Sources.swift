import Foundation

/// The character encoding a source file was read in.
public enum SourceEncoding: String, Hashable, Sendable {
  /// UTF-8, with or without a byte-order mark.
  case utf8 = "UTF-8"
  /// UTF-16, little-endian, with a byte-order mark (Windows Notepad's "Unicode").
  case utf16LE = "UTF-16LE"
  /// UTF-16, big-endian, with a byte-order mark.
  case utf16BE = "UTF-16BE"
  /// Windows-1252, the fallback for text that is not valid UTF-8 (older Word and Notepad files).
  case windows1252 = "Windows-1252"
}

/// A source file's text, decoded and normalized, with what was noticed on the way.
public struct SourceText: Hashable, Sendable {
  /// The text: NFC, LF line endings, no byte-order mark, no zero-width or control characters,
  /// non-breaking spaces as plain spaces.
  public var text: String
  /// The encoding the bytes were read in.
  public var encoding: SourceEncoding
  /// Warnings: a Windows-1252 fallback, control characters removed.
  public var warnings: [ImportProblem]
}

extension TextDecoding {
  /// Decodes a transcript source file the way researchers' files come: UTF-8 with or without a
  /// byte-order mark, UTF-16 LE or BE with a byte-order mark, else Windows-1252 (with a
  /// warning). Then normalizes it (see `normalizeSource`).
  ///
  /// Throws `.emptySource` for a file with no text and `.binarySource` for one that is not text.
  public static func source(_ bytes: [UInt8]) throws(ImportProblem) -> SourceText {
    var warnings: [ImportProblem] = []
    let decoded: String
    let encoding: SourceEncoding
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      let littleEndian = bytes[0] == 0xFF
      encoding = littleEndian ? .utf16LE : .utf16BE
      decoded = try utf16(bytes.dropFirst(2), littleEndian: littleEndian, warnings: &warnings)
    } else {
      var body = bytes[...]
      if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
      if body.contains(0) { throw .binarySource }
      if let text = String(validating: body, as: UTF8.self) {
        decoded = text
        encoding = .utf8
      } else {
        decoded = windows1252(body)
        encoding = .windows1252
        warnings.append(.decodedAsWindows1252)
      }
    }
    let (text, removed) = normalizeSource(decoded)
    if removed > 0 {
      // More than one character in fifty being a control character: not text.
      if removed * 50 > decoded.unicodeScalars.count { throw .binarySource }
      warnings.append(.controlCharactersRemoved(count: removed))
    }
    if text.allSatisfy(\.isWhitespace) { throw .emptySource }
    return SourceText(text: text, encoding: encoding, warnings: warnings)
  }

  /// Normalizes decoded source text: CRLF and CR to LF, Unicode NFC; no-break and other
  /// fixed-width spaces to plain spaces; zero-width spaces, word joiners, soft hyphens and
  /// stray byte-order marks removed; vertical tabs, form feeds and Unicode line separators to
  /// line breaks, paragraph separators to blank lines; other control characters removed.
  ///
  /// Returns the text and how many control characters were removed.
  public static func normalizeSource(_ text: String) -> (text: String, removedControls: Int) {
    // One pass over the bytes: most sources are ASCII text with nothing to change.
    let (needsWork, isASCII) =
      text.utf8.withContiguousStorageIfAvailable { bytes -> (Bool, Bool) in
        var needsWork = false
        for byte in bytes {
          if byte >= 0x80 { return (true, false) }
          if (byte < 0x20 && byte != 0x0A && byte != 0x09) || byte == 0x7F { needsWork = true }
        }
        return (needsWork, true)
      } ?? (true, false)
    guard needsWork else { return (text, 0) }
    // Text with accents, curly quotes or dashes but nothing to replace is kept as it is;
    // rebuilding it scalar by scalar costs more than the rest of an import.
    var stable = true
    let kept = UTF8Scan.allScalars(of: text) { value in
      if !isStableStarter(value) { stable = false }
      return keptAsIs(value)
    }
    if kept { return (stable ? text : nfc(text), 0) }
    var out = String.UnicodeScalarView()
    var removed = 0
    var scalars = text.unicodeScalars.makeIterator()
    var pending = scalars.next()
    while let scalar = pending {
      pending = scalars.next()
      switch scalar.value {
      case 0x0D:
        out.append("\n")
        if pending == "\n" { pending = scalars.next() }
      case 0x0A, 0x09:
        out.append(scalar)
      case 0x0B, 0x0C, 0x2028:
        out.append("\n")
      case 0x2029:
        out.append(contentsOf: "\n\n".unicodeScalars)
      case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F:
        out.append(" ")
      case 0x200B, 0x2060, 0xFEFF, 0x00AD:
        break
      case 0x00...0x1F, 0x7F...0x9F:
        removed += 1
      default:
        out.append(scalar)
      }
    }
    let result = String(out)
    return (isASCII ? result : nfc(result), removed)
  }

  /// Whether `normalizeSource` keeps the scalar `value` as it is (the cases its loop changes).
  private static func keptAsIs(_ value: UInt32) -> Bool {
    switch value {
    case 0x0A, 0x09: true
    case 0x00...0x1F, 0x7F...0x9F, 0x00A0, 0x00AD, 0x1680, 0x2000...0x200B, 0x2028, 0x2029,
      0x202F, 0x205F, 0x2060, 0xFEFF:
      false
    default: true
    }
  }

  /// `text` in Unicode Normalization Form C. A line made only of stable starters (see
  /// `isStableStarter`) is NFC already and kept; only other lines go through Foundation's
  /// normalization, which is slow. NFC never joins or reorders across a line break (a starter
  /// that composes with nothing), so normalizing line by line gives the same text.
  static func nfc(_ text: String) -> String {
    if isBelowCombiningMarks(text) || UTF8Scan.allScalars(of: text, isStableStarter) {
      return text
    }
    let lines = text.split(onASCII: 0x0A)
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for (index, line) in lines.enumerated() {
      if index > 0 { out += "\n" }
      if isBelowCombiningMarks(line) || UTF8Scan.allScalars(of: line, isStableStarter) {
        out += line
      } else {
        out += String(line).precomposedStringWithCanonicalMapping
      }
    }
    return out
  }

  /// Whether every scalar of `text` is below U+0300, read from its UTF-8 bytes: those scalars
  /// start with a byte below 0xCC, and continuation bytes are below 0xC0.
  private static func isBelowCombiningMarks(_ text: some StringProtocol) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { bytes in bytes.allSatisfy { $0 < 0xCC } }
      ?? text.utf8.allSatisfy { $0 < 0xCC }
  }

  /// Whether `scalar` is the same in every normalization context: a starter (canonical
  /// combining class 0) with no canonical decomposition of its own that never composes with a
  /// scalar before it. True for everything below U+0300 (Latin, with its precomposed letters),
  /// general punctuation (dashes, curly quotes, ellipsis), Greek and Cyrillic letters, CJK ideographs and
  /// emoji: what interview transcripts hold, so most text skips normalization altogether.
  static func isStableStarter(_ value: UInt32) -> Bool {
    switch value {
    case 0..<0x300, 0x0370...0x0373, 0x0375...0x037D, 0x037F...0x0386, 0x0388...0x03FF,
      0x0400...0x0482, 0x048A...0x04FF, 0x2010...0x2027, 0x2030...0x205E, 0x4E00...0x9FFF,
      0x1F300...0x1FAFF:
      true
    default: false
    }
  }

  private static func utf16(
    _ bytes: ArraySlice<UInt8>, littleEndian: Bool, warnings: inout [ImportProblem]
  ) throws(ImportProblem) -> String {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index + 1 < bytes.endIndex {
      let first = UInt16(bytes[index])
      let second = UInt16(bytes[index + 1])
      units.append(littleEndian ? first | second << 8 : first << 8 | second)
      index += 2
    }
    if units.contains(0) { throw .binarySource }
    if let text = String(validating: units, as: UTF16.self), bytes.count % 2 == 0 { return text }
    warnings.append(.invalidUTF16)
    return String(decoding: units, as: UTF16.self)
  }

  /// Windows-1252: Latin-1 with typographic punctuation in 0x80 to 0x9F. The five bytes it leaves
  /// undefined become the C1 control characters of the same value, which normalization removes.
  static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
    var scalars = String.UnicodeScalarView()
    for byte in bytes {
      if (0x80...0x9F).contains(byte) {
        let value = windows1252High[Int(byte) - 0x80]
        scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
      } else {
        scalars.append(Unicode.Scalar(byte))
      }
    }
    return String(scalars)
  }

  private static let windows1252High: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
  ]
}
