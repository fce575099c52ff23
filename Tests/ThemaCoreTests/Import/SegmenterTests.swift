import Testing

@testable import ThemaCore

@Suite struct SegmenterTests {
  /// `count` words `w1 w2 ...`, ending in a full stop.
  private func sentence(_ count: Int, from start: Int = 1) -> String {
    (start..<(start + count)).map { "w\($0)" }.joined(separator: " ") + "."
  }

  @Test func aShortTurnIsOneSegmentWithItsParagraphsOnLines() {
    let turn = SpeakerTurn(
      speaker: "P3", start: Timestamp(milliseconds: 5000),
      paragraphs: [.init(text: "One two."), .init(text: "Three.")])
    let segments = Segmenter(maxWords: 10).segments(of: [
      turn, SpeakerTurn(speaker: "I", paragraphs: [.init(text: "Ok.")]),
    ])
    #expect(segments.map(\.id.rawValue) == ["S1", "S2"])
    #expect(segments.map(\.text) == ["One two.\nThree.", "Ok."])
    #expect(segments.map(\.start) == [Timestamp(milliseconds: 5000), nil])
  }

  @Test func aLongTurnSplitsAtParagraphsFirst() {
    let paragraphs = [sentence(6), sentence(6, from: 7), sentence(6, from: 13)]
    let turn = SpeakerTurn(speaker: "P3", paragraphs: paragraphs.map { .init(text: $0) })
    let pieces = Segmenter(maxWords: 12).pieces(of: turn).map(\.0)
    #expect(pieces == [paragraphs[0] + "\n" + paragraphs[1], paragraphs[2]])
  }

  @Test func piecesAreBalancedNotGreedy() {
    // 9 paragraphs of 5 words (45 words), limit 20: three pieces of 15, not 20, 20 and 5.
    let paragraphs = (0..<9).map { sentence(5, from: 5 * $0 + 1) }
    let turn = SpeakerTurn(speaker: "P3", paragraphs: paragraphs.map { .init(text: $0) })
    let pieces = Segmenter(maxWords: 20).pieces(of: turn).map(\.0)
    #expect(pieces.map { WordCount.count($0) } == [15, 15, 15])
  }

  @Test func aLongParagraphSplitsAtSentences() {
    let text = [sentence(4), sentence(4, from: 5), sentence(4, from: 9)].joined(separator: " ")
    let turn = SpeakerTurn(speaker: "P3", paragraphs: [.init(text: text)])
    let pieces = Segmenter(maxWords: 8).pieces(of: turn).map(\.0)
    #expect(pieces == [sentence(4) + " " + sentence(4, from: 5), sentence(4, from: 9)])
  }

  @Test func aSentenceLongerThanTheLimitSplitsBetweenWords() {
    let text = (1...25).map { "w\($0)" }.joined(separator: " ")
    let turn = SpeakerTurn(speaker: "P3", paragraphs: [.init(text: text)])
    let pieces = Segmenter(maxWords: 10).pieces(of: turn).map(\.0)
    #expect(pieces.map { WordCount.count($0) } == [10, 10, 5])
    #expect(pieces.joined(separator: " ") == text)
  }

  @Test func laterPiecesStartAtTheTimeOfTheirCue() {
    let first = "w1 w2 w3 w4."
    let second = "w5 w6 w7 w8."
    let paragraph = SpeakerTurn.Paragraph(
      text: first + " " + second,
      times: [
        .init(offset: 0, time: Timestamp(milliseconds: 1000)),
        .init(offset: first.utf8.count + 1, time: Timestamp(milliseconds: 9000)),
      ])
    let turn = SpeakerTurn(
      speaker: "P3", start: Timestamp(milliseconds: 1000), paragraphs: [paragraph])
    let pieces = Segmenter(maxWords: 4).pieces(of: turn)
    #expect(pieces.map(\.0) == [first, second])
    #expect(pieces.map(\.1) == [Timestamp(milliseconds: 1000), Timestamp(milliseconds: 9000)])
  }

  @Test(arguments: [
    ("I met Mr. R. at the clinic. He was kind.", ["I met Mr. R. at the clinic.", "He was kind."]),
    ("Was it? Yes! \"Really.\" Then 3 more.", ["Was it?", "Yes!", "\"Really.\"", "Then 3 more."]),
    ("We use e.g. the form. and lowercase after.", ["We use e.g. the form. and lowercase after."]),
    ("Dr. Alvarez came… Then left.", ["Dr. Alvarez came…", "Then left."]),
  ])
  func findsSentenceBoundaries(text: String, expected: [String]) {
    #expect(SentenceBoundaries.sentences(in: text).map(String.init) == expected)
  }
}

@Suite struct SegmenterWordCountTests {
  /// The fast count must agree with `WordCount` on ASCII and fall back to it for the rest.
  @Test(arguments: [
    "", "one", "Don't stop", "it's 3 o'clock", "a-b c_d", "  lead and trail  ", "x'", "'x",
    "S12: T1/1a, 2b.", "café au lait", "naïve — “quoted” words", "日本語 text", "e\u{0301}t\u{00E9}",
  ])
  func agreesWithWordCount(text: String) {
    #expect(Segmenter.words(text) == WordCount.count(text))
  }
}
