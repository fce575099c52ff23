import Testing

@testable import ThemaCore

@Suite struct ConsensusTests {
  static let id = TranscriptID(rawValue: "PM-01")
  static let alice = Coder(rawValue: "alice")
  static let bob = Coder(rawValue: "bob")

  static func path(_ text: String) -> CodePath {
    CodePath(parsing: text) ?? CodePath(components: [])
  }

  func coding(
    _ segment: Int, _ code: String, _ span: TextSpan? = nil, flags: CodingFlags = [],
    memo: String = ""
  )
    throws -> Coding
  {
    Coding(
      transcript: try #require(Self.id), segment: SegmentID(number: segment), code: Self.path(code),
      span: span,
      flags: flags, memo: memo)
  }

  func session() throws -> ConsensusSession {
    let id = try #require(Self.id)
    let codebook = CodebookIndex(
      Codebook(
        name: "pm", title: "PM",
        codes: [Code(id: "A", name: "a"), Code(id: "B", name: "b"), Code(id: "C", name: "c")]))
    let transcript = Transcript(
      id: id,
      segments: (1...3).map {
        Segment(
          id: SegmentID(number: $0), speaker: "P", text: String(repeating: "word ", count: 40))
      })
    let first = CodingSheet(
      transcript: id, coder: try #require(Self.alice),
      codings: [
        try coding(1, "A", TextSpan(start: 0, end: 20), flags: .quote, memo: "alice says"),
        try coding(2, "B"), try coding(3, "A"),
      ])
    let second = CodingSheet(
      transcript: id, coder: try #require(Self.bob),
      codings: [
        try coding(1, "A", TextSpan(start: 10, end: 30), memo: "bob says"), try coding(2, "C"),
        try coding(3, "A"),
      ])
    let plan = ResolutionPlan(
      transcript: transcript, first: first, second: second, codebook: codebook)
    return ConsensusSession(plan: plan, log: DecisionLog(), lead: "lee")
  }

  @Test func classifiesEachSegmentAndCode() throws {
    let plan = try session().plan
    #expect(
      plan.items.map { "\($0.key) \($0.kind)" } == [
        "S1:A agreement", "S2:B onlyFirst", "S2:C onlySecond", "S3:A agreement",
      ])
    #expect(plan.items[0].spansDiffer)
    #expect(!plan.items[3].spansDiffer)
    #expect(plan.disagreements.count == 2)
  }

  @Test func agreementsMergeOverlappingQuotes() throws {
    var session = try session()
    #expect(session.acceptAgreements(time: "t1") == 2)
    let sheet = session.consensusSheet()
    let merged = try #require(sheet.codings.first)
    #expect(merged.span == TextSpan(start: 0, end: 30))
    #expect(merged.isQuote)
    #expect(merged.memo == "alice says / bob says")
    #expect(!sheet.isDone)
    #expect(session.pendingDisagreements.map(\.key.description) == ["S2:B", "S2:C"])
  }

  @Test func decisionsGiveTheirResultsAndCompleteTheConsensus() throws {
    var session = try session()
    session.acceptAgreements(time: "t1")
    let keyB = ItemKey(segment: SegmentID(number: 2), code: Self.path("B"))
    let keyC = ItemKey(segment: SegmentID(number: 2), code: Self.path("C"))
    try session.decide(keyB, .neither, rationale: "not about B", time: "t2")
    try session.decide(keyC, .recode(Self.path("B")), rationale: "it is B after all", time: "t3")
    let sheet = session.consensusSheet()
    #expect(sheet.isDone)
    #expect(sheet.codings.map { "\($0.segment) \($0.code)" } == ["S1 A", "S2 B", "S3 A"])
    let records = session.log.records
    #expect(records.count == 4)
    #expect(records.last?.decision == "code:B")
    #expect(records.last?.second.codings.map(\.code) == ["C"])
    #expect(records.last?.rationale == "it is B after all")
    #expect(throws: Problem.notAnAgreement("S2:B")) {
      try session.decide(keyB, .agreement, time: "t4")
    }
    #expect(throws: Problem.noSuchItem("S1:C")) {
      try session.decide(
        ItemKey(segment: SegmentID(number: 1), code: Self.path("C")), .both, time: "t4")
    }
  }

  @Test func codingsTwoDecisionsShareMergeInDecisionOrder() throws {
    var session = try session()
    let keyB = ItemKey(segment: SegmentID(number: 2), code: Self.path("B"))
    let keyC = ItemKey(segment: SegmentID(number: 2), code: Self.path("C"))
    try session.decide(keyC, .recode(Self.path("B")), time: "t1")
    try session.decide(keyB, .acceptFirst, time: "t2")
    for _ in 0..<20 {
      #expect(session.consensusSheet().codings.count == 1)
      #expect(
        session.log.consensusCodings(transcript: session.plan.transcript)
          == session.consensusSheet().codings)
    }
  }

  @Test func undoBringsBackTheDecisionBefore() throws {
    var session = try session()
    let key = ItemKey(segment: SegmentID(number: 2), code: Self.path("B"))
    try session.decide(key, .acceptFirst, time: "t1")
    try session.decide(key, .neither, time: "t2")
    #expect(session.decided[key]?.decision == "neither")
    let cancelled = session.undo(time: "t3")
    #expect(cancelled?.decision == "neither")
    #expect(session.decided[key]?.decision == "first")
    session.undo(time: "t4")
    #expect(session.decided[key] == nil)
    #expect(session.undo(time: "t5") == nil)
    #expect(session.log.records.map(\.decision) == ["first", "neither", "undo", "undo"])
    #expect(session.log.records.map(\.undoes) == [nil, nil, 2, 1])
  }

  @Test func theLogRoundTripsAndRefusesEditedLines() throws {
    var session = try session()
    session.acceptAgreements(time: "2026-11-23T10:00:00Z")
    try session.decide(
      ItemKey(segment: SegmentID(number: 2), code: Self.path("C")),
      .span(TextSpan(start: 1, end: 5)),
      rationale: "quote \"this\"\nand more", time: "2026-11-23T10:01:00Z")
    let text = session.log.jsonl()
    #expect(text.split(separator: "\n").count == 3)
    let again = try DecisionLog.parse(text, file: "d.jsonl").get()
    #expect(again == session.log)
    let edited = text.replacingOccurrences(of: "\"sequence\":2", with: "\"sequence\":7")
    let parsed = DecisionLog.parse(edited, file: "d.jsonl")
    #expect(parsed.diagnostics.first?.location?.line == 2)
    #expect(
      DecisionLog.parse("not json\n", file: "d.jsonl").diagnostics.first?.problem
        == .malformedDecision(reason: "it is not a decision record in JSON"))
  }

  @Test(arguments: [
    ("first", Decision.acceptFirst), ("alice", .acceptFirst), ("bob", .acceptSecond),
    ("both", .both),
    ("neither", .neither), ("span:all", .span(nil)),
    ("span:3-9", .span(TextSpan(start: 3, end: 9))),
    ("code:T1/2", .recode(CodePath(components: ["T1", "2"]))),
  ])
  func parsesDecisions(text: String, decision: Decision) throws {
    #expect(
      Decision(parsing: text, first: try #require(Self.alice), second: try #require(Self.bob))
        == decision)
  }

  @Test func refusesUnknownDecisions() throws {
    #expect(
      Decision(parsing: "maybe", first: try #require(Self.alice), second: try #require(Self.bob))
        == nil)
    #expect(
      Decision(parsing: "span:x", first: try #require(Self.alice), second: try #require(Self.bob))
        == nil)
  }
}
