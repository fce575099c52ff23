import Testing

@testable import ThemaCore

@Suite struct QuoteTextTests {
  static let segment = Segment(
    id: SegmentID(number: 4), speaker: "PM-01",
    text: "We hire for lived experience.\nIt is the job. Everything else we can teach.")

  @Test(arguments: [
    // (start, end, expected): whole words stay, a cut word is dropped, and a passage that
    // starts or ends inside a sentence is marked with an ellipsis on that side.
    (0, 29, "We hire for lived experience."),
    (0, 28, "We hire for lived experience…"),
    (3, 17, "…hire for lived…"),
    (4, 17, "…for lived…"),
    (3, 20, "…hire for lived…"),
    (3, 16, "…hire for…"),
    (30, 44, "It is the job."),
    (29, 44, "It is the job."),
    (45, 60, "Everything else…"),
    (30, 45, "It is the job."),
    (45, 75, "Everything else we can teach."),
    (8, 29, "…for lived experience."),
    (11, 29, "…lived experience."),
    (1, 2, "e"),
  ])
  func passagesSnapToWholeWords(start: Int, end: Int, expected: String) {
    #expect(
      QuoteText.passage(of: Self.segment, span: TextSpan(start: start, end: end)) == expected)
  }

  @Test func aWholeSegmentHasItsLineBreaksMadeSpaces() {
    #expect(
      QuoteText.passage(of: Self.segment, span: nil)
        == "We hire for lived experience. It is the job. Everything else we can teach.")
  }

  @Test(arguments: [
    ("one two three", 3, "one two three"),
    ("one two three four", 3, "one two three…"),
    ("one two, three four", 2, "one two…"),
    ("One two. Three four five six", 5, "One two. Three four five…"),
    ("One two three. Four five six", 4, "One two three."),
    ("One. Two three four five six seven", 6, "One. Two three four five six…"),
    ("She said “stop.” Then more words here", 4, "She said “stop.”"),
  ])
  func trimsAtWordBoundariesWithAnEllipsis(text: String, maxWords: Int, expected: String) {
    #expect(QuoteText.trimmed(text, maxWords: maxWords) == expected)
  }

  @Test(arguments: [
    ("I said \"no\" and left", "I said ‘no’ and left"),
    ("don't", "don’t"),
    ("'90s music", "‘90s music"),
    ("the 'peer' role", "the ‘peer’ role"),
    ("(\"quoted\")", "(‘quoted’)"),
    ("wait...", "wait…"),
    ("already “curly”", "already ‘curly’"),
  ])
  func makesQuotationMarksTypographic(text: String, expected: String) {
    #expect(QuoteText.typographic(text) == expected)
  }

  @Test func wrapsAQuoteInCurlyDoubleQuotes() {
    #expect(QuoteText.quoted("It's \"mine\"") == "“It’s ‘mine’”")
  }

  @Test(arguments: [("", 0), ("one", 1), ("  one  two\nthree\t", 3), ("naïve café", 2)])
  func countsWordsBetweenSpaces(text: String, expected: Int) {
    #expect(QuoteText.wordCount(text) == expected)
  }
}
