import Foundation

/// Turns the bytes of one of Thema's own files into text, refusing anything that is not UTF-8.
public enum TextDecoding {
  /// The text of `data` as strict UTF-8, without a leading byte-order mark.
  ///
  /// Throws `.notUTF8` with the offset of the first invalid byte.
  public static func strictUTF8(_ data: Data) throws(Problem) -> String {
    var bytes = data[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    if let text = String(validating: bytes, as: UTF8.self) { return text }
    throw .notUTF8(byteOffset: firstInvalidOffset(bytes) + (data.count - bytes.count))
  }

  private static func firstInvalidOffset(_ bytes: Data.SubSequence) -> Int {
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        offset += UTF8.width(scalar)
      case .emptyInput:
        return offset
      case .error:
        return offset
      }
    }
  }
}
