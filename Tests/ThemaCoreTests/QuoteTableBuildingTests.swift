import Testing

@testable import ThemaCore

@Suite struct QuoteTableBuildingTests {
  typealias M = MiniStudy

  func standardCodings() throws -> [Coding] {
    [
      try M.coding("A-1", 2, "T1/1/1a"), try M.coding("A-2", 2, "T1/1/1b"),
      try M.coding("A-2", 4, "T1/1/1a"), try M.coding("A-3", 2, "T1/2"),
    ]
  }

  func row(_ table: QuoteTable, _ path: String) throws -> QuoteTable.Row {
    try #require(
      table.sections.flatMap(\.rows).first { $0.path.description == path }, "no row \(path)")
  }

  @Test func countsInterviewsRolledUpToThemesAndTables() throws {
    let table = try QuoteTable.build(M.collation(M.study(standardCodings())))
    #expect(table.interviews == 3)
    #expect(table.sections.map(\.label) == ["Table 1", "Table 2"])
    #expect(table.sections.map(\.interviews) == [3, 0])
    #expect(
      table.sections[0].rows.map(\.path.description) == ["T1/1", "T1/1/1a", "T1/1/1b", "T1/2"])
    #expect(table.sections[0].rows.map(\.interviews) == [2, 2, 1, 1])
    #expect(table.sections[0].rows.map(\.participants) == [2, 2, 1, 1])
    #expect(table.sections[1].rows.map(\.interviews) == [0])
  }

  @Test func labelsRowsAsAPaperDoes() throws {
    let table = try QuoteTable.build(M.collation(M.study(standardCodings())))
    let rows = table.sections[0].rows
    #expect(rows.map(\.label) == ["Theme 1", "Subtheme 1a", "Subtheme 1b", "Theme 2"])
    #expect(
      rows.map(\.description) == [
        "Theme one, described.", "Definition of a.", "Definition of b.", "Definition of two.",
      ])
    #expect(table.labelHeading == "Theme / subtheme")
    #expect(table.countHeading == "Interviews (N = 3)")
  }

  @Test func splitsCountsByAnAttribute() throws {
    var options = CollateOptions()
    options.splitBy = "county"
    let table = try QuoteTable.build(M.collation(M.study(standardCodings())), options: options)
    #expect(
      table.splitTotals == [.init(value: "North", count: 2), .init(value: "South", count: 1)])
    let sub = try row(table, "T1/1/1a")
    #expect(sub.split == [.init(value: "North", count: 1), .init(value: "South", count: 1)])
    #expect(sub.countText == "2 (North n=1, South n=1)")
    #expect(try row(table, "T1/2").countText == "1 (North n=1, South n=0)")
  }

  @Test func interviewerTurnsCountButAreNeverQuoted() throws {
    let codings = [try M.coding("A-1", 1, "T1/2"), try M.coding("A-1", 3, "T1/2")]
    let table = try QuoteTable.build(M.collation(M.study(codings)))
    let theme = try row(table, "T1/2")
    #expect(theme.interviews == 1)
    #expect(theme.participants == 0)
    #expect(theme.quotes.isEmpty)
    #expect(theme.countText == "1 (0 participants)")
  }

  @Test func quotesAreTrimmedTypographicAndAttributed() throws {
    var options = CollateOptions()
    options.maxWords = 5
    let codings = [try M.coding("A-1", 2, "T1/1/1a"), try M.coding("A-2", 4, "T1/1/1b")]
    let table = try QuoteTable.build(M.collation(M.study(codings)), options: options)
    let a = try #require(try row(table, "T1/1/1a").quotes.first)
    #expect(a.text == "We hire for lived experience…")
    #expect(a.attribution == "A-1, Manager, North")
    #expect(a.printed == "“We hire for lived experience…” (A-1, Manager, North)")
    let b = try #require(try row(table, "T1/1/1b").quotes.first)
    #expect(b.text == "Maria Lopez started the group…", "the comma before the cut is dropped")
  }

  @Test func aPassageAppearsOnceAndSubthemesChooseFirst() throws {
    var options = CollateOptions()
    options.quotesPerRow = 1
    let codings = [
      try M.coding("A-1", 2, "T1/1/1a"), try M.coding("A-3", 2, "T1/1/1a"),
      try M.coding("A-2", 2, "T1/1/1b"),
    ]
    let table = try QuoteTable.build(M.collation(M.study(codings)), options: options)
    #expect(try row(table, "T1/1/1a").quotes.map(\.transcript.rawValue) == ["A-1"])
    #expect(try row(table, "T1/1/1b").quotes.map(\.transcript.rawValue) == ["A-2"])
    #expect(
      try row(table, "T1/1").quotes.map(\.transcript.rawValue) == ["A-3"],
      "the theme shows the passage its subthemes did not")
  }

  @Test func starredQuotesWinInATable() throws {
    let codings = [
      try M.coding("A-1", 2, "T1/1/1a"), try M.coding("A-2", 2, "T1/1/1a", starred: true),
    ]
    let table = try QuoteTable.build(M.collation(M.study(codings)))
    let quotes = try row(table, "T1/1/1a").quotes
    #expect(quotes.map(\.transcript.rawValue) == ["A-2", "A-1"])
    #expect(quotes.map(\.isStarred) == [true, false])
  }

  @Test func aDomainIsOneTable() throws {
    let study = try M.study(standardCodings())
    let table = try QuoteTable.build(
      M.collation(study), domain: CodePath(components: ["T2"]))
    #expect(table.sections.map(\.label) == ["Table 2"])
    #expect(table.sections.map(\.number) == [2])
  }

  @Test func refusesADomainBelowTheTopLevel() throws {
    let collation = try M.collation(M.study(standardCodings()))
    #expect(
      throws: ExportProblem.notTopLevel(code: "T1/1", level: "Theme", topLevel: ["T1", "T2"])
    ) {
      try QuoteTable.build(collation, domain: CodePath(components: ["T1", "1"]))
    }
  }

  @Test func refusesAnAttributeNoTranscriptHas() throws {
    let collation = try M.collation(M.study(standardCodings()))
    var options = CollateOptions()
    options.splitBy = "countty"
    #expect(throws: ExportProblem.unknownAttribute(name: "countty", known: ["county", "group"])) {
      try QuoteTable.build(collation, options: options)
    }
    options.splitBy = nil
    options.attribution = try Attribution(parsing: "{arm}")
    #expect(throws: ExportProblem.unknownAttribute(name: "arm", known: ["county", "group"])) {
      try QuoteTable.build(collation, options: options)
    }
  }

  @Test func notesSayWhenCodingsAreUnresolved() throws {
    let study = try M.study(
      [try M.coding("A-1", 2, "T1/1/1a")], bob: [try M.coding("A-1", 4, "T1/2")])
    let table = try QuoteTable.build(M.collation(study))
    #expect(table.notes[0] == "N = 1 interview coded with mini.")
    #expect(
      table.notes[1]
        == "Codings: the coders' own (alice and bob). Not yet resolved: A-1 was coded by "
        + "several coders with no consensus yet, so every coder's codings are shown.")
    let alice = try QuoteTable.build(
      M.collation(study, source: .coder(try #require(Coder(rawValue: "alice")))))
    #expect(alice.notes[1] == "Codings: alice's only.")
    #expect(try row(alice, "T1/2").interviews == 0)
  }

  @Test func anUnknownCoderIsAnError() throws {
    let study = try M.study(standardCodings())
    #expect(throws: Problem.unknownCoder(name: "carol", known: ["alice"])) {
      try M.collation(study, source: .coder(try #require(Coder(rawValue: "carol"))))
    }
  }

  @Test func theSameStudyGivesTheSameTable() throws {
    let study = try M.study(standardCodings())
    #expect(try QuoteTable.build(M.collation(study)) == QuoteTable.build(M.collation(study)))
  }
}

extension QuoteTableBuildingTests {
  @Test func theDefaultAttributionFitsAStudyWithoutItsAttributes() throws {
    var study = try M.study(standardCodings())
    for id in study.transcriptIDs { study.transcripts[id]?.attributes = ["codebook": "mini"] }
    let table = try QuoteTable.build(M.collation(study))
    #expect(try row(table, "T1/1/1a").quotes.first?.attribution == "A-1")
  }
}

extension QuoteTableBuildingTests {
  @Test func findsSegmentsWhoseIDsAreNotInOrder() throws {
    var study = try M.study([try M.coding("A-1", 3, "T1/2")])
    let id = try M.id("A-1")
    let segments = try #require(study.transcripts[id]?.segments)
    study.transcripts[id]?.segments = [
      Segment(id: SegmentID(number: 3), speaker: "A-1", text: segments[3].text),
      Segment(id: SegmentID(number: 1), speaker: "Interviewer", text: segments[0].text),
    ]
    let table = try QuoteTable.build(M.collation(study))
    #expect(try row(table, "T1/2").quotes.map(\.text) == ["Weekly. Short."])
  }
}

extension QuoteTableBuildingTests {
  @Test func notesNameTheConsensusAndWhetherItIsDone() throws {
    var study = try M.study(
      [try M.coding("A-1", 2, "T1/1/1a"), try M.coding("A-2", 2, "T1/1/1a")],
      bob: [try M.coding("A-1", 4, "T1/2"), try M.coding("A-2", 4, "T1/2")])
    let a1 = try M.id("A-1")
    study.consensus[a1] = CodingSheet(
      transcript: a1, coder: .consensus, isDone: true, codings: [try M.coding("A-1", 4, "T1/2")])
    let done = try QuoteTable.build(M.collation(study))
    #expect(
      done.notes[1]
        == "Codings: the lead's consensus for A-1; the coders' own for the others (alice and "
        + "bob). Not yet resolved: A-2 was coded by several coders with no consensus yet, so "
        + "every coder's codings are shown.")
    #expect(try row(done, "T1/1/1a").interviews == 1, "A-1's consensus dropped alice's 1a")
    study.consensus[a1]?.isDone = false
    let inProgress = try QuoteTable.build(M.collation(study))
    #expect(inProgress.notes[1].contains("The consensus for A-1 is still in progress."))
  }
}
