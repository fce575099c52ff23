import Testing
import ThemaCore
import ThemaTerminal

@testable import ThemaCLI

@Suite struct ResolveScreenStateTests {
  @Test func opensAtTheFirstDisagreementAndListsOnlyDisagreements() throws {
    let state = try ResolveFixture.state()
    #expect(state.items.map(\.key.description) == ["S2:T1/1/1a", "S4:T1/2/2a", "S6:T2/1/1b"])
    #expect(state.item?.key.description == "S2:T1/1/1a")
    #expect(state.progress == (0, 3))
  }

  @Test func aDecisionAsksWhyRecordsBothAndMovesOn() throws {
    var state = try ResolveFixture.state()
    #expect(state.press("1").isEmpty, "the decision waits for its rationale")
    #expect(state.session.log.records.isEmpty)
    #expect(state.press("It is about hiring{enter}") == [.save])
    let record = try #require(state.session.log.records.last)
    #expect(record.decision == "first")
    #expect(record.rationale == "It is about hiring")
    #expect(record.lead == "lee")
    #expect(record.time == "2026-11-23T10:00:00Z")
    #expect(state.item?.key.description == "S4:T1/2/2a")
    #expect(state.progress == (1, 3))
  }

  @Test func escapeTakesTheDecisionBack() throws {
    var state = try ResolveFixture.state()
    #expect(state.press("2no{esc}").isEmpty)
    #expect(state.session.log.records.isEmpty)
    #expect(state.item?.key.description == "S2:T1/1/1a")
  }

  @Test func recodeCompletesAndSpanNarrows() throws {
    var state = try ResolveFixture.state()
    state.press("{tab}")
    #expect(state.item?.key.description == "S4:T1/2/2a")
    #expect(state.press("cnavigation{enter}{enter}") == [.save])
    #expect(state.session.log.records.last?.decision == "code:T2/1/1b")
    #expect(state.session.consensusSheet().codings.map(\.code.description) == ["T2/1/1b"])
    state.press("g")
    #expect(state.press("v++{enter}because{enter}") == [.save])
    let record = try #require(state.session.log.records.last)
    #expect(record.segment == "S2")
    #expect(record.decision.hasPrefix("span:0-"))
    #expect(record.rationale == "because")
  }

  @Test func undoReopensAndRationaleAfterwardsAddsARecord() throws {
    var state = try ResolveFixture.state()
    state.press("0{enter}")
    #expect(state.session.decided.count == 1)
    #expect(state.press("u") == [.save])
    #expect(state.session.decided.isEmpty)
    #expect(state.item?.key.description == "S2:T1/1/1a")
    state.press("3{enter}k")
    #expect(state.press("rBoth readings hold{enter}") == [.save])
    let records = state.session.log.records
    #expect(records.map(\.decision) == ["neither", "undo", "both", "both"])
    #expect(records.last?.rationale == "Both readings hold")
  }

  @Test func decidingEverythingCompletesTheConsensus() throws {
    var state = try ResolveFixture.state()
    state.press("1{enter}2{enter}1{enter}")
    #expect(state.session.pendingDisagreements.isEmpty)
    #expect(state.message?.text.contains("the consensus is complete") == true)
    state.press("A")
    #expect(state.items.count == 4)
    #expect(state.session.isComplete == false, "the agreement is not yet in the consensus")
  }
}

@Suite struct ResolveScreenFrameTests {
  @Test(arguments: [(24, 80), (40, 120)])
  func showsTheSegmentBothCodersAndTheRules(rows: Int, columns: Int) throws {
    let state = try ResolveFixture.state(rows: rows, columns: columns)
    Snapshot.expect(state.frame, "resolve-open-\(columns)x\(rows)")
  }

  @Test func frames() throws {
    var state = try ResolveFixture.state()
    state.press("2")
    Snapshot.expect(state.frame, "resolve-why-80x24")
    state.press("{esc}{tab}cnav")
    Snapshot.expect(state.frame, "resolve-recode-80x24")
    state.press("{esc}gv+")
    Snapshot.expect(state.frame, "resolve-span-80x24")
    state.press("{esc}1{enter}2{enter}1{enter}")
    Snapshot.expect(state.frame, "resolve-complete-80x24")
    state.press("?")
    Snapshot.expect(state.frame, "resolve-help-80x24")
  }

  @Test func aTinyTerminalSaysHowBigItMustBe() throws {
    let state = try ResolveFixture.state(rows: 8, columns: 30)
    #expect(state.frame.text(row: 0).contains("The terminal is"))
  }
}
