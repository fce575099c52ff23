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
}
