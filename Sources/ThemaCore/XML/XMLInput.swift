/// A check every XML document passes before Foundation's `XMLParser` sees it.
///
/// `XMLParser` (swift-corelibs-foundation, libxml2 underneath) traps, ending the process, when
/// an element or attribute name is not valid UTF-8: five bytes, `<` `F3` `p` `a` `c`, were
/// enough (found by the docx-xml mutation test). A document in UTF-8 that is not valid UTF-8 is
/// damaged anyway, so it is refused with the offset of the first bad byte instead (the
/// REFI-QDA reader, `XMLTree.parse`, names the line). Documents in UTF-16 (with a byte-order
/// mark) or declared ISO-8859-1 or ASCII are converted by libxml2 before any name reaches
/// Swift, and pass.
enum XMLInput {
  /// The offset of the first byte that makes `bytes` invalid UTF-8, for a document that is
  /// meant to be UTF-8; nil when it is valid, UTF-16, or declared ISO-8859-1 or ASCII.
  static func invalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
    if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) { return nil }
    if declaresOtherEncoding(bytes) { return nil }
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): offset += UTF8.width(scalar)
      case .emptyInput: return nil
      case .error: return offset
      }
    }
  }

  /// The offset of the first processing instruction without data (`<?name?>`), on which
  /// Foundation's XMLParser reads a null pointer and the process dies (found by
  /// `.ci/fuzz xml`); nil when there is none.
  static func emptyProcessingInstructionOffset(_ bytes: [UInt8]) -> Int? {
    var index = 0
    while index + 1 < bytes.count {
      if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "?") {
        var end = index + 2
        while end < bytes.count, !" \t\r\n?<>".utf8.contains(bytes[end]) { end += 1 }
        if end + 1 < bytes.count, bytes[end] == UInt8(ascii: "?"),
          bytes[end + 1] == UInt8(ascii: ">")
        {
          return index
        }
      }
      index += 1
    }
    return nil
  }

  /// Whether the XML declaration names an encoding libxml2 turns into UTF-8 byte by byte
  /// (ISO-8859-1 or ASCII). Any other name, including a garbled one such as
  /// `UTFencoding=` (found by `.ci/fuzz docx-xml`), does not excuse bytes that are not UTF-8:
  /// libxml2 then passes them on, and the parser traps.
  private static func declaresOtherEncoding(_ bytes: [UInt8]) -> Bool {
    guard let declared = declaredEncoding(bytes) else { return false }
    return convertedEncodings.contains(declared.lowercased())
  }

  /// The single-byte encodings whose every byte libxml2 converts to valid UTF-8.
  static let convertedEncodings: Set<String> = [
    "iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii",
  ]

  /// The encoding the XML declaration names, if any.
  static func declaredEncoding(_ bytes: [UInt8]) -> String? {
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    guard bytes[start...].starts(with: Array("<?xml".utf8)),
      let end = bytes[start...].prefix(200).firstIndex(of: UInt8(ascii: ">"))
    else { return nil }
    let declaration = String(decoding: bytes[start..<end], as: UTF8.self)
    guard let range = declaration.range(of: "encoding") else { return nil }
    let rest = declaration[range.upperBound...].drop { $0 == " " || $0 == "=" }
    guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
    return String(rest.dropFirst().prefix { $0 != quote })
  }
}
