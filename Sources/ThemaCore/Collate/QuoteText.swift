/// The text of a quote as a writer prints it: the coded passage with its edges on word
/// boundaries, shortened with an ellipsis, and typographic quotation marks.
///
/// For example the span `433-650` of PM-01's segment S6 becomes
/// `“And our peer at the time, she sat with him at the bus stop…”`.
public enum QuoteText {
  /// The ellipsis that marks left-out words.
  public static let ellipsis = "…"

  /// The passage a coding points at: the span's text, or the whole segment's, with runs of
  /// white space (line breaks included) made single spaces.
  ///
  /// A span whose edge falls inside a word (a slip of the mouse) is narrowed to whole words, so
  /// a quote never starts or ends with half a word. A span that starts or ends in the middle of
  /// a sentence gets an ellipsis on that side (`…honestly the thing I screen for`), as writers
  /// mark words left out.
  public static func passage(of segment: Segment, span: TextSpan?) -> String {
    guard let span else { return collapsingWhitespace(segment.text) }
    let scalars = Array(segment.text.unicodeScalars)
    var start = max(0, min(span.start, scalars.count))
    var end = max(start, min(span.end, scalars.count))
    var cutBefore = false
    var cutAfter = false
    if start > 0, start < end, isWordScalar(scalars[start - 1]), isWordScalar(scalars[start]) {
      while start < end, isWordScalar(scalars[start]) { start += 1 }
      cutBefore = true
    }
    if end < scalars.count, end > start, isWordScalar(scalars[end - 1]), isWordScalar(scalars[end])
    {
      while end > start, isWordScalar(scalars[end - 1]) { end -= 1 }
      cutAfter = true
    }
    var text = collapsingWhitespace(String(String.UnicodeScalarView(scalars[start..<end])))
    if text.isEmpty {
      let lower = max(0, min(span.start, scalars.count))
      let upper = max(lower, min(span.end, scalars.count))
      return collapsingWhitespace(String(String.UnicodeScalarView(scalars[lower..<upper])))
    }
    let startsSentence = !cutBefore && Self.startsSentence(scalars, at: start)
    let endsSentence = !cutAfter && Self.endsSentence(scalars, at: end)
    if !endsSentence { text = trimmingTrailingPunctuation(text) + ellipsis }
    if !startsSentence { text = ellipsis + text }
    return text
  }

  /// Whether the text from `start` begins a sentence: nothing but spaces, opening quotes or
  /// brackets before it since the last sentence end, or the start of the segment.
  private static func startsSentence(_ scalars: [Unicode.Scalar], at start: Int) -> Bool {
    var index = start - 1
    while index >= 0, scalars[index].properties.isWhitespace { index -= 1 }
    guard index >= 0 else { return true }
    return ".!?…:\"“”)]".unicodeScalars.contains(scalars[index])
  }

  /// Whether the text up to `end` ends a sentence: its last character other than a closing
  /// quote or bracket is a sentence end, or nothing but spaces follows.
  private static func endsSentence(_ scalars: [Unicode.Scalar], at end: Int) -> Bool {
    var rest = end
    while rest < scalars.count, scalars[rest].properties.isWhitespace { rest += 1 }
    if rest >= scalars.count { return true }
    var index = end - 1
    while index >= 0,
      scalars[index].properties.isWhitespace || "\"”’')]".unicodeScalars.contains(scalars[index])
    {
      index -= 1
    }
    guard index >= 0 else { return true }
    return ".!?…".unicodeScalars.contains(scalars[index])
  }

  /// `text` cut to at most `maxWords` words (runs of non-space characters).
  ///
  /// When a sentence ends in the second half of the allowed words, the cut falls there and
  /// needs no ellipsis; otherwise it falls after the last whole word that fits, trailing
  /// commas, colons and dashes are dropped and an ellipsis marks the cut.
  public static func trimmed(_ text: String, maxWords: Int) -> String {
    let words = text.split(separator: " ", omittingEmptySubsequences: true)
    guard maxWords > 0, words.count > maxWords else { return text }
    for index in stride(from: maxWords - 1, through: max(0, (maxWords + 1) / 2 - 1), by: -1)
    where endsSentence(words[index]) {
      return words[...index].joined(separator: " ")
    }
    let kept = words[..<maxWords].joined(separator: " ")
    return trimmingTrailingPunctuation(kept) + ellipsis
  }

  /// `text` in typographic quotation marks: `“…”`, with the marks inside turned into curly
  /// single ones (`‘…’`, as quotes within a quote are written) and apostrophes into `’`.
  public static func quoted(_ text: String) -> String {
    "\u{201C}" + typographic(text) + "\u{201D}"
  }

  /// `text` with straight quotes made curly: `"` and `“”` become `‘’` (they sit inside a
  /// quotation), `'` becomes `’` (apostrophe or closing) or `‘` (opening), `...` becomes `…`.
  public static func typographic(_ text: String) -> String {
    var out = ""
    let characters = Array(text.replacingAll("...", with: ellipsis))
    for (index, character) in characters.enumerated() {
      let previous = index > 0 ? characters[index - 1] : nil
      switch character {
      case "\"", "\u{201C}", "\u{201D}":
        if character == "\u{201C}" || (character == "\"" && opensQuote(after: previous)) {
          out.append("\u{2018}")
        } else {
          out.append("\u{2019}")
        }
      case "'":
        out.append(opensQuote(after: previous) ? "\u{2018}" : "\u{2019}")
      default:
        out.append(character)
      }
    }
    return out
  }

  /// The number of words in `text`, counted as runs of characters other than spaces, tabs and
  /// line breaks; fast enough to rank every candidate quote of a large study.
  public static func wordCount(_ text: some StringProtocol) -> Int {
    var count = 0
    var inWord = false
    for byte in text.utf8 {
      let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
      if !isSpace && !inWord { count += 1 }
      inWord = !isSpace
    }
    return count
  }

  /// `text` with every run of white space made one space, and none at either end.
  static func collapsingWhitespace(_ text: String) -> String {
    // Transcripts are normalized on import, so most passages already have single spaces:
    // check that first and copy nothing then (splitting Characters is slow on long reports).
    if isCollapsed(text) { return text }
    return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  /// Whether `text` has no white space but single spaces between words.
  private static func isCollapsed(_ text: String) -> Bool {
    var previousSpace = true
    for scalar in text.unicodeScalars {
      let isSpace = scalar == " "
      if isSpace {
        if previousSpace { return false }
      } else if scalar.value < 0x80 ? scalar.value < 0x20 : scalar.properties.isWhitespace {
        return false
      }
      previousSpace = isSpace
    }
    return !previousSpace || text.isEmpty
  }

  private static func opensQuote(after previous: Character?) -> Bool {
    guard let previous else { return true }
    return previous.isWhitespace || "([{\u{2014}\u{2013}-/\u{2018}\u{201C}".contains(previous)
  }

  private static func endsSentence(_ word: Substring) -> Bool {
    let core = word.reversed().drop { "\"'\u{201D}\u{2019})]".contains($0) }
    guard let last = core.first else { return false }
    return last == "." || last == "!" || last == "?"
  }

  private static func trimmingTrailingPunctuation(_ text: String) -> String {
    var result = Substring(text)
    while let last = result.last, ",;:-\u{2013}\u{2014} ".contains(last) {
      result = result.dropLast()
    }
    return String(result)
  }

  private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "'"
      || scalar == "\u{2019}"
  }
}

extension String {
  /// The string with every occurrence of `target` replaced, without Foundation.
  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty, contains(target) else { return self }
    var out = ""
    var rest = self[...]
    while let range = rest.firstRange(of: target) {
      out += rest[..<range.lowerBound]
      out += replacement
      rest = rest[range.upperBound...]
    }
    return out + rest
  }
}
