import Testing

@testable import ThemaCore

@Suite struct IdentifierCheckTests {
  func text(_ value: String) throws -> ExportedText {
    ExportedText(
      part: "quote", transcript: try #require(TranscriptID(rawValue: "PM-01")),
      segment: SegmentID(number: 6), code: try #require(CodePath(parsing: "T1/1/1b")), text: value)
  }

  @Test(arguments: [
    ("Maria Lopez", "and maria lopez said so", true),
    ("Maria Lopez", "MARIA LOPEZ.", true),
    ("Maria Lopez", "Mariam Lopez", false),
    ("Maria Lopez", "Maria Lopezz", false),
    ("Maria Lopez", "Maria  Lopez", false),
    ("Ann", "The annual plan", false),
    ("Ann", "planning with Ann, later", true),
    ("Ann", "“Ann”", true),
    ("Dr. Roe", "we asked dr. roe about it", true),
    ("Dr. Roe", "Dr. Roes", false),
    ("O'Brien", "Mr. O’Brien came", true),
    ("Harbor Wellness Center", "at Harbor Wellness Center's door", true),
    ("José", "José came", true),
    ("José", "Josém", false),
    ("Li", "Li", true),
  ])
  func findsNamesAsWholeWordsWithoutRegardToCase(name: String, quote: String, found: Bool) throws {
    let list = RedactionList([.init(name: name)])
    let findings = IdentifierCheck.findings(in: [try text(quote)], list: list)
    #expect(findings.isEmpty != found)
  }

  @Test func namesTheTranscriptSegmentCodeAndName() throws {
    let list = RedactionList([.init(name: "Maria Lopez"), .init(name: "Marco")])
    let findings = IdentifierCheck.findings(
      in: [try text("Marco and Maria Lopez"), try text("nothing here")], list: list)
    #expect(findings.map(\.name) == ["Marco", "Maria Lopez"], "in the list's order")
    let first = try #require(findings.last)
    #expect(
      first.problem.message
        == "the quote from PM-01 S6 (T1/1/1b) contains 'Maria Lopez', a name on the study's "
        + "redaction list (.thema/redactions.txt); redact it in the transcript, or pass "
        + "--allow-identifiers to export it anyway. Nothing was written")
  }

  @Test func anEmptyListFindsNothing() throws {
    #expect(IdentifierCheck.findings(in: [try text("Maria")], list: RedactionList()).isEmpty)
  }

  @Test func locatesTheNameInTheTranscriptFile() {
    let file = """
      id: PM-01

      S5 | Interviewer
      Who started it?

      S6 | PM-01 | 00:01:00
      It was my idea.
      Then maria Lopez took over.

      S7 | PM-01
      Maria Lopez again.

      """
    let place = IdentifierCheck.location(
      of: "Maria Lopez", segment: SegmentID(number: 6), inTranscriptText: file)
    #expect(place?.line == 8)
    #expect(place?.column == 6)
    #expect(
      IdentifierCheck.location(
        of: "Maria Lopez", segment: SegmentID(number: 5), inTranscriptText: file) == nil)
  }
}
