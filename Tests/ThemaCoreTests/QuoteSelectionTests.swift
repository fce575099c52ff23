import Testing

@testable import ThemaCore

@Suite struct QuoteSelectionTests {
  typealias Candidate = QuoteSelection.Candidate

  /// Candidates whose `coding` field carries their length in words, for `pick`.
  func candidate(
    _ transcript: Int, _ segment: Int, _ range: Range<Int>, starred: Bool = false,
    span: Bool = true, words: Int = 20
  ) -> Candidate {
    Candidate(
      transcript: transcript, segment: segment, coding: words, range: range, isStarred: starred,
      isSpan: span)
  }

  func pick(
    _ count: Int, _ candidates: [Candidate], used: inout QuoteSelection.UsedPassages,
    measured: inout [Int]
  ) -> [Int] {
    var lengths = Array(repeating: -1, count: candidates.count)
    var asked: [Int] = []
    let picks = QuoteSelection.pick(
      count, from: Array(candidates.indices), of: candidates, preferredWords: 8...50, used: &used,
      lengths: &lengths,
      wordCount: { candidate in
        asked.append(candidate.segment)
        return candidate.coding
      })
    measured = asked
    return picks
  }

  func pick(_ count: Int, _ candidates: [Candidate]) -> [Int] {
    var used = QuoteSelection.UsedPassages()
    var measured: [Int] = []
    return pick(count, candidates, used: &used, measured: &measured)
  }

  @Test func starredQuotesComeFirstWhateverElseTheyAre() {
    let candidates = [
      candidate(0, 1, 0..<10), candidate(0, 2, 0..<10, starred: true, span: false, words: 90),
    ]
    #expect(pick(2, candidates) == [1, 0])
  }

  @Test func thenQuotesSpreadAcrossInterviews() {
    let candidates = [
      candidate(0, 1, 0..<10), candidate(0, 2, 0..<10), candidate(1, 1, 0..<99, span: false),
    ]
    #expect(pick(2, candidates) == [0, 2], "a second interview beats a second span from the first")
    #expect(pick(3, candidates) == [0, 2, 1])
  }

  @Test func thenSpansBeforeWholeSegments() {
    let candidates = [candidate(0, 1, 0..<99, span: false), candidate(1, 1, 0..<10)]
    #expect(pick(1, candidates) == [1])
  }

  @Test func thenLengthsInTheRange() {
    let candidates = [
      candidate(0, 1, 0..<10, words: 3), candidate(1, 1, 0..<10, words: 70),
      candidate(2, 1, 0..<10, words: 30),
    ]
    #expect(pick(3, candidates) == [2, 0, 1])
  }

  @Test func thenTheEarliest() {
    let candidates = [candidate(3, 1, 0..<10), candidate(1, 1, 0..<10), candidate(2, 1, 0..<10)]
    #expect(pick(2, candidates) == [0, 1], "canonical order is the order of the pool")
  }

  @Test func aPassageIsNeverShownTwice() {
    let candidates = [
      candidate(0, 1, 0..<50, starred: true), candidate(0, 1, 40..<60, starred: true),
      candidate(0, 1, 60..<80), candidate(0, 1, 0..<99, span: false),
    ]
    #expect(pick(4, candidates) == [0, 2], "overlapping spans and the whole segment are skipped")
  }

  @Test func theUsedPassagesCarryOverToTheNextRow() {
    let candidates = [candidate(0, 1, 0..<50), candidate(1, 1, 0..<50)]
    var used = QuoteSelection.UsedPassages()
    var measured: [Int] = []
    #expect(pick(1, candidates, used: &used, measured: &measured) == [0])
    #expect(pick(2, candidates, used: &used, measured: &measured) == [1])
  }

  @Test func measuresOnlyCandidatesThatCouldWin() {
    let candidates = [
      candidate(0, 1, 0..<10, starred: true, words: 20), candidate(1, 2, 0..<10, words: 20),
      candidate(2, 3, 0..<10, starred: true, words: 3), candidate(3, 4, 0..<10, words: 20),
    ]
    var used = QuoteSelection.UsedPassages()
    var measured: [Int] = []
    #expect(pick(1, candidates, used: &used, measured: &measured) == [0])
    #expect(measured == [1], "the first starred quote in range ends the search")
  }

  @Test func zeroQuotesPicksNothing() {
    #expect(pick(0, [candidate(0, 1, 0..<10)]).isEmpty)
  }
}
