import Foundation

/// A text source's plain text twice over: as stored (what the other tool's positions count)
/// and normalized as Thema keeps transcripts (NFC, LF line breaks, plain spaces, no zero-width
/// or control characters), with the stored index every normalized scalar comes from.
///
/// Segments are found in the normalized text; selections are counted in the stored text; the
/// origins connect the two exactly, so a selection lands on the same characters whatever the
/// normalization changed.
struct RefiSourceText: Sendable {
  /// The text as stored, without a byte-order mark.
  let stored: [Unicode.Scalar]
  /// The normalized text.
  let normalized: [Unicode.Scalar]
  /// For each normalized scalar, the index of the stored scalar it comes from.
  let origins: [Int]

  /// Normalizes `text` (already decoded, without a byte-order mark).
  init(_ text: String) {
    let stored = Array(text.unicodeScalars)
    self.stored = stored
    var scalars: [Unicode.Scalar] = []
    var origins: [Int] = []
    scalars.reserveCapacity(stored.count)
    origins.reserveCapacity(stored.count)
    var index = 0
    // The same changes as `TextDecoding.normalizeSource`, one scalar at a time so that each
    // keeps its origin.
    while index < stored.count {
      let scalar = stored[index]
      switch scalar.value {
      case 0x0D:
        scalars.append("\n")
        origins.append(index)
        if index + 1 < stored.count && stored[index + 1] == "\n" { index += 1 }
      case 0x0A, 0x09:
        scalars.append(scalar)
        origins.append(index)
      case 0x0B, 0x0C, 0x2028:
        scalars.append("\n")
        origins.append(index)
      case 0x2029:
        scalars += ["\n", "\n"]
        origins += [index, index]
      case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F:
        scalars.append(" ")
        origins.append(index)
      case 0x200B, 0x2060, 0xFEFF, 0x00AD, 0x00...0x1F, 0x7F...0x9F:
        break
      default:
        scalars.append(scalar)
        origins.append(index)
      }
      index += 1
    }
    if scalars.contains(where: { $0.value >= 0x300 }) {
      (scalars, origins) = Self.composed(scalars, origins)
    }
    normalized = scalars
    self.origins = origins
  }

  /// The normalized text as a string.
  var normalizedText: String { String(String.UnicodeScalarView(normalized)) }

  /// `scalars` in NFC, character by character, each composed scalar keeping the origin of the
  /// first scalar of its character (composition never crosses a character boundary).
  private static func composed(_ scalars: [Unicode.Scalar], _ origins: [Int])
    -> ([Unicode.Scalar], [Int])
  {
    var outScalars: [Unicode.Scalar] = []
    var outOrigins: [Int] = []
    outScalars.reserveCapacity(scalars.count)
    outOrigins.reserveCapacity(scalars.count)
    var offset = 0
    for character in String(String.UnicodeScalarView(scalars)) {
      let count = character.unicodeScalars.count
      if character.unicodeScalars.allSatisfy({ $0.value < 0x300 }) {
        outScalars += character.unicodeScalars
        outOrigins += origins[offset..<(offset + count)]
      } else {
        let nfc = String(character).precomposedStringWithCanonicalMapping.unicodeScalars
        outScalars += nfc
        outOrigins += Array(repeating: origins[offset], count: nfc.count)
      }
      offset += count
    }
    return (outScalars, outOrigins)
  }

  /// Decodes a source's text file: UTF-8 (with or without a byte-order mark), or UTF-16 with a
  /// byte-order mark. Returns nil for anything else.
  static func decode(_ bytes: [UInt8]) -> String? {
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      let littleEndian = bytes[0] == 0xFF
      let body = bytes.dropFirst(2)
      guard body.count % 2 == 0 else { return nil }
      var units: [UInt16] = []
      units.reserveCapacity(body.count / 2)
      var index = body.startIndex
      while index < body.endIndex {
        let a = UInt16(body[index])
        let b = UInt16(body[index + 1])
        units.append(littleEndian ? a | b << 8 : a << 8 | b)
        index += 2
      }
      return String(validating: units, as: UTF16.self)
    }
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    return String(validating: body, as: UTF8.self)
  }
}
