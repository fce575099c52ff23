import Testing

@testable import ThemaCore

@Suite struct CodebookRevisionTests {
  static let codebook = Codebook(
    name: "pm", title: "PM", levels: ["Table", "Theme", "Subtheme"],
    codes: [
      Code(
        id: "T1", name: "One",
        children: [
          Code(
            id: "1", name: "Theme",
            children: [Code(id: "1a", name: "A"), Code(id: "1b", name: "B")]),
          Code(id: "2", name: "Other", children: [Code(id: "2a", name: "C")]),
        ]),
      Code(
        id: "T2", name: "Two",
        children: [Code(id: "1", name: "Theme two", children: [Code(id: "1a", name: "D")])]),
    ])

  static func path(_ text: String) -> CodePath {
    CodePath(parsing: text) ?? CodePath(components: [])
  }
  static let id = TranscriptID(rawValue: "PM-01")

  static func coding(_ segment: Int, _ code: String, span: TextSpan? = nil, memo: String = "")
    -> Coding?
  {
    id.map {
      Coding(
        transcript: $0, segment: SegmentID(number: segment), code: path(code), span: span,
        memo: memo)
    }
  }

  static func paths(_ codebook: Codebook) -> [String] {
    codebook.flattened().map(\.path.description)
  }

  @Test func renameMovesTheCodeAndItsSubcodes() throws {
    let revised = try Self.codebook.revised(
      by: .rename(code: Self.path("T1/1"), newID: "3", newName: "Renamed"))
    #expect(
      Self.paths(revised.codebook) == [
        "T1", "T1/3", "T1/3/1a", "T1/3/1b", "T1/2", "T1/2/2a", "T2", "T2/1", "T2/1/1a",
      ])
    #expect(revised.codebook.code(at: Self.path("T1/3"))?.name == "Renamed")
    let coding = try #require(Self.coding(1, "T1/1/1b"))
    #expect(revised.mapping.newPath(for: coding) == Self.path("T1/3/1b"))
    let untouched = try #require(Self.coding(1, "T2/1/1a"))
    #expect(revised.mapping.newPath(for: untouched) == untouched.code)
  }

  @Test(arguments: [
    (
      CodebookRevision.rename(code: path("T1/1"), newID: "2", newName: nil),
      RevisionProblem.idTaken(id: "2", parent: "T1")
    ),
    (.rename(code: path("T1/1"), newID: "not valid", newName: nil), .invalidID("not valid")),
    (.rename(code: path("T1/1"), newID: "lowercase", newName: nil), .invalidID("lowercase")),
    (.rename(code: path("T1/1"), newID: nil, newName: nil), .nothingToRename(code: "T1/1")),
    (
      .move(code: path("T1/1"), under: path("T1/1/1a")),
      .intoItself(code: "T1/1", target: "T1/1/1a")
    ),
    (.move(code: path("T1/1"), under: path("T2")), .idTaken(id: "1", parent: "T2")),
    (
      .merge(code: path("T1/1"), into: path("T1/1/1b")),
      .intoItself(code: "T1/1", target: "T1/1/1b")
    ),
    (.merge(code: path("T1/1"), into: path("T2/1")), .idTaken(id: "1a", parent: "T2/1")),
    (
      .split(
        code: path("T1/1"), into: [Code(id: "1x", name: "x"), Code(id: "1y", name: "y")],
        assignments: [], rest: nil),
      .splitWithSubcodes(code: "T1/1")
    ),
    (
      .split(code: path("T1/1/1a"), into: [Code(id: "1x", name: "x")], assignments: [], rest: nil),
      .splitNeedsTwo(code: "T1/1/1a")
    ),
    (
      .split(
        code: path("T1/1/1a"), into: [Code(id: "1b", name: "x"), Code(id: "1y", name: "y")],
        assignments: [], rest: nil),
      .idTaken(id: "1b", parent: "T1/1")
    ),
    (
      .split(
        code: path("T1/1/1a"), into: [Code(id: "1x", name: "x"), Code(id: "1y", name: "y")],
        assignments: [], rest: "1z"),
      .unknownSplitTarget(id: "1z", newIDs: ["1x", "1y"])
    ),
  ])
  func refusesRevisionsThatWouldBreakTheCodebook(
    revision: CodebookRevision, problem: RevisionProblem
  ) {
    #expect(throws: problem) { try Self.codebook.revised(by: revision) }
  }

  @Test func movesRespectTheDepthLimit() throws {
    var deep = Self.codebook
    deep.codes[0].children[0].children[0].children = [
      Code(id: "X1", name: "d4", children: [Code(id: "X2", name: "d5")])
    ]
    #expect(throws: RevisionProblem.tooDeep(code: "T1/1", depth: 6)) {
      try deep.revised(by: .move(code: Self.path("T1/1"), under: Self.path("T2/1")))
    }
    let moved = try Self.codebook.revised(by: .move(code: Self.path("T1/2"), under: nil))
    #expect(Self.paths(moved.codebook).suffix(2) == ["2", "2/2a"])
  }

  @Test func mergeFoldsCodingsAndMovesSubcodes() throws {
    let revised = try Self.codebook.revised(
      by: .merge(code: Self.path("T1/2"), into: Self.path("T1/1")))
    #expect(
      Self.paths(revised.codebook) == [
        "T1", "T1/1", "T1/1/1a", "T1/1/1b", "T1/1/2a", "T2", "T2/1", "T2/1/1a",
      ])
    let id = try #require(Self.id)
    let sheet = CodingSheet(
      transcript: id, coder: try #require(Coder(rawValue: "alice")),
      codings: [
        try #require(Self.coding(1, "T1/1", memo: "first")),
        try #require(Self.coding(1, "T1/2", memo: "second")),
        try #require(Self.coding(2, "T1/2/2a")),
      ])
    let migrated = sheet.migrated(by: revised.mapping)
    #expect(migrated.changed == 2)
    #expect(migrated.sheet.codings.map(\.code.description) == ["T1/1", "T1/1/2a"])
    #expect(migrated.sheet.codings[0].memo == "first / second")
  }

  @Test func splitSendsEachSegmentWhereItIsAssigned() throws {
    let id = try #require(Self.id)
    let revision = CodebookRevision.split(
      code: Self.path("T1/1/1a"), into: [Code(id: "1x", name: "x"), Code(id: "1y", name: "y")],
      assignments: [SplitAssignment(transcript: id, segment: SegmentID(number: 2), newID: "1y")],
      rest: nil)
    let revised = try Self.codebook.revised(by: revision)
    #expect(
      Self.paths(revised.codebook).prefix(5) == ["T1", "T1/1", "T1/1/1x", "T1/1/1y", "T1/1/1b"])
    var study = Study(codebooks: ["pm": Self.codebook])
    study.transcripts[id] = Transcript(id: id, attributes: ["codebook": "pm"])
    let alice = try #require(Coder(rawValue: "alice"))
    study.sheets[id] = [
      alice: CodingSheet(
        transcript: id, coder: alice,
        codings: [try #require(Self.coding(2, "T1/1/1a")), try #require(Self.coding(3, "T1/1/1a"))])
    ]
    study.consensus[id] = CodingSheet(
      transcript: id, coder: .consensus, codings: [try #require(Self.coding(2, "T1/1/1a"))])
    #expect(throws: RevisionProblem.unassigned(code: "T1/1/1a", codings: ["alice PM-01 S3"])) {
      try study.revising(codebook: "pm", with: revision)
    }
    let withRest = CodebookRevision.split(
      code: Self.path("T1/1/1a"), into: [Code(id: "1x", name: "x"), Code(id: "1y", name: "y")],
      assignments: [SplitAssignment(transcript: id, segment: SegmentID(number: 2), newID: "1y")],
      rest: "1x")
    let result = try study.revising(codebook: "pm", with: withRest)
    #expect(result.sheets.count == 2)
    #expect(result.changedCodings == [alice: 2, .consensus: 1])
    let migrated = try #require(result.sheets.first { $0.coder == alice })
    #expect(migrated.codings.map(\.code.description) == ["T1/1/1y", "T1/1/1x"])
    #expect(
      result.sheets.first { $0.coder == .consensus }?.codings.map(\.code.description) == ["T1/1/1y"]
    )
  }

  @Test func retireKeepsTheCodeAndItsCodings() throws {
    let revised = try Self.codebook.revised(
      by: .retire(code: Self.path("T1/2/2a"), reason: "2026-11-23: rare"))
    #expect(revised.codebook.code(at: Self.path("T1/2/2a"))?.retired == "2026-11-23: rare")
    #expect(revised.mapping == .identity)
    #expect(throws: RevisionProblem.alreadyRetired(code: "T1/2/2a", reason: "2026-11-23: rare")) {
      try revised.codebook.revised(by: .retire(code: Self.path("T1/2/2a"), reason: "again"))
    }
    #expect(throws: RevisionProblem.retiredTarget(code: "T1/2/2a")) {
      try revised.codebook.revised(
        by: .merge(code: Self.path("T1/1/1a"), into: Self.path("T1/2/2a")))
    }
    let text = revised.codebook.markdown()
    #expect(text.contains("#### 2a C\nRetired: 2026-11-23: rare\n"))
    #expect(try Codebook.parse(markdown: text, name: "pm", file: "pm.md").get() == revised.codebook)
  }

  @Test func revisionLogRoundTrips() throws {
    let log = RevisionLog(entries: [
      .init(
        time: "2026-11-23T10:15:00Z", action: "rename", code: "T1/1/1a", result: "T1/1/1x",
        codingsChanged: 12, by: "lee", note: "tab\there"),
      .init(
        time: "2026-11-24T08:00:00Z", action: "split", code: "T4/3/3a", result: "T4/3/3x T4/3/3y",
        codingsChanged: 3, by: "lee"),
    ])
    let text = log.text(codebookFile: "pm.md")
    #expect(text.hasPrefix("# Revisions of pm.md, oldest first.\ntime\taction"))
    #expect(try RevisionLog.parse(text, file: "pm.changes").get() == log)
    #expect(SplitAssignment(parsing: "PM-01:S12=3c")?.newID == "3c")
    #expect(SplitAssignment(parsing: "PM-01S12=3c") == nil)
  }
}
