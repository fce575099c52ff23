/// Cuts speaker turns into segments, the units coders tag: one segment per turn, and a turn
/// longer than `maxWords` split at paragraph boundaries, then at sentence boundaries, and, for a
/// single sentence longer than the limit (captions often have no punctuation), between words.
///
/// Pieces of a split turn are balanced: a turn of 450 words with a limit of 200 becomes three
/// segments of about 150 words, not 200, 200 and 50. The first segment of a turn starts at the
/// turn's time; later ones at the time of the caption cue they start in, when known.
/// Segments are numbered `S1`, `S2`, ... in order.
public struct Segmenter: Hashable, Sendable {
  /// The most words a segment may have before its turn is split (as `WordCount` counts them).
  public var maxWords: Int

  /// Creates a segmenter; the default limit is 200 words.
  public init(maxWords: Int = 200) {
    self.maxWords = max(1, maxWords)
  }

  /// The segments of `turns`, numbered from `S1`.
  public func segments(of turns: [SpeakerTurn]) -> [Segment] {
    var segments: [Segment] = []
    for turn in turns {
      for (text, start) in pieces(of: turn) {
        segments.append(
          Segment(
            id: SegmentID(number: segments.count + 1), speaker: turn.speaker, start: start,
            text: text))
      }
    }
    return segments
  }

  /// A unit of text that is never split further: a paragraph, a sentence or a run of words.
  private struct Unit {
    var paragraph: Int
    var offset: Int
    var text: Substring
    var words: Int
  }

  /// The texts and start times of the segments of one turn.
  func pieces(of turn: SpeakerTurn) -> [(String, Timestamp?)] {
    // Words are separated by at least one other character, so a turn of fewer than
    // 2 x maxWords bytes cannot be too long, and need not be counted.
    let bytes = turn.paragraphs.reduce(0) { $0 + $1.text.utf8.count + 1 }
    if bytes <= 2 * maxWords {
      return [(turn.paragraphs.map(\.text).joined(separator: "\n"), turn.start)]
    }
    let counts = turn.paragraphs.map { Self.words($0.text) }
    let total = counts.reduce(0, +)
    if total <= maxWords {
      return [(turn.paragraphs.map(\.text).joined(separator: "\n"), turn.start)]
    }
    var units: [Unit] = []
    for (index, paragraph) in turn.paragraphs.enumerated() {
      if counts[index] <= maxWords {
        units.append(
          Unit(paragraph: index, offset: 0, text: paragraph.text[...], words: counts[index]))
        continue
      }
      for sentence in SentenceBoundaries.sentences(in: paragraph.text) {
        let words = Self.words(sentence)
        let offset = paragraph.text.utf8.distance(
          from: paragraph.text.startIndex, to: sentence.startIndex)
        if words <= maxWords {
          units.append(Unit(paragraph: index, offset: offset, text: sentence, words: words))
        } else {
          units += wordRuns(sentence, paragraph: index, base: paragraph.text)
        }
      }
    }
    let parts = (total + maxWords - 1) / maxWords
    let target = (total + parts - 1) / parts
    var pieces: [(String, Timestamp?)] = []
    var text = ""
    var words = 0
    var lastParagraph = -1
    var start: Timestamp?
    for unit in units {
      if words > 0 && (words + unit.words > maxWords || words >= target) {
        pieces.append((text, start))
        text = ""
        words = 0
      }
      if words == 0 {
        start =
          pieces.isEmpty ? turn.start : turn.paragraphs[unit.paragraph].time(at: unit.offset)
      } else {
        text += unit.paragraph == lastParagraph ? " " : "\n"
      }
      text += unit.text
      words += unit.words
      lastParagraph = unit.paragraph
    }
    if !text.isEmpty { pieces.append((text, start)) }
    return pieces
  }

  /// A sentence longer than the limit, cut between words into runs of at most `maxWords`.
  private func wordRuns(_ sentence: Substring, paragraph: Int, base: String) -> [Unit] {
    var units: [Unit] = []
    var runStart = sentence.startIndex
    var runEnd = sentence.startIndex
    var words = 0
    for token in sentence.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
      let count = Self.words(token)
      if words > 0 && words + count > maxWords {
        units.append(unit(sentence[runStart..<runEnd], paragraph: paragraph, base: base))
        runStart = token.startIndex
        words = 0
      }
      words += count
      runEnd = token.endIndex
    }
    units.append(unit(sentence[runStart..<runEnd], paragraph: paragraph, base: base))
    return units
  }

  private func unit(_ text: Substring, paragraph: Int, base: String) -> Unit {
    Unit(
      paragraph: paragraph, offset: base.utf8.distance(from: base.startIndex, to: text.startIndex),
      text: text, words: Self.words(text))
  }
}

extension Segmenter {
  /// The number of words in `text`, as `WordCount.count` counts them, with a fast path for
  /// ASCII text (letters and digits make words, an apostrophe inside a word continues it), since
  /// segmenting counts every paragraph of every import.
  static func words(_ text: some StringProtocol) -> Int {
    let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
      var count = 0
      var inWord = false
      for byte in bytes {
        if byte >= 0x80 { return nil }
        let isWordByte =
          (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
          || (byte >= 0x30 && byte <= 0x39) || (inWord && byte == 0x27)
        if isWordByte && !inWord { count += 1 }
        inWord = isWordByte
      }
      return count
    }
    return (ascii ?? nil) ?? WordCount.count(text)
  }
}

/// Finds sentence boundaries in a paragraph: after `.`, `?`, `!` or `…` (and any closing quotes
/// or brackets), before whitespace and a capital letter, digit or opening quote; not after
/// common abbreviations (`Mr.`, `Dr.`, `e.g.`) or a single capital initial (`Mr. R. said`).
public enum SentenceBoundaries {
  private static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "etc", "e.g", "i.e", "approx", "no",
    "fig", "mt", "ft", "lt", "gen", "col", "sgt", "rev", "hon", "dept", "univ", "inc", "ltd",
  ]

  /// The sentences of `text`, each without the whitespace between them.
  ///
  /// Reads Unicode scalars rather than Characters: every mark it looks for is one scalar, and
  /// skipping grapheme breaking makes it several times faster on text that is not ASCII.
  public static func sentences(in text: String) -> [Substring] {
    let scalars = text.unicodeScalars
    var sentences: [Substring] = []
    var start = scalars.startIndex
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      index = scalars.index(after: index)
      guard scalar == "." || scalar == "?" || scalar == "!" || scalar == "…" else { continue }
      var end = index
      while end < scalars.endIndex, isClosing(scalars[end]) { end = scalars.index(after: end) }
      guard end < scalars.endIndex, scalars[end] == " " || scalars[end] == "\n" else { continue }
      var next = end
      while next < scalars.endIndex, scalars[next] == " " || scalars[next] == "\n" {
        next = scalars.index(after: next)
      }
      guard next < scalars.endIndex else { break }
      guard startsSentence(scalars[next]) else { continue }
      if scalar == "." && isAbbreviation(text[start..<scalars.index(before: index)]) { continue }
      sentences.append(text[start..<end])
      start = next
      index = next
    }
    if start < scalars.endIndex { sentences.append(text[start...]) }
    return sentences
  }

  /// A closing quote or bracket, which may follow a sentence's final mark.
  private static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\"" || scalar == "'" || scalar == "”" || scalar == "’" || scalar == ")"
      || scalar == "]"
  }

  /// What may begin a sentence: a capital letter, a digit or an opening quote or bracket.
  private static func startsSentence(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value
      return (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        || scalar == "\"" || scalar == "'" || scalar == "(" || scalar == "["
    }
    return scalar.properties.isUppercase || scalar.properties.numericType != nil
      || scalar == "“" || scalar == "‘"
  }

  /// Whether the word before a full stop at the end of `text` is an abbreviation or an initial.
  private static func isAbbreviation(_ text: Substring) -> Bool {
    // The last word: what follows the last space, line break or opening parenthesis, once
    // those at the very end are passed over.
    let scalars = text.unicodeScalars
    func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
      scalar == " " || scalar == "\n" || scalar == "("
    }
    var end = scalars.endIndex
    while end > scalars.startIndex, isSeparator(scalars[scalars.index(before: end)]) {
      end = scalars.index(before: end)
    }
    var begin = end
    while begin > scalars.startIndex, !isSeparator(scalars[scalars.index(before: begin)]) {
      begin = scalars.index(before: begin)
    }
    let word = text[begin..<end]
    if word.count == 1, let letter = word.first, letter.isUppercase { return true }
    return word.count <= 6 && abbreviations.contains(word.lowercased())
  }
}
