/// Trimming of spaces and tabs, as Thema's line-oriented formats need it.
extension StringProtocol {
  /// The text without trailing spaces and tabs.
  public func trimmingTrailingWhitespace() -> SubSequence {
    let bytes = utf8
    var end = bytes.startIndex
    var index = bytes.startIndex
    while index != bytes.endIndex {
      let byte = bytes[index]
      index = bytes.index(after: index)
      if byte != 32 && byte != 9 { end = index }
    }
    return self[startIndex..<end]
  }

  /// The text without leading and trailing spaces and tabs.
  public func trimmed() -> String {
    String(trimmingTrailingWhitespace().drop { $0 == " " || $0 == "\t" })
  }

  /// Whether the text is empty or only spaces and tabs.
  public var isBlank: Bool {
    utf8.allSatisfy { $0 == 32 || $0 == 9 }
  }

  /// The parts of the text between occurrences of an ASCII byte such as a line break or a tab,
  /// found on the UTF-8 bytes (exact, since an ASCII byte is always a whole character there).
  /// A separator at the very end gives no empty last part when `dropEmptyLast` is set.
  public func split(onASCII separator: UInt8, dropEmptyLast: Bool = false) -> [SubSequence] {
    var parts: [SubSequence] = []
    let bytes = utf8
    var start = bytes.startIndex
    var index = start
    while index != bytes.endIndex {
      if bytes[index] == separator {
        parts.append(self[start..<index])
        start = bytes.index(after: index)
      }
      index = bytes.index(after: index)
    }
    if !(dropEmptyLast && start == bytes.endIndex) { parts.append(self[start..<bytes.endIndex]) }
    return parts
  }
}
