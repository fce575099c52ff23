import ThemaCore

/// Narrowing a coding to a quote inside its segment: a span of whole words that moves and grows
/// word by word or sentence by sentence.
public struct QuoteNarrowing: Hashable, Sendable {
  /// The position of the segment.
  public let segment: Int
  /// The coding being narrowed, as it was.
  public let original: Coding
  /// The words of the segment's text as scalar offsets.
  let words: [Range<Int>]
  /// Whether each word ends a sentence (`.`, `?`, `!`, before closing quotes or brackets).
  let endsSentence: [Bool]
  /// The first word of the quote.
  public internal(set) var first: Int
  /// The last word of the quote.
  public internal(set) var last: Int

  /// Starts narrowing `coding` of the segment at `segment` with `text`: from the coding's span
  /// when it has one, else from the first sentence. Nil when the text has no words.
  init?(segment: Int, text: String, coding: Coding) {
    var words: [Range<Int>] = []
    var endsSentence: [Bool] = []
    var start: Int?
    var lastMeaningful: Unicode.Scalar?
    var offset = 0
    func finish(at end: Int) {
      guard let wordStart = start else { return }
      words.append(wordStart..<end)
      endsSentence.append(lastMeaningful.map { ".?!…".unicodeScalars.contains($0) } ?? false)
      start = nil
      lastMeaningful = nil
    }
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace {
        finish(at: offset)
      } else {
        if start == nil { start = offset }
        if !"\"')]}”’»".unicodeScalars.contains(scalar) { lastMeaningful = scalar }
      }
      offset += 1
    }
    finish(at: offset)
    guard !words.isEmpty else { return nil }
    self.segment = segment
    self.original = coding
    self.words = words
    self.endsSentence = endsSentence
    if let span = coding.span {
      first = words.firstIndex { $0.upperBound > span.start } ?? 0
      last = max(first, words.lastIndex { $0.lowerBound < span.end } ?? first)
    } else {
      first = 0
      last = endsSentence.firstIndex(of: true) ?? words.count - 1
    }
  }

  /// The quote as a span of the segment's text.
  public var span: TextSpan {
    TextSpan(start: words[first].lowerBound, end: words[last].upperBound)
  }

  /// How many words the quote has.
  public var wordCount: Int { last - first + 1 }

  /// Moves the quote by `step` words, keeping its length.
  mutating func move(by step: Int) {
    let length = last - first
    first = max(0, min(words.count - 1 - length, first + step))
    last = first + length
  }

  /// Adds the next word at the end.
  mutating func grow() { last = min(words.count - 1, last + 1) }

  /// Takes the last word off, keeping at least one.
  mutating func shrink() { last = max(first, last - 1) }

  /// Grows the quote to the end of the next sentence.
  mutating func growSentence() {
    var index = last + 1
    while index < words.count - 1, !endsSentence[index] { index += 1 }
    last = min(words.count - 1, index)
  }

  /// Shrinks the quote to the end of the sentence before its last word, keeping one word.
  mutating func shrinkSentence() {
    var index = last - 1
    while index > first, !endsSentence[index] { index -= 1 }
    last = max(first, index)
  }

  /// Makes the quote the sentence after the one it ends in.
  mutating func nextSentence() {
    let end = sentenceEnd(containing: last)
    guard end + 1 < words.count else { return }
    first = end + 1
    last = sentenceEnd(containing: first)
  }

  /// Makes the quote the sentence before the one it starts in.
  mutating func previousSentence() {
    let start = sentenceStart(containing: first)
    guard start > 0 else { return }
    last = start - 1
    first = sentenceStart(containing: last)
  }

  private func sentenceEnd(containing index: Int) -> Int {
    var end = index
    while end < words.count - 1, !endsSentence[end] { end += 1 }
    return end
  }

  private func sentenceStart(containing index: Int) -> Int {
    var start = index
    while start > 0, !endsSentence[start - 1] { start -= 1 }
    return start
  }

  /// Moves, grows or shrinks the span as a narrowing key says; false for the keys that end the
  /// narrowing (keep, cancel, whole segment), which each screen handles itself.
  mutating func perform(_ action: NarrowAction) -> Bool {
    switch action {
    case .left: move(by: -1)
    case .right: move(by: 1)
    case .grow: grow()
    case .shrink: shrink()
    case .growSentence: growSentence()
    case .shrinkSentence: shrinkSentence()
    case .nextSentence: nextSentence()
    case .previousSentence: previousSentence()
    case .whole, .keep, .cancel: return false
    }
    return true
  }
}
