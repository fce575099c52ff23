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
    let bytes = utf8
    // Find the separators in contiguous bytes by offset, then step indices by those offsets
    // (constant time on native strings): walking the UTF-8 view index by index is several times
    // slower, and every file of a study is split into lines when it is read.
    let offsets = bytes.withContiguousStorageIfAvailable { buffer -> [Int] in
      var offsets: [Int] = []
      for offset in 0..<buffer.count where buffer[offset] == separator { offsets.append(offset) }
      return offsets
    }
    var parts: [SubSequence] = []
    var start = bytes.startIndex
    if let offsets {
      parts.reserveCapacity(offsets.count + 1)
      var startOffset = 0
      for offset in offsets {
        let end = bytes.index(start, offsetBy: offset - startOffset)
        parts.append(self[start..<end])
        start = bytes.index(after: end)
        startOffset = offset + 1
      }
    } else {
      var index = start
      while index != bytes.endIndex {
        if bytes[index] == separator {
          parts.append(self[start..<index])
          start = bytes.index(after: index)
        }
        index = bytes.index(after: index)
      }
    }
    if !(dropEmptyLast && start == bytes.endIndex) { parts.append(self[start..<bytes.endIndex]) }
    return parts
  }
}
