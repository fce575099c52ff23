import Testing

@testable import ThemaCore

/// Code sets (`Set:`, `Sets:`) and grouping codes (`Codable: no`) in the Markdown codebook.
@Suite struct CodebookSetsTests {
  static let sample = """
    # Peers
    Levels: Table, Theme
    Set: Barriers to hiring {eca18d76-2b8b-4f26-bc1d-19eca19fb3f0}
    What keeps programs from hiring peers.
    \\
    Second paragraph: escaped.
    Set: Training

    ## T1 Characteristics
    Codable: no

    ### 1 Lived experience
    Sets: Barriers to hiring; Training

    ### 2 Credentials
    Sets: Undeclared set

    """

  @Test func readsSetsAndGroupingCodes() throws {
    let codebook = try Codebook.parse(markdown: Self.sample, name: "peers", file: "p.md").get()
    #expect(
      codebook.sets == [
        CodeSet(
          name: "Barriers to hiring", guid: "eca18d76-2b8b-4f26-bc1d-19eca19fb3f0",
          description: "What keeps programs from hiring peers.\n\nSecond paragraph: escaped."),
        CodeSet(name: "Training"),
      ])
    #expect(codebook.codes.first?.isCodable == false)
    #expect(codebook.codes.first?.children.first?.sets == ["Barriers to hiring", "Training"])
    #expect(codebook.allSets.map(\.name) == ["Barriers to hiring", "Training", "Undeclared set"])
    #expect(
      codebook.members(ofSet: "Training") == [CodePath(components: ["T1", "1"])])
    #expect(codebook.guid(ofSet: "Barriers to hiring") == "eca18d76-2b8b-4f26-bc1d-19eca19fb3f0")
    #expect(codebook.guid(ofSet: "Training") != codebook.guid(ofSet: "Undeclared set"))
  }

  @Test func canonicalTextComesBackByteForByte() throws {
    let codebook = try Codebook.parse(markdown: Self.sample, name: "peers", file: "p.md").get()
    #expect(codebook.markdown() == Self.sample)
  }

  @Test func setsFollowAContinuedField() throws {
    let text = "# T\n\n## T1 A\nSets: One;\nTwo; Three\nCodable: YES\n"
    let codebook = try Codebook.parse(markdown: text, name: "t", file: "t.md").get()
    #expect(codebook.codes.first?.sets == ["One", "Two", "Three"])
    #expect(codebook.codes.first?.isCodable == true)
  }

  @Test(
    arguments: [
      ("# T\n\n## T1 A\nCodable: sometimes\n", Problem.invalidCodable("sometimes"), 4),
      ("# T\nSet:\n\n## T1 A\n", .emptySetName, 2),
      ("# T\nSet: A; B\n\n## T1 A\n", .invalidSetName("A; B"), 2),
      ("# T\nSet: A\nSet: A\n\n## T1 A\n", .duplicateSet("A", firstLine: 2), 3),
      ("# T\nSet: A {nope}\n\n## T1 A\n", .invalidGUID("nope"), 2),
      (
        "# T\nSet: A {5215cc69-b628-4e02-afb9-9beeaee55808}\n\n## T1 A\n"
          + "GUID: 5215cc69-b628-4e02-afb9-9beeaee55808\n",
        .duplicateGUID("5215cc69-b628-4e02-afb9-9beeaee55808", firstLine: 2), 4
      ),
      ("# T\n\n## T1 A\nSet: A\n", .unknownField(name: "Set", known: Codebook.codeFieldNames), 4),
    ] as [(String, Problem, Int)])
  func badSetsAndCodableAreReported(text: String, problem: Problem, line: Int) throws {
    let parsed = Codebook.parse(markdown: text, name: "t", file: "t.md")
    let diagnostic = try #require(
      parsed.diagnostics.first { $0.problem == problem }, "\(parsed.diagnostics)")
    #expect(diagnostic.location?.line == line)
    #expect(diagnostic.severity == .error)
  }

  @Test func aGroupingCodeIsRefusedForNewCodings() throws {
    let codebook = try Codebook.parse(markdown: Self.sample, name: "peers", file: "p.md").get()
    let index = CodebookIndex(codebook)
    #expect(throws: Problem.codeNotCodable(code: "T1")) { try index.resolveForCoding("T1") }
    #expect(try index.resolveForCoding("T1/1") == CodePath(components: ["T1", "1"]))
    #expect(index.search("Characteristics", includingRetired: false).isEmpty)
    #expect(index.search("Characteristics").map(\.path.description) == ["T1"])
  }
}
