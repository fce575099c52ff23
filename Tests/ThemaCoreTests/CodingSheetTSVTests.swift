import Testing

@testable import ThemaCore

@Suite struct CodingSheetTSVTests {
  static let transcriptID = TranscriptID(rawValue: "PM-01")
  static let alice = Coder(rawValue: "alice")

  static let sample = """
    # transcript: PM-01
    # coder: alice
    # status: done
    segment\tcode\tspan\tflags\tmemo
    S2\tT1/1/1a
    S2\tT2/1/1b\t0-12\t*\tClear statement\\tof the role\\nsecond line \\\\ backslash
    S10\tT1/1/1a\t\t?

    """

  func transcript() throws -> Transcript {
    Transcript(
      id: try #require(Self.transcriptID),
      segments: [
        Segment(id: SegmentID(number: 2), speaker: "PM-01", text: "We hire peers."),
        Segment(id: SegmentID(number: 10), speaker: "PM-01", text: "Trust."),
      ])
  }

  func codebook() -> CodebookIndex {
    CodebookIndex(
      Codebook(
        name: "pm", title: "PM",
        codes: [
          Code(
            id: "T1", name: "A",
            children: [Code(id: "1", name: "a", children: [Code(id: "1a", name: "x")])]),
          Code(
            id: "T2", name: "B",
            children: [Code(id: "1", name: "b", children: [Code(id: "1b", name: "y")])]),
        ]))
  }

  @Test func readsCodingsWithSpansFlagsAndMemos() throws {
    let parsed = CodingSheet.parse(
      tsv: Self.sample, transcript: try #require(Self.transcriptID),
      coder: try #require(Self.alice), file: "a.tsv")
    #expect(parsed.diagnostics.isEmpty)
    let sheet = parsed.sheet
    #expect(sheet.isDone)
    #expect(sheet.codings.count == 3)
    #expect(parsed.lineNumbers == [5, 6, 7])
    #expect(sheet.codings[1].span == TextSpan(start: 0, end: 12))
    #expect(sheet.codings[1].isQuote)
    #expect(sheet.codings[1].memo == "Clear statement\tof the role\nsecond line \\ backslash")
    #expect(sheet.codings[2].flags == .unsure)
    #expect(
      sheet.validate(transcript: try transcript(), codebook: codebook(), file: "a.tsv").isEmpty)
  }

  @Test func canonicalTextComesBackByteForByte() throws {
    let parsed = CodingSheet.parse(
      tsv: Self.sample, transcript: try #require(Self.transcriptID),
      coder: try #require(Self.alice), file: "a.tsv")
    #expect(parsed.sheet.tsv() == Self.sample)
  }

  @Test func writesSortedWhateverTheOrderInMemory() throws {
    let id = try #require(Self.transcriptID)
    let codings = [
      Coding(transcript: id, segment: SegmentID(number: 10), code: CodePath(components: ["T1"])),
      Coding(
        transcript: id, segment: SegmentID(number: 2), code: CodePath(components: ["T2"]),
        span: TextSpan(start: 5, end: 9)),
      Coding(transcript: id, segment: SegmentID(number: 2), code: CodePath(components: ["T2"])),
      Coding(transcript: id, segment: SegmentID(number: 2), code: CodePath(components: ["T10"])),
      Coding(
        transcript: id, segment: SegmentID(number: 2), code: CodePath(components: ["T2"]),
        span: TextSpan(start: 1, end: 3)),
    ]
    let sheet = CodingSheet(transcript: id, coder: try #require(Self.alice), codings: codings)
    let lines = sheet.tsv().split(separator: "\n").dropFirst(3).map(String.init)
    #expect(lines == ["S2\tT2", "S2\tT2\t1-3", "S2\tT2\t5-9", "S2\tT10", "S10\tT1"])
    let again = CodingSheet.parse(
      tsv: sheet.tsv(), transcript: id, coder: try #require(Self.alice), file: "a.tsv")
    #expect(again.sheet == sheet.sorted())
  }

  struct BadCase: Sendable, CustomTestStringConvertible {
    var line: String
    var problem: Problem
    var column: Int
    var testDescription: String { "\(problem)" }
  }

  static let syntaxCases: [BadCase] = [
    BadCase(line: "S2", problem: .wrongColumnCount(found: 1), column: 1),
    BadCase(line: "S2\tT1\t\t\t\textra", problem: .wrongColumnCount(found: 6), column: 1),
    BadCase(line: "S2\tT1\tten-twenty", problem: .invalidSpan("ten-twenty"), column: 7),
    BadCase(line: "S2\tT1\t\tx", problem: .invalidFlags("x"), column: 8),
    BadCase(line: "S 2\tT1", problem: .invalidSegmentID("S 2"), column: 1),
    BadCase(line: "S2\tT1//1a", problem: .invalidCodePath("T1//1a"), column: 4),
  ]

  @Test(arguments: syntaxCases)
  func syntaxErrorsNameLineAndColumn(_ bad: BadCase) throws {
    let text = "# coder: alice\n" + bad.line + "\n"
    let parsed = CodingSheet.parse(
      tsv: text, transcript: try #require(Self.transcriptID), coder: try #require(Self.alice),
      file: "a.tsv")
    let diagnostic = try #require(parsed.diagnostics.first)
    #expect(diagnostic.problem == bad.problem)
    #expect(diagnostic.location?.line == 2)
    #expect(diagnostic.location?.column == bad.column)
    #expect(parsed.sheet.codings.isEmpty)
  }

  @Test func headerMustMatchTheFile() throws {
    let parsed = CodingSheet.parse(
      tsv: "# transcript: PM-02\n# coder: bob\n", transcript: try #require(Self.transcriptID),
      coder: try #require(Self.alice), file: "a.tsv")
    #expect(
      parsed.diagnostics.map(\.problem) == [
        .codingHeaderMismatch(field: "transcript", found: "PM-02", expected: "PM-01"),
        .codingHeaderMismatch(field: "coder", found: "bob", expected: "alice"),
      ])
  }

  static let validationCases: [(String, Problem)] = [
    ("S99\tT1/1/1a", .unknownSegment(id: "S99", transcript: "PM-01", suggestions: ["S2", "S10"])),
    ("S2\tT1/1/1z", .unknownCode(reference: "T1/1/1z", codebook: "pm", suggestions: ["1a", "1b"])),
    ("S2\t1a", .codePathNotFull(written: "1a", full: "T1/1/1a")),
    (
      "S2\tT1/1/1a\t3-99",
      .spanOutsideSegment(span: TextSpan(start: 3, end: 99), segment: "S2", length: 14)
    ),
    ("S2\tT1/1/1a\t5-5", .emptySpan(TextSpan(start: 5, end: 5))),
  ]

  @Test(arguments: validationCases)
  func validationFindsWhatTheTranscriptAndCodebookDoNotHave(line: String, problem: Problem) throws {
    let parsed = CodingSheet.parse(
      tsv: line + "\n", transcript: try #require(Self.transcriptID),
      coder: try #require(Self.alice), file: "a.tsv")
    #expect(parsed.diagnostics.isEmpty)
    let problems = parsed.sheet.validate(
      transcript: try transcript(), codebook: codebook(), file: "a.tsv",
      lineNumbers: parsed.lineNumbers,
      sourceLines: parsed.sourceLines)
    #expect(problems.map(\.problem) == [problem])
    #expect(problems.first?.location?.line == 1)
    #expect(problems.first?.location?.sourceLine == line)
  }

  @Test func duplicatesAreFoundWithTheFirstLine() throws {
    let text = "S2\tT1/1/1a\nS2\tT1/1/1a\t\t*\n"
    let parsed = CodingSheet.parse(
      tsv: text, transcript: try #require(Self.transcriptID), coder: try #require(Self.alice),
      file: "a.tsv")
    let problems = parsed.sheet.validate(
      transcript: try transcript(), codebook: codebook(), file: "a.tsv",
      lineNumbers: parsed.lineNumbers)
    #expect(
      problems.map(\.problem) == [.duplicateCoding(segment: "S2", code: "T1/1/1a", firstLine: 1)])
    #expect(problems.first?.location?.line == 2)
  }

  @Test func applyReplacesTheSameCodingAndRemoveTakesEverySpan() throws {
    let id = try #require(Self.transcriptID)
    var sheet = CodingSheet(transcript: id, coder: try #require(Self.alice))
    let code = CodePath(components: ["T1"])
    let added = sheet.apply(Coding(transcript: id, segment: SegmentID(number: 1), code: code))
    let repeated = sheet.apply(Coding(transcript: id, segment: SegmentID(number: 1), code: code))
    let starred = sheet.apply(
      Coding(transcript: id, segment: SegmentID(number: 1), code: code, flags: .quote))
    #expect(added && !repeated && starred)
    #expect(sheet.codings.count == 1 && sheet.codings[0].isQuote)
    sheet.apply(
      Coding(
        transcript: id, segment: SegmentID(number: 1), code: code, span: TextSpan(start: 0, end: 2))
    )
    #expect(sheet.remove(code: code, from: SegmentID(number: 1)) == 2)
    #expect(sheet.codings.isEmpty)
  }
}
