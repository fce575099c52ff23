import Testing
import ThemaCore
import ThemaTerminal

@testable import ThemaCLI

/// Golden frames of the coding screen, driven by keys, at 80x24 and 120x40.
@Suite struct CodingScreenFrameTests {
  @Test(arguments: [(24, 80), (40, 120)])
  func opensAtTheFirstUncodedAnswer(rows: Int, columns: Int) throws {
    let state = try ScreenFixture.state(rows: rows, columns: columns)
    #expect(state.currentSegment.id.rawValue == "S6")
    Snapshot.expect(state.frame, "open-\(columns)x\(rows)")
  }

  @Test(arguments: [(24, 80), (40, 120)])
  func completesCodesAsTheCoderTypes(rows: Int, columns: Int) throws {
    var state = try ScreenFixture.state(rows: rows, columns: columns)
    #expect(state.press("a1a").isEmpty)
    Snapshot.expect(state.frame, "apply-prompt-\(columns)x\(rows)")
  }

  @Test func refusesAnAmbiguousCodeAndShowsTheCandidates() throws {
    var state = try ScreenFixture.state()
    let before = state.sheet
    #expect(state.press("a1a{enter}").isEmpty)
    #expect(state.sheet == before)
    Snapshot.expect(state.frame, "apply-ambiguous-80x24")
  }

  @Test func appliesTheCandidateTabPutsIntoThePrompt() throws {
    var state = try ScreenFixture.state()
    #expect(state.press("a1a{tab}{tab}") == [])
    Snapshot.expect(state.frame, "apply-tab-80x24")
    #expect(state.press("{enter}") == [.save])
    Snapshot.expect(state.frame, "applied-80x24")
  }

  @Test func undoesAndRedoesAChange() throws {
    var state = try ScreenFixture.state()
    state.press("alanguage{enter}")
    #expect(state.press("u") == [.save])
    Snapshot.expect(state.frame, "undo-80x24")
    #expect(state.press("U") == [.save])
    Snapshot.expect(state.frame, "redo-80x24")
  }

  @Test func narrowsACodingWordByWord() throws {
    var state = try ScreenFixture.state()
    state.press(":S8{enter}aT2/2a{enter}v")
    Snapshot.expect(state.frame, "narrow-start-80x24")
    state.press("{right}{right}++-")
    Snapshot.expect(state.frame, "narrow-moved-80x24")
    #expect(state.press("{enter}") == [.save])
    Snapshot.expect(state.frame, "narrow-kept-80x24")
  }

  @Test(arguments: [(24, 80), (12, 40)])
  func drawsWideCharactersAndCombiningMarksInTheirColumns(rows: Int, columns: Int) throws {
    var state = try ScreenFixture.state(rows: rows, columns: columns)
    state.press(":4{enter}")
    Snapshot.expect(state.frame, "wide-\(columns)x\(rows)")
  }

  @Test func redrawsForANewSize() throws {
    var state = try ScreenFixture.state()
    state.press("j")
    state.resize(to: TerminalSize(rows: 40, columns: 120))
    Snapshot.expect(state.frame, "resized-120x40")
    state.resize(to: TerminalSize(rows: 24, columns: 80))
    Snapshot.expect(state.frame, "resized-back-80x24")
  }

  @Test func saysHowBigTheTerminalMustBe() throws {
    var state = try ScreenFixture.state(rows: 8, columns: 30)
    Snapshot.expect(state.frame, "too-small-30x8")
    #expect(state.press("j").isEmpty)
    #expect(state.press("q") == [.quit])
  }

  @Test(arguments: [(24, 80), (40, 120)])
  func showsEveryKeyInHelp(rows: Int, columns: Int) throws {
    var state = try ScreenFixture.state(rows: rows, columns: columns)
    state.press("?")
    Snapshot.expect(state.frame, "help-\(columns)x\(rows)")
  }

  @Test(arguments: [(24, 80), (40, 120)])
  func showsTheCodebookWithTheRulesOfTheHighlightedCode(rows: Int, columns: Int) throws {
    var state = try ScreenFixture.state(rows: rows, columns: columns)
    state.press("c{down}{down}")
    Snapshot.expect(state.frame, "codebook-\(columns)x\(rows)")
  }

  @Test func reloadsWhenAnotherProgramChangedTheFile() throws {
    var state = try ScreenFixture.state()
    #expect(state.press("aT1/2a*, T2/1b{enter}") == [.save])
    var onDisk = try ScreenFixture.emptySheet()
    onDisk.codings = [
      Coding(
        transcript: onDisk.transcript, segment: SegmentID(number: 8),
        code: CodePath(components: ["T2", "2", "2a"]))
    ]
    state.reload(onDisk)
    #expect(state.sheet.codings == onDisk.codings)
    Snapshot.expect(state.frame, "conflict-reload-80x24")
  }

  @Test func takesBackAChangeThatCouldNotBeSaved() throws {
    var state = try ScreenFixture.state()
    let before = state.sheet
    state.press("a1b*{tab}")
    #expect(state.press("{enter}") == [.save])
    state.saveFailed("cannot write the file: No space left on device")
    #expect(state.sheet == before)
    Snapshot.expect(state.frame, "save-failed-80x24")
  }

  @Test func highlightsSearchMatches() throws {
    var state = try ScreenFixture.state()
    state.press("g/peer{enter}")
    #expect(state.currentSegment.id.rawValue == "S2")
    Snapshot.expect(state.frame, "search-80x24")
  }

  @Test func editsAMemoInThePrompt() throws {
    var state = try ScreenFixture.state()
    state.press(":2{enter}lm")
    Snapshot.expect(state.frame, "memo-prompt-80x24")
  }
}
