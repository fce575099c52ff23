/// Trimming of spaces and tabs, as Thema's line-oriented formats need it.
extension StringProtocol {
  /// The text without trailing spaces and tabs.
  public func trimmingTrailingWhitespace() -> SubSequence {
    var end = endIndex
    while end > startIndex {
      let previous = index(before: end)
      guard self[previous] == " " || self[previous] == "\t" else { break }
      end = previous
    }
    return self[startIndex..<end]
  }

  /// The text without leading and trailing spaces and tabs.
  public func trimmed() -> String {
    String(trimmingTrailingWhitespace().drop { $0 == " " || $0 == "\t" })
  }
}
