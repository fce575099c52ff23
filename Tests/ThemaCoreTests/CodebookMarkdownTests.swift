import Testing

@testable import ThemaCore

@Suite struct CodebookMarkdownTests {
  static let sample = """
    # Program managers' perspectives
    Levels: Table, Theme, Subtheme

    Codebook for the program-manager interviews.

    Second paragraph.

    ## T1 Characteristics of peer specialists
    What peers bring.

    ### 1 Lived experience
    Definition: Shared experience as the basis of the role.
    Include: Hiring on lived experience.
    Exclude: Training (use T4/1).
    Example: "You have to have walked it."
    Color: #4e79a7

    #### 1a Lived experience as a hiring requirement
    Definition: Named as a condition of hiring.
    Example: "It's in the job class."
    Spoken in the second line.

    #### 1b Shared experience builds trust
    Definition: Trust from sameness.

    ## T2 Role and services

    ### 1 Bridging

    #### 1a Engagement and outreach

    """

  @Test func readsTheOutline() throws {
    let codebook = try Codebook.parse(markdown: Self.sample, name: "pm", file: "pm.md").get()
    #expect(codebook.name == "pm")
    #expect(codebook.title == "Program managers' perspectives")
    #expect(codebook.levels == ["Table", "Theme", "Subtheme"])
    #expect(
      codebook.description == "Codebook for the program-manager interviews.\n\nSecond paragraph.")
    #expect(codebook.codes.map(\.id) == ["T1", "T2"])
    let theme = try #require(codebook.code(at: CodePath(components: ["T1", "1"])))
    #expect(theme.name == "Lived experience")
    #expect(theme.definition == "Shared experience as the basis of the role.")
    #expect(theme.exclude == "Training (use T4/1).")
    #expect(theme.color == "#4e79a7")
    #expect(theme.children.map(\.id) == ["1a", "1b"])
    let subtheme = try #require(codebook.code(at: CodePath(components: ["T1", "1", "1a"])))
    #expect(subtheme.example == "\"It's in the job class.\"\nSpoken in the second line.")
    #expect(
      codebook.flattened().map(\.path.description) == [
        "T1", "T1/1", "T1/1/1a", "T1/1/1b", "T2", "T2/1", "T2/1/1a",
      ])
  }

  @Test func canonicalTextComesBackByteForByte() throws {
    let codebook = try Codebook.parse(markdown: Self.sample, name: "pm", file: "pm.md").get()
    #expect(codebook.markdown() == Self.sample)
  }

  @Test(arguments: repositoryFiles(in: "Codebooks").filter { $0.hasSuffix(".md") })
  func sampleCodebooksAreCanonical(file: String) throws {
    let text = try repositoryFile("Codebooks/" + file)
    let parsed = Codebook.parse(markdown: text, name: String(file.dropLast(3)), file: file)
    #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
    #expect(try parsed.get().markdown() == text)
  }

  @Test func awkwardTextSurvivesARoundTrip() throws {
    let tricky = Codebook(
      name: "x", title: "Title with # and: colon", levels: ["Theme"],
      description:
        "# not a heading\nNote: not a field\n\\ starts with a backslash\n\n\nthree blank lines above",
      codes: [
        Code(
          id: "1", name: "One", description: "\nleading empty line\n",
          definition: "line one\n\nline three\nDefinition: not a field", include: "  indented",
          example: "\"quoted\" — and Unicode: café 日本",
          children: [Code(id: "1a", name: "Child", exclude: "#hash")]),
        Code(id: "TRUST", name: "All capitals"),
      ])
    let text = tricky.markdown()
    let again = try Codebook.parse(markdown: text, name: "x", file: "x.md").get()
    #expect(again == tricky)
    #expect(again.markdown() == text)
  }

  struct BadCase: Sendable, CustomTestStringConvertible {
    var text: String
    var problem: Problem
    var line: Int?
    var column: Int?
    var testDescription: String { "\(problem)" }
  }

  static let badCases: [BadCase] = [
    BadCase(
      text: "# T\n## T1 A\n### 1 B\n### 1 C\n",
      problem: .duplicateSiblingID(id: "1", parent: "T1", firstLine: 3),
      line: 4, column: nil),
    BadCase(
      text: "# T\n## Characteristics of peers\n",
      problem: .headingWithoutID(heading: "Characteristics of peers"), line: 2, column: 4),
    BadCase(text: "# T\n## T1\n", problem: .emptyCodeName(id: "T1"), line: 2, column: nil),
    BadCase(
      text: "# T\n## T1 A\nNote: something\n",
      problem: .unknownField(name: "Note", known: Codebook.codeFieldNames), line: 3, column: 1),
    BadCase(text: "# T\n## T1 A\n\tindented\n", problem: .tabCharacter, line: 3, column: 1),
    BadCase(text: "# T\r\n## T1 A\r\n", problem: .windowsLineEndings, line: 1, column: 4),
    BadCase(
      text: "# T\n## T1 A\n#### 1a B\n", problem: .headingSkipsLevel(found: 4, deepestAllowed: 3),
      line: 3,
      column: 1),
    BadCase(text: "Some text\n## T1 A\n", problem: .missingTitle, line: 1, column: 1),
    BadCase(text: "# T\n## T1 A\n# Again\n", problem: .extraTitle, line: 3, column: 1),
    BadCase(
      text: "# T\n## T1 A\nColor: blue\n", problem: .invalidColor("blue"), line: 2, column: nil),
    BadCase(
      text: "# T\nJust a description.\n", problem: .codebookWithoutCodes, line: nil, column: nil),
    BadCase(
      text: "# T\n## T1 A\n#######  deep\n", problem: .headingTooDeep(level: 7), line: 3, column: 1),
    BadCase(text: "# T\n##T1 A\n", problem: .malformedHeading, line: 2, column: 3),
    BadCase(
      text: "# T\n## T1 A\nDefinition: one\nDefinition: two\n",
      problem: .duplicateField(name: "Definition"),
      line: 4, column: 1),
    BadCase(
      text: "# T\nInclude: x\n## T1 A\n", problem: .fieldOutsideCode(name: "Include"), line: 2,
      column: 1),
    BadCase(text: "", problem: .emptyFile, line: nil, column: nil),
  ]

  @Test(arguments: badCases)
  func badInputIsReportedWhereItIs(_ bad: BadCase) throws {
    let parsed = Codebook.parse(markdown: bad.text, name: "pm", file: "Codebooks/pm.md")
    let diagnostic = try #require(
      parsed.diagnostics.first { $0.problem == bad.problem }, "\(parsed.diagnostics)")
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.location?.file == "Codebooks/pm.md")
    #expect(diagnostic.location?.line == bad.line)
    if let column = bad.column { #expect(diagnostic.location?.column == column) }
    #expect(throws: DiagnosticList.self) { try parsed.get() }
  }

  @Test func diagnosticsCarryTheOffendingLine() throws {
    let parsed = Codebook.parse(markdown: "# T\n## T1 A\nNote: x\n", name: "pm", file: "pm.md")
    let location = try #require(parsed.diagnostics.first?.location)
    #expect(location.sourceLine == "Note: x")
    #expect(
      parsed.diagnostics.first?.description.hasPrefix("pm.md:3:1: error: unknown field 'Note'")
        == true)
  }

  @Test func validationReportsEveryDuplicateNotJustTheFirst() {
    let codebook = Codebook(
      name: "x", title: "X",
      codes: [
        Code(id: "T1", name: "A", children: [Code(id: "1", name: "a"), Code(id: "1", name: "b")]),
        Code(id: "T1", name: "B"),
      ])
    let problems = codebook.validate(file: "x.md").map(\.problem)
    #expect(problems.contains(.duplicateSiblingID(id: "1", parent: "T1", firstLine: nil)))
    #expect(problems.contains(.duplicateSiblingID(id: "T1", parent: "", firstLine: nil)))
  }
}
