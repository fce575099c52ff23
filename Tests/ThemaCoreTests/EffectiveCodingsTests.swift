import Testing

@testable import ThemaCore

@Suite struct EffectiveCodingsTests {
  let id = TranscriptID(rawValue: "PM-01")
  let alice = Coder(rawValue: "alice")
  let bob = Coder(rawValue: "bob")

  func coding(
    _ segment: Int, _ code: String, span: TextSpan? = nil, flags: CodingFlags = [],
    memo: String = ""
  )
    throws -> Coding
  {
    Coding(
      transcript: try #require(id), segment: SegmentID(number: segment),
      code: try #require(CodePath(parsing: code)),
      span: span, flags: flags, memo: memo)
  }

  func study(consensus: Bool) throws -> Study {
    let id = try #require(id)
    var study = Study()
    study.sheets[id] = [
      try #require(alice): CodingSheet(
        transcript: id, coder: try #require(alice),
        codings: [try coding(1, "A"), try coding(2, "B", flags: .quote, memo: "nice")]),
      try #require(bob): CodingSheet(
        transcript: id, coder: try #require(bob),
        codings: [try coding(1, "A", memo: "agree"), try coding(3, "C")]),
    ]
    if consensus {
      study.consensus[id] = CodingSheet(
        transcript: id, coder: .consensus, isDone: true, codings: [try coding(1, "A")])
    }
    return study
  }

  @Test func automaticPrefersTheConsensus() throws {
    let effective = try study(consensus: true).effectiveCodings(for: try #require(id))
    #expect(effective.sources == [.consensus])
    #expect(effective.codings.map(\.coding.code.description) == ["A"])
    #expect(!effective.isUnresolved)
  }

  @Test func aConsensusInProgressIsFlagged() throws {
    let id = try #require(id)
    var study = try study(consensus: true)
    study.consensus[id]?.isDone = false
    let effective = study.effectiveCodings(for: id)
    #expect(effective.sources == [.consensus])
    #expect(effective.isUnresolved)
  }

  @Test func withoutConsensusTwoCodersAreMergedAndFlaggedUnresolved() throws {
    let effective = try study(consensus: false).effectiveCodings(for: try #require(id))
    #expect(effective.isUnresolved)
    #expect(effective.codings.map(\.coding.code.description) == ["A", "B", "C"])
    #expect(effective.codings[0].coders == [try #require(alice), try #require(bob)])
    #expect(effective.codings[0].coding.memo == "agree")
    #expect(effective.codings[1].coding.isQuote)
  }

  @Test func intersectionKeepsCodesEveryCoderApplied() throws {
    let effective = try study(consensus: false).effectiveCodings(
      for: try #require(id), source: .intersection)
    #expect(effective.codings.map(\.coding.code.description) == ["A"])
  }

  @Test func oneCoderAndSourceParsing() throws {
    let effective = try study(consensus: false).effectiveCodings(
      for: try #require(id), source: .coder(try #require(bob)))
    #expect(effective.codings.map(\.coding.code.description) == ["A", "C"])
    #expect(CodingSource(parsing: "coder:bob") == .coder(try #require(bob)))
    #expect(CodingSource(parsing: "auto") == .automatic)
    #expect(CodingSource(parsing: "coder:") == nil)
    #expect(CodingSource(parsing: "everyone") == nil)
  }
}
