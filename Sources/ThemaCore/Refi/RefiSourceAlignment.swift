/// Finds where the text of segments made by `TranscriptImporter` lies in the plain text they were
/// made from, scalar by scalar.
///
/// The importer removes speaker labels and times, changes whitespace (joins wrapped lines,
/// collapses spaces) and may replace names (redaction), but keeps the words of the text in
/// order. So the words of each segment are matched, in order, to the words of the source (runs
/// of non-whitespace), looking a bounded way ahead; scalars of a matched word come from that
/// word, a word that was replaced maps to the stretch of source it replaced, and whitespace to
/// just after the word before it. The result never goes backwards.
struct RefiSourceAlignment {
  /// How many source words past the previous match a word may be found: enough to skip a
  /// speaker label with a time (`Speaker 1 (00:02):`) or a short redacted name.
  static let lookahead = 64

  private let source: [Unicode.Scalar]
  private let words: [Range<Int>]
  private var nextWord = 0
  private var position = 0

  /// Prepares to align segments against `source`, the normalized plain text.
  init(source: [Unicode.Scalar]) {
    self.source = source
    words = Self.words(in: source)
  }

  /// The index in the source of each scalar of `text`, the next segment's text.
  mutating func align(_ text: [Unicode.Scalar]) -> [Int] {
    let segmentWords = Self.words(in: text)
    var matches: [Int?] = []
    matches.reserveCapacity(segmentWords.count)
    for word in segmentWords {
      let found = findWord(text[word])
      matches.append(found)
      if let found { nextWord = found + 1 }
    }
    var origins = Array(repeating: -1, count: text.count)
    var lower = position
    for (index, word) in segmentWords.enumerated() {
      if let match = matches[index] {
        let range = words[match]
        for offset in 0..<word.count {
          origins[word.lowerBound + offset] = range.lowerBound + min(offset, range.count - 1)
        }
        lower = range.upperBound
        continue
      }
      // A word not found (replaced by redaction, glued to a label): look for it between the
      // words matched around it, else give it the start of that stretch.
      let upper = matches[(index + 1)...].lazy.compactMap { $0 }.first.map {
        words[$0].lowerBound
      }
      let end = upper ?? min(source.count, lower + word.count + Self.lookahead)
      let found = Self.firstRange(of: text[word], in: source, within: lower..<max(lower, end))
      var start = lower
      while start < min(end, source.count) && source[start].properties.isWhitespace { start += 1 }
      for offset in 0..<word.count {
        origins[word.lowerBound + offset] = found.map { $0.lowerBound + offset } ?? start
      }
      if let found { lower = found.upperBound }
    }
    // Whitespace comes just before the next word (as far before it as it is in the text), or
    // just after the scalar before it when no word follows; never going backwards.
    var next: Int?
    var distance = 0
    var candidates = Array(repeating: -1, count: origins.count)
    for index in origins.indices.reversed() {
      if origins[index] >= 0 {
        next = origins[index]
        distance = 0
      } else {
        distance += 1
        candidates[index] = next.map { $0 - distance } ?? -1
      }
    }
    var previous = position - 1
    for index in origins.indices {
      if origins[index] < 0 {
        origins[index] = candidates[index] >= 0 ? candidates[index] : previous + 1
      }
      origins[index] = min(max(origins[index], previous), max(source.count - 1, 0))
      previous = origins[index]
    }
    if let last = origins.last { position = last + 1 }
    return origins
  }

  /// The index of the next source word equal to `word`, within the lookahead.
  private func findWord(_ word: ArraySlice<Unicode.Scalar>) -> Int? {
    let end = min(words.count, nextWord + Self.lookahead)
    var index = nextWord
    while index < end {
      if source[words[index]].elementsEqual(word) { return index }
      index += 1
    }
    return nil
  }

  /// The runs of non-whitespace in `scalars`.
  private static func words(in scalars: some RandomAccessCollection<Unicode.Scalar>)
    -> [Range<Int>]
  {
    var words: [Range<Int>] = []
    var start: Int?
    for (index, scalar) in scalars.enumerated() {
      if scalar.properties.isWhitespace {
        if let begun = start { words.append(begun..<index) }
        start = nil
      } else if start == nil {
        start = index
      }
    }
    if let begun = start { words.append(begun..<scalars.count) }
    return words
  }

  /// The first place `needle` occurs in `haystack` within `range`, or nil.
  private static func firstRange(
    of needle: ArraySlice<Unicode.Scalar>, in haystack: [Unicode.Scalar], within range: Range<Int>
  ) -> Range<Int>? {
    guard !needle.isEmpty, range.count >= needle.count else { return nil }
    for start in range.lowerBound...(range.upperBound - needle.count)
    where haystack[start..<(start + needle.count)].elementsEqual(needle) {
      return start..<(start + needle.count)
    }
    return nil
  }
}
