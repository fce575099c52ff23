import Testing

@testable import ThemaCore

@Suite struct SegmentMatcherTests {
  private func segments(_ texts: [String], ids: [Int]? = nil) -> [Segment] {
    texts.enumerated().map { index, text in
      Segment(id: SegmentID(number: ids?[index] ?? index + 1), speaker: "P", text: text)
    }
  }

  @Test func anIdenticalImportKeepsEveryID() {
    let old = segments(["a b c", "d e f", "g h i"], ids: [1, 2, 7])
    let plan = SegmentMatcher.match(old: old, new: segments(["a b c", "d e f", "g h i"]))
    #expect(plan.segments == old)
    #expect(plan.changed.isEmpty && plan.vanished.isEmpty && plan.added.isEmpty)
  }

  @Test func anEditInPlaceKeepsItsIDAndCountsAsChanged() {
    let old = segments(["intro words here", "we met every week at the clinic", "bye now"])
    let new = segments(["intro words here", "we met every other week at the clinic", "bye now"])
    let plan = SegmentMatcher.match(old: old, new: new)
    #expect(plan.segments.map(\.id.rawValue) == ["S1", "S2", "S3"])
    #expect(plan.changed == [SegmentID(number: 2)])
    #expect(plan.segments[1].text == "we met every other week at the clinic")
  }

  @Test func insertedSegmentsGetFreshNumbersAndRemovedOnesVanish() {
    let old = segments(["one", "two two", "three", "four"])
    let new = segments(["one", "a wholly new passage", "three", "four", "five"])
    let plan = SegmentMatcher.match(old: old, new: new)
    #expect(plan.segments.map(\.id.rawValue) == ["S1", "S5", "S3", "S4", "S6"])
    #expect(plan.vanished == [SegmentID(number: 2)])
    #expect(plan.added == [SegmentID(number: 5), SegmentID(number: 6)])
    #expect(plan.unchanged.count == 3)
  }

  @Test func listsCodingsOnChangedAndVanishedSegments() throws {
    let old = segments(["keep this", "change these words please", "drop me"])
    let new = segments(["keep this", "change these words now please"])
    let plan = SegmentMatcher.match(old: old, new: new)
    let id = try #require(TranscriptID(rawValue: "P1"))
    let alice = try #require(Coder(rawValue: "alice"))
    let code = try #require(CodePath(parsing: "T1/1a"))
    let codings = [1, 2, 3].map {
      Coding(transcript: id, segment: SegmentID(number: $0), code: code)
    }
    let sheet = CodingSheet(transcript: id, coder: alice, codings: codings)
    let consensus = CodingSheet(transcript: id, coder: .consensus, codings: [codings[2]])
    let affected = plan.affectedCodings(in: [sheet, consensus])
    #expect(affected.map(\.coder.rawValue) == ["alice", "alice", "consensus"])
    #expect(affected.map(\.coding.segment.rawValue) == ["S2", "S3", "S3"])
    #expect(affected.map(\.vanished) == [false, true, true])
  }

  @Test func repeatedTextsMatchInOrder() {
    let old = segments(["yes", "no", "yes", "no"])
    let new = segments(["no", "yes", "no"])
    let plan = SegmentMatcher.match(old: old, new: new)
    #expect(plan.segments.map(\.id.rawValue) == ["S2", "S3", "S4"])
    #expect(plan.vanished == [SegmentID(number: 1)])
  }
}
