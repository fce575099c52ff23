import Foundation
import Testing

@testable import ThemaCore

/// The `<Codes>` tree shared by REFI-QDA codebooks and projects: reading the shared samples,
/// and writing Thema codes so that reading them back gives the same codes.
@Suite struct RefiCodesTests {
  /// The `<Codes>` element of a fixture in `Tests/Fixtures/Refi/`, found at any depth.
  static func codesElement(fixture name: String) throws -> XMLTree.Element {
    let bytes = try [UInt8](
      Data(contentsOf: URL(fileURLWithPath: repositoryRoot + "/Tests/Fixtures/Refi/" + name)))
    let tree = try XMLTree.parse(bytes)
    func find(_ element: XMLTree.Element) -> XMLTree.Element? {
      if element.name == "Codes" { return element }
      return element.children.lazy.compactMap(find).first
    }
    return try #require(find(tree.root))
  }

  static func codes(_ xml: String) throws -> XMLTree.Element {
    try XMLTree.parse(Array(xml.utf8)).root
  }

  @Test func readsTheStandardsOwnCodebook() throws {
    let reading = RefiCodes.read(
      try Self.codesElement(fixture: "refi-1.5-spec-annexA1-codebook.qdc"), file: "annex.qdc")
    #expect(reading.diagnostics.isEmpty)
    #expect(reading.codes.map(\.id) == ["1", "2", "3", "4", "5", "6"])
    #expect(
      reading.codes.map(\.name) == [
        "Topics", "Economy", "Health care", "Values", "Conservatives", "Liberals",
      ])
    #expect(reading.codes.map(\.isCodable) == [false, true, true, false, true, true])
    let economy = reading.codes[1]
    #expect(economy.guid == "d7aa29da-519b-4946-9b90-253b6db8fd0a", "braces go, case is lowered")
    #expect(economy.color == "#ffff00")
    #expect(economy.description == "Anything about jobs or taxes or business")
    #expect(reading.codes[3].guid == "9fa9bcb7-5b59-47a9-8c3e-f65cffdc7520")
    #expect(reading.paths["12365523-1035-4afa-9e7b-281fe0bc51c5"] == CodePath(components: ["6"]))
    #expect(reading.paths.count == 6)
    #expect(reading.lines[CodePath(components: ["2"])] == 6)
  }

  @Test func readsNestedCodesOfAProject() throws {
    let reading = RefiCodes.read(
      try Self.codesElement(fixture: "ornio_hand_authored_project.qde"), file: "project.qde")
    #expect(reading.diagnostics.isEmpty)
    let topics = try #require(reading.codes.first)
    #expect(topics.id == "1" && topics.name == "Topics" && !topics.isCodable)
    #expect(topics.children.map(\.id) == ["1a", "1b"])
    #expect(topics.children.map(\.name) == ["Health", "Wellbeing"])
    #expect(topics.children[0].children.map(\.id) == ["1a1"])
    #expect(topics.children[0].children.first?.description == "Food and eating habits")
    #expect(
      reading.paths["20000000-0000-0000-0000-000000000003"]
        == CodePath(components: ["1", "1a", "1a1"]))
  }

  @Test func readsATLASti23WithItsUpperCaseGUIDs() throws {
    let reading = RefiCodes.read(
      try Self.codesElement(fixture: "requal_atlasti23_valid.qdc"), file: "requal.qdc")
    #expect(reading.diagnostics.isEmpty)
    #expect(reading.codes.count == 1)
    #expect(reading.codes.first?.id == "1", "a one-word name keeps its word as the name")
    #expect(reading.codes.first?.name == "code1")
    #expect(reading.codes.first?.guid == "1ff58b12-6f6f-4b0c-8be5-bbdc91f55294")
    #expect(reading.codes.first?.color == "#46AA00")
  }

  @Test func writesCodesThatReadBackTheSame() throws {
    let codebook = Self.sample
    var writer = XMLWriter()
    RefiCodes.write(codebook, into: &writer)
    let document = writer.finish()
    let reading = RefiCodes.read(
      try Self.codes(document), file: "out.qdc", options: RefiCodes.ReadOptions(capitalIDs: true))
    #expect(reading.diagnostics.isEmpty)
    #expect(reading.codes == Self.pinned(codebook).codes)
    for entry in codebook.flattened() {
      #expect(reading.paths[codebook.guid(at: entry.path)] == entry.path)
    }
    #expect(document.contains(#"name="T1 Characteristics of peer specialists""#))
    #expect(document.contains(#"isCodable="false""#), "the retired code is not codable")
  }

  @Test func writesTheFieldsAsLabelledParagraphs() throws {
    var writer = XMLWriter()
    RefiCodes.write(Self.sample, into: &writer)
    let tree = try XMLTree.parse(Array(writer.finish().utf8))
    let first = try #require(tree.root.children("Code").first?.children("Code").first)
    #expect(
      first.child("Description")?.text == """
        Shared experience as the basis of the peer relationship.

        Definition: Lived experience named as a condition of hiring.

        Include: Job postings;
        interview questions.

        Exclude: How it helps with clients (use 1b).

        Example: "It's the job."
        """)
  }

  /// The codebook with every GUID pinned, as an import leaves it.
  static func pinned(_ codebook: Codebook) -> Codebook {
    var copy = codebook
    func pin(_ codes: inout [Code], parent: CodePath) {
      for index in codes.indices {
        let path = parent.appending(codes[index].id)
        codes[index].guid = codebook.guid(at: path)
        pin(&codes[index].children, parent: path)
      }
    }
    pin(&copy.codes, parent: CodePath(components: []))
    return copy
  }

  /// A small codebook using every field Thema keeps, with text other tools would mangle.
  static let sample = Codebook(
    name: "peers", title: "Peers", levels: ["Table", "Theme"],
    codes: [
      Code(
        id: "T1", name: "Characteristics of peer specialists", color: "#4E79A7",
        children: [
          Code(
            id: "1", name: "Lived experience",
            description:
              "Shared experience as the basis of the peer relationship.",
            definition: "Lived experience named as a condition of hiring.",
            include: "Job postings;\ninterview questions.",
            exclude: "How it helps with clients (use 1b).", example: "\"It's the job.\""),
          Code(
            id: "2", name: "Skills & <credentials>", description: "Two paragraphs.\n\nThe second.",
            isCodable: false, guid: "5215cc69-b628-4e02-afb9-9beeaee55808",
            children: [Code(id: "2a", name: "Certification  and   more")]),
        ]),
      Code(id: "TRUST", name: "Trust", retired: "2026-11-23: merged into T1"),
      Code(id: "3.1", name: "Émigré ☕ names", description: "Line one\nline two"),
    ])
}

/// Names without IDs get IDs: a leading ID-like word is split off, others are numbered.
@Suite struct RefiCodeIDTests {
  static func ids(_ names: [String], parent: String? = nil, capitals: Bool = false) -> [String] {
    let siblings = names.map { #"<Code guid="" name="\#($0)" isCodable="true"/>"# }.joined()
    var xml = "<Codes>\(siblings)</Codes>"
    if let parent {
      xml = #"<Codes><Code name="\#(parent)" isCodable="true">\#(siblings)</Code></Codes>"#
    }
    guard let tree = try? XMLTree.parse(Array(xml.utf8)) else { return [] }
    let reading = RefiCodes.read(
      tree.root, file: "t.qdc", options: RefiCodes.ReadOptions(capitalIDs: capitals))
    let codes = parent == nil ? reading.codes : reading.codes.first?.children ?? []
    return codes.map { "\($0.id)|\($0.name)" }
  }

  @Test(
    arguments: [
      (["Topics", "Economy"], nil, false, ["1|Topics", "2|Economy"]),
      (
        ["1a Peer role clarity", "1b Supervision"], "1 Roles", false,
        ["1a|Peer role clarity", "1b|Supervision"]
      ),
      (["Health", "Diet"], "7 Topics", false, ["7a|Health", "7b|Diet"]),
      (["Health", "Diet"], "1a Topics", false, ["1a1|Health", "1a2|Diet"]),
      (["2 Second", "Other", "Another"], nil, false, ["2|Second", "1|Other", "3|Another"]),
      (["1a Twice", "1a Twice again"], nil, false, ["1|1a Twice", "2|1a Twice again"]),
      (["1a", "code1"], nil, false, ["1|1a", "2|code1"]),
      (["TRUST Trust", "COVID impacts"], nil, false, ["1|TRUST Trust", "2|COVID impacts"]),
      (["TRUST Trust", "Safety"], nil, true, ["TRUST|Trust", "1|Safety"]),
      (["subcode 3.1", "3.2 Sub"], nil, false, ["1|subcode 3.1", "3.2|Sub"]),
    ] as [([String], String?, Bool, [String])])
  func givesIDs(names: [String], parent: String?, capitals: Bool, expected: [String]) {
    #expect(Self.ids(names, parent: parent, capitals: capitals) == expected)
  }

  @Test func lettersRunPastZ() {
    #expect(PositionalIDs.letters(1) == "a")
    #expect(PositionalIDs.letters(26) == "z")
    #expect(PositionalIDs.letters(27) == "aa")
    #expect(PositionalIDs.letters(52) == "az")
    #expect(PositionalIDs.letters(53) == "ba")
  }
}

/// What `RefiCodes.read` reports about damaged codes, with lines.
@Suite struct RefiCodesDiagnosticTests {
  static func diagnostics(_ xml: String) throws -> [String] {
    let tree = try XMLTree.parse(Array(xml.utf8))
    return RefiCodes.read(tree.root, file: "c.qdc").diagnostics.map(\.description)
  }

  @Test func reportsEachDamageWithItsLine() throws {
    let found = try Self.diagnostics(
      """
      <Codes>
        <Code guid="5215cc69-b628-4e02-afb9-9beeaee55808" name="A" isCodable="true"/>
        <Code guid="{5215CC69-B628-4E02-AFB9-9BEEAEE55808}" name="B" isCodable="true"/>
        <Code guid="5215cc69-b628-4e02-afb9-9beeaee55809" isCodable="true"/>
        <Code name="C" isCodable="maybe" color="red"/>
        <Code guid="nope" name="D" isCodable="true"/>
      </Codes>
      """)
    #expect(
      found == [
        "c.qdc:3: error: code 'B' has the GUID 5215cc69-b628-4e02-afb9-9beeaee55808 of the code on "
          + "line 2; each code needs its own identity, so the file is damaged: export it again",
        "c.qdc:4: error: a <Code> has no name; expected a name=\"...\" attribute (REFI-QDA "
          + "requires one), so give the code a name in the other program and export again",
        "c.qdc:5: warning: code 'C' has no guid attribute; Thema gives it an identity of its "
          + "own, so the other program will see it as a new code",
        "c.qdc:5: warning: code 'C' has isCodable=\"maybe\"; expected true or false, so it stays "
          + "codable",
        "c.qdc:5: warning: code 'C' has color 'red'; expected #rrggbb, so the colour is left out",
        "c.qdc:6: warning: code 'D' has guid 'nope', which is not a GUID (such as "
          + "5215cc69-b628-4e02-afb9-9beeaee55808); Thema gives it an identity of its own",
      ])
  }

  @Test func refusesCodesDeeperThanACodebookHolds() throws {
    let open = (1...6).map { #"<Code guid="" name="L\#($0)" isCodable="true">"# }.joined()
    let found = try Self.diagnostics(
      "<Codes>\n" + open + String(repeating: "</Code>", count: 6) + "</Codes>")
    #expect(
      found.contains(
        "c.qdc:2: error: code 'L6' is nested 6 levels deep; a Thema codebook holds at most 5 "
          + "levels, so move it higher in the other program and export again"))
  }
}
