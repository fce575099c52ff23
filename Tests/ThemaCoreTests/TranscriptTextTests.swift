import Testing

@testable import ThemaCore

@Suite struct TranscriptTextTests {
  static let sample = """
    id: PM-01
    codebook: program-managers
    county: Los Angeles
    group: Program manager

    S1 | Interviewer | 00:00:04
    Thank you for taking the time.

    S2 | PM-01 | 00:01:12.250
    Of course. | Pipes are fine in text.
    A second line of the same turn.

    S3 | PM-01
    Café, 日本語 and an emoji 👍.

    """

  @Test func readsHeaderAndSegments() throws {
    let transcript = try Transcript.parse(text: Self.sample, file: "t.txt").get()
    #expect(transcript.id.rawValue == "PM-01")
    #expect(
      transcript.attributes == [
        "codebook": "program-managers", "county": "Los Angeles", "group": "Program manager",
      ])
    #expect(transcript.codebookName == "program-managers")
    #expect(transcript.segments.map(\.id.rawValue) == ["S1", "S2", "S3"])
    #expect(transcript.segments[1].speaker == "PM-01")
    #expect(transcript.segments[1].start == Timestamp(milliseconds: 72_250))
    #expect(
      transcript.segments[1].text
        == "Of course. | Pipes are fine in text.\nA second line of the same turn.")
    #expect(transcript.segments[2].start == nil)
    #expect(transcript.segments[2].length == 25)
  }

  @Test func canonicalTextComesBackByteForByte() throws {
    #expect(try Transcript.parse(text: Self.sample, file: "t.txt").get().text() == Self.sample)
  }

  @Test func valuesSurviveARoundTrip() throws {
    let transcript = Transcript(
      id: try #require(TranscriptID(rawValue: "CAPP-01")),
      attributes: ["zeta": "last", "arm": "CAPP coaching", "empty": ""],
      segments: [
        Segment(
          id: SegmentID(number: 1), speaker: "Dr. Roe (interviewer)",
          start: Timestamp(milliseconds: 0), text: "a"),
        Segment(id: SegmentID(number: 7), speaker: "P", text: "line\n  indented line"),
      ])
    let again = try Transcript.parse(text: transcript.text(), file: "t.txt").get()
    #expect(again == transcript)
  }

  @Test(arguments: repositoryFiles(in: "Transcripts").filter { !$0.contains(".") })
  func sampleTranscriptsAreCanonical(id: String) throws {
    let text = try repositoryFile("Transcripts/\(id)/transcript.txt")
    let parsed = Transcript.parse(text: text, file: id)
    #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
    #expect(try parsed.get().text() == text)
  }

  struct BadCase: Sendable, CustomTestStringConvertible {
    var text: String
    var problem: Problem
    var line: Int?
    var testDescription: String { "\(problem)" }
  }

  static let badCases: [BadCase] = [
    BadCase(
      text: "id: A\n\nS1 | I\nx\n\nS1 | I\ny\n",
      problem: .duplicateSegmentID(id: "S1", firstLine: 3), line: 6),
    BadCase(text: "S1 | Interviewer\nHello\n", problem: .missingHeader, line: 1),
    BadCase(text: "group: x\n\nS1 | I\nx\n", problem: .missingTranscriptID, line: 1),
    BadCase(text: "id: A B\n\nS1 | I\nx\n", problem: .invalidTranscriptID("A B"), line: 1),
    BadCase(
      text: "id: A\nThis is not a header\n\nS1 | I\nx\n", problem: .invalidAttributeLine, line: 2),
    BadCase(
      text: "id: A\nCounty: x\n\nS1 | I\nx\n", problem: .invalidAttributeKey("County"), line: 2),
    BadCase(
      text: "id: A\nwave: 1\nwave: 2\n\nS1 | I\nx\n",
      problem: .duplicateAttribute(key: "wave", firstLine: 2), line: 3),
    BadCase(text: "id: A\n\nS1 Interviewer\nx\n", problem: .invalidSegmentHeader, line: 3),
    BadCase(text: "id: A\n\nS1 | I | 1:2:3:4\nx\n", problem: .invalidTimestamp("1:2:3:4"), line: 3),
    BadCase(
      text: "id: A\n\nS1 | I\n\nS2 | I\nx\n", problem: .segmentWithoutText(id: "S1"), line: 3),
    BadCase(text: "id: A\n\nS1 |  | 00:00:01\nx\n", problem: .emptySpeaker(segment: "S1"), line: 3),
    BadCase(text: "id: A\n", problem: .transcriptWithoutSegments, line: nil),
    BadCase(text: "id: A\r\n\r\nS1 | I\r\nx\r\n", problem: .windowsLineEndings, line: 1),
    BadCase(text: "\n\n", problem: .emptyFile, line: nil),
  ]

  @Test(arguments: badCases)
  func badInputIsReportedWhereItIs(_ bad: BadCase) throws {
    let parsed = Transcript.parse(text: bad.text, file: "Transcripts/A/transcript.txt")
    let diagnostic = try #require(
      parsed.diagnostics.first { $0.problem == bad.problem }, "\(parsed.diagnostics)")
    #expect(diagnostic.location?.line == bad.line)
    #expect(diagnostic.location?.file == "Transcripts/A/transcript.txt")
    #expect(throws: DiagnosticList.self) { try parsed.get() }
  }
}

@Suite struct TimestampTests {
  @Test(arguments: [
    ("00:00:04", 4000), ("01:02:03.5", 3_723_500), ("1:05", 65_000), ("00:00:01,250", 1250),
    ("12:34", 754_000), ("00:00:00.007", 7),
  ])
  func parses(text: String, milliseconds: Int) {
    #expect(Timestamp(parsing: text)?.milliseconds == milliseconds)
  }

  @Test(arguments: ["", "1", "a:b", "00:60:00", "00:00:61", "1:2:3:4", "00:00:01.1234", "-1:00"])
  func refuses(text: String) {
    #expect(Timestamp(parsing: text) == nil)
  }

  @Test func printsMillisecondsOnlyWhenPresent() {
    #expect(Timestamp(milliseconds: 3_723_000).description == "01:02:03")
    #expect(Timestamp(milliseconds: 3_723_050).description == "01:02:03.050")
    #expect(Timestamp(milliseconds: 100 * 3_600_000).description == "100:00:00")
  }
}

@Suite struct TextSpanTests {
  @Test func slicesByUnicodeScalars() throws {
    let text = "Café 日本 👍 done"
    #expect(TextSpan(start: 0, end: 4).slice(of: text) == "Café")
    #expect(TextSpan(start: 5, end: 7).slice(of: text) == "日本")
    #expect(TextSpan(start: 8, end: 9).slice(of: text) == "👍")
    #expect(TextSpan(start: 10, end: 14).slice(of: text) == "done")
    #expect(TextSpan(start: 10, end: 15).slice(of: text) == nil)
    #expect(TextSpan(start: 3, end: 3).slice(of: text) == nil)
  }

  @Test func parsesAndMeasuresOverlap() {
    #expect(TextSpan(parsing: "15-120") == TextSpan(start: 15, end: 120))
    #expect(TextSpan(parsing: "15-") == nil)
    #expect(TextSpan(parsing: "a-b") == nil)
    #expect(TextSpan(parsing: "-5-10") == nil)
    #expect(TextSpan(start: 0, end: 10).overlap(with: TextSpan(start: 5, end: 20)) == 5)
    #expect(TextSpan(start: 0, end: 10).overlap(with: TextSpan(start: 10, end: 20)) == 0)
  }
}
