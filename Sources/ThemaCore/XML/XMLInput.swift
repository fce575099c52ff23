/// A check every XML document passes before Foundation's `XMLParser` sees it.
///
/// `XMLParser` (swift-corelibs-foundation, libxml2 underneath) traps, ending the process, when
/// an element or attribute name is not valid UTF-8: five bytes, `<` `F3` `p` `a` `c`, were
/// enough (found by the docx-xml mutation test). A document in UTF-8 that is not valid UTF-8 is
/// damaged anyway, so Word's is refused with the offset of the first bad byte instead (the
/// REFI-QDA reader, `XMLTree.parse`, has its own check that names the line). Documents
/// in UTF-16 (with a byte-order mark) or that declare another encoding are converted by
/// libxml2 before any name reaches Swift, and pass.
enum XMLInput {
  /// The offset of the first byte that makes `bytes` invalid UTF-8, for a document that is
  /// meant to be UTF-8; nil when it is valid or in another encoding.
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

  /// Whether the XML declaration names an encoding other than UTF-8.
  private static func declaresOtherEncoding(_ bytes: [UInt8]) -> Bool {
    guard bytes.starts(with: Array("<?xml".utf8)), let end = bytes.firstIndex(of: UInt8(ascii: ">"))
    else { return false }
    let declaration = String(decoding: bytes[..<end], as: UTF8.self).lowercased()
    guard let range = declaration.range(of: "encoding") else { return false }
    let value = declaration[range.upperBound...].drop {
      $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'"
    }
    return !value.hasPrefix("utf-8") && !value.hasPrefix("utf8")
  }
}
