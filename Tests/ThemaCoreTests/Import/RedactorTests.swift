import Testing

@testable import ThemaCore

@Suite struct RedactorTests {
  private let list = RedactionList([
    .init(name: "Maria Lopez", replacement: "[participant]"),
    .init(name: "Maria", replacement: "[first name]"),
    .init(name: "José", replacement: "Pseudo"),
    .init(name: "Harbor Clinic"),
  ])

  @Test(arguments: [
    ("Maria Lopez said hi.", "[participant] said hi.", ["Maria Lopez": 1]),
    ("MARIA LOPEZ and maria", "[participant] and [first name]", ["Maria Lopez": 1, "Maria": 1]),
    ("Maria\n  Lopez wrote", "[participant] wrote", ["Maria Lopez": 1]),
    ("Maria's book", "[first name]'s book", ["Maria": 1]),
    ("Mariana and Marias", "Mariana and Marias", [:]),
    ("(José), JOSÉ, josé.", "(Pseudo), Pseudo, Pseudo.", ["José": 3]),
    ("Jose is not José", "Jose is not Pseudo", ["José": 1]),
    ("at Harbor Clinic's door", "at [redacted]'s door", ["Harbor Clinic": 1]),
  ])
  func replacesWholeWordsWithoutRegardToCase(
    text: String, expected: String, counts: [String: Int]
  ) {
    let (redacted, found) = Redactor(list).redact(text)
    #expect(redacted == expected)
    #expect(found == counts)
  }

  @Test func matchesDecomposedAccentsOnceNormalized() {
    let redactor = Redactor(RedactionList([.init(name: "Jose\u{0301}", replacement: "P")]))
    #expect(redactor.redact("José came").text == "P came")
  }

  @Test func reportsWhereInATranscript() throws {
    let id = try #require(TranscriptID(rawValue: "P3"))
    let transcript = Transcript(
      id: id,
      segments: [
        Segment(id: SegmentID(number: 1), speaker: "Maria Lopez", text: "Hi, I'm Maria."),
        Segment(id: SegmentID(number: 2), speaker: "Interviewer", text: "Hello."),
        Segment(
          id: SegmentID(number: 3), speaker: "Interviewer", text: "Maria, and Harbor Clinic?"),
      ])
    let (redacted, report) = Redactor(list).redact(transcript)
    #expect(redacted.segments.map(\.speaker) == ["[participant]", "Interviewer", "Interviewer"])
    #expect(
      redacted.segments.map(\.text) == [
        "Hi, I'm [first name].", "Hello.", "[first name], and [redacted]?",
      ])
    #expect(
      report.entries == [
        .init(name: "Harbor Clinic", count: 1, segments: [SegmentID(number: 3)]),
        .init(name: "Maria", count: 2, segments: [SegmentID(number: 1), SegmentID(number: 3)]),
        .init(name: "Maria Lopez", count: 1, segments: [SegmentID(number: 1)]),
      ])
    #expect(report.total == 4)
  }
}
