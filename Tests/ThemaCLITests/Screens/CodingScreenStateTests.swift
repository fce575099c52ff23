import Testing
import ThemaCore
import ThemaTerminal

@testable import ThemaCLI

/// The coding screen's behaviour, key by key, read from its state and sheet.
@Suite struct CodingScreenStateTests {
  private func codes(_ state: CodingScreenState, _ segment: Int) -> [String] {
    state.codings[segment - 1].map { coding in
      coding.code.description + (coding.span.map { "@\($0)" } ?? "") + coding.flags.symbols
    }
  }

  @Test func appliesSeveralCodesAtOnceAsOneChange() throws {
    var state = try ScreenFixture.state()
    #expect(state.press("aT1/1a T2/1b*{enter}") == [.save])
    #expect(codes(state, 6) == ["T1/1/1a", "T2/1/1b*"])
    #expect(state.codedCount == 3)
    #expect(state.press("u") == [.save])
    #expect(codes(state, 6).isEmpty)
    #expect(state.codedCount == 2)
  }

  @Test func appliesACodeByWordsOfItsName() throws {
    var state = try ScreenFixture.state()
    state.press("aoutreach{enter}")
    #expect(codes(state, 6) == ["T2/1/1a"])
    state.press("ahiring req{enter}")
    #expect(codes(state, 6) == ["T1/1/1a", "T2/1/1a"])
    state.press("aGroups led, navigation{enter}")
    #expect(codes(state, 6) == ["T1/1/1a", "T2/1/1a", "T2/1/1b", "T2/2/2a"])
  }

  @Test(arguments: [
    ("a1a{enter}", "code '1a' is ambiguous; it could be T1/1a, T2/1a"),
    ("aexperience{enter}", "code 'experience' is ambiguous; it could be T1/1, T1/1a, T1/1b"),
    ("azzz{enter}", "codebook 'peer-work' has no code 'zzz'"),
    ("aT1/1a zzz{enter}", "codebook 'peer-work' has no code 'zzz'"),
  ])
  func appliesNothingWhenACodeIsUnknownOrAmbiguous(keys: String, message: String) throws {
    var state = try ScreenFixture.state()
    let before = state.sheet
    #expect(state.press(keys).isEmpty)
    #expect(state.sheet == before)
    #expect(state.message?.kind == .error)
    #expect(state.message?.text.hasPrefix(message) == true)
    guard case .prompt(let prompt) = state.mode else {
      Issue.record("the prompt should stay open to fix the code")
      return
    }
    #expect(prompt.editor.text == String(keys.dropFirst().dropLast("{enter}".count)))
  }

  @Test func completionCyclesThroughCandidatesAndBack() throws {
    var state = try ScreenFixture.state()
    state.press("a1a")
    guard case .prompt(let typed) = state.mode else { throw Failure("no prompt") }
    #expect(typed.candidates.map(\.description) == ["T1/1/1a", "T2/1/1a"])
    state.press("{tab}")
    guard case .prompt(let first) = state.mode else { throw Failure("no prompt") }
    #expect(first.editor.text == "T1/1a")
    state.press("{tab}{tab}{backtab}")
    guard case .prompt(let cycled) = state.mode else { throw Failure("no prompt") }
    #expect(cycled.editor.text == "T2/1a")
    #expect(cycled.highlighted == 1)
    state.press(" 2")
    guard case .prompt(let next) = state.mode else { throw Failure("no prompt") }
    #expect(next.editor.text == "T2/1a 2")
    #expect(next.completionQuery == "2")
  }

  @Test func removesStarsAndWritesMemosOnThePickedCoding() throws {
    var state = try ScreenFixture.state()
    state.press(":2{enter}")
    #expect(
      codes(state, 2) == [
        "T2/1/1a",
        "T2/1/1a@\(ScreenFixture.span(of: "the peers bring water, socks and time.", inSegment: 2))*",
      ])
    #expect(state.press("ls") == [.save])
    #expect(
      codes(state, 2)[1].hasSuffix(
        "@\(ScreenFixture.span(of: "the peers bring water, socks and time.", inSegment: 2))"))
    state.press("m{C-r}")
    #expect(state.press("{end} today{enter}") == [.save])
    #expect(state.codings[1][1].memo == "Concrete outreach today")
    #expect(state.press("hx") == [.save])
    #expect(codes(state, 2).count == 1)
    #expect(state.codings[1][0].memo == "Concrete outreach today")
  }

  @Test func undoAndRedoWalkTheHistoryAndANewChangeClearsRedo() throws {
    var state = try ScreenFixture.state()
    state.press("aT1/1a{enter}")
    state.press("aT1/1b{enter}")
    state.press("D")
    #expect(state.isDone)
    state.press("uuu")
    #expect(!state.isDone)
    #expect(codes(state, 6).isEmpty)
    #expect(state.press("u").isEmpty)
    #expect(state.message?.text == "Nothing to undo.")
    state.press("U")
    #expect(codes(state, 6) == ["T1/1/1a"])
    state.press("aT2/2a{enter}")
    #expect(state.press("{C-r}").isEmpty)
    #expect(codes(state, 6) == ["T1/1/1a", "T2/2/2a"])
  }

  @Test func undoMovesBackToTheSegmentItChanges() throws {
    var state = try ScreenFixture.state()
    state.press("aT1/1a{enter}g")
    #expect(state.current == 0)
    state.press("u")
    #expect(state.current == 5)
  }

  @Test func aFailedSaveTakesBackUndoAndRedoToo() throws {
    var state = try ScreenFixture.state()
    state.press("aT1/1a{enter}")
    state.saveSucceeded()
    state.press("u")
    state.saveFailed("disk full")
    #expect(codes(state, 6) == ["T1/1/1a"])
    state.press("u")
    state.saveSucceeded()
    state.press("U")
    state.saveFailed("disk full")
    #expect(codes(state, 6).isEmpty)
    #expect(state.press("U") == [.save])
    #expect(codes(state, 6) == ["T1/1/1a"])
  }

  @Test func narrowingKeepsWholeWordsAndSentences() throws {
    var state = try ScreenFixture.state()
    let quote = "the peers bring water, socks and time."
    state.press(":2{enter}lv")
    guard case .narrow(let start) = state.mode else { throw Failure("not narrowing") }
    #expect(start.span == ScreenFixture.span(of: quote, inSegment: 2))
    state.press("k")
    guard case .narrow(let shrunk) = state.mode else { throw Failure("not narrowing") }
    #expect(shrunk.wordCount == 1)
    state.press("(")
    guard case .narrow(let previous) = state.mode else { throw Failure("not narrowing") }
    let first = "I run a small outreach team of four peers and a nurse."
    #expect(previous.span == ScreenFixture.span(of: first, inSegment: 2))
    state.press("{down}")
    guard case .narrow(let grown) = state.mode else { throw Failure("not narrowing") }
    let second = " We go out to the river every week, and the peers bring water, socks and time."
    #expect(grown.span == ScreenFixture.span(of: first + second, inSegment: 2))
    // Back to the whole segment: merged into the whole-segment coding already there.
    #expect(state.press("w") == [.save])
    #expect(codes(state, 2) == ["T2/1/1a*"])
    #expect(state.codings[1][0].memo == "Concrete outreach")
  }

  @Test func narrowingCanBeCancelled() throws {
    var state = try ScreenFixture.state()
    let before = state.sheet
    #expect(state.press(":2{enter}v++{esc}").isEmpty)
    #expect(state.sheet == before)
    #expect(state.mode == .browse)
  }

  @Test func movesByUncodedAnswersSkippingTheInterviewer() throws {
    var state = try ScreenFixture.state()
    #expect(state.currentSegment.id.rawValue == "S6")
    state.press("{tab}")
    #expect(state.currentSegment.id.rawValue == "S8")
    state.press("{backtab}{backtab}")
    #expect(state.currentSegment.id.rawValue == "S6")
    #expect(state.message?.text == "No uncoded answers before S6.")
  }

  @Test func jumpsAndSearches() throws {
    var state = try ScreenFixture.state()
    state.press(":s10{enter}")
    #expect(state.currentSegment.id.rawValue == "S10")
    state.press(":S99{enter}")
    #expect(state.message?.text.hasPrefix("transcript T-01 has no segment 'S99'") == true)
    state.press("{esc}/GROUP{enter}")
    #expect(state.currentSegment.id.rawValue == "S8")
    state.press("n")
    #expect(state.currentSegment.id.rawValue == "S9")
    state.press("nn")
    #expect(state.currentSegment.id.rawValue == "S8")
    state.press("N")
    #expect(state.currentSegment.id.rawValue == "S10")
    state.press("/zebra{enter}")
    #expect(state.message?.text == "No segment contains 'zebra'.")
  }

  @Test func movesAndPagesWithinTheTranscript() throws {
    var state = try ScreenFixture.state()
    state.press("g")
    #expect(state.current == 0)
    state.press("k")
    #expect(state.current == 0)
    state.press("{pgdn}")
    let paged = state.current
    #expect(paged > 1)
    state.press("{pgup}")
    #expect(state.current < paged)
    state.press("G")
    #expect(state.current == 11)
    state.press("j")
    #expect(state.current == 11)
  }

  @Test func appliesFromTheCodebookPane() throws {
    var state = try ScreenFixture.state()
    #expect(state.press("cG{enter}") == [.save])
    #expect(codes(state, 6) == ["T2/2/2a"])
    state.press("{esc}")
    #expect(state.mode == .browse)
  }

  @Test func reloadDropsTheUnsavedChangeAndTheHistory() throws {
    var state = try ScreenFixture.state()
    state.press("aT1/1a{enter}")
    state.saveSucceeded()
    state.press("aT1/1b{enter}")
    let onDisk = try ScreenFixture.emptySheet()
    state.reload(onDisk)
    #expect(state.sheet.codings.isEmpty)
    #expect(state.codedCount == 0)
    #expect(state.press("u").isEmpty)
    #expect(state.message?.text == "Nothing to undo.")
  }

  @Test func refusesChangesWhileTheFileOnDiskIsBroken() throws {
    var state = try ScreenFixture.state()
    state.press("aT1/1a{enter}")
    state.blockEditing("the file has errors")
    #expect(codes(state, 6).isEmpty)
    #expect(state.press("aT1/1a{enter}").isEmpty)
    #expect(state.press("D").isEmpty)
    #expect(state.message?.text.hasPrefix("Changes are off: the file has errors") == true)
    state.reload(try ScreenFixture.sheet())
    #expect(state.press("aT1/1a{enter}") == [.save])
  }

  @Test func digitsStartTheApplyPrompt() throws {
    var state = try ScreenFixture.state()
    state.press("2")
    guard case .prompt(let prompt) = state.mode else { throw Failure("no prompt") }
    #expect(prompt.kind == .apply)
    #expect(prompt.editor.text == "2")
  }

  @Test func readsAQuickEscapeAndKeyAsTwoKeys() throws {
    var state = try ScreenFixture.state()
    state.press("a")
    _ = state.update(Key(.character("j"), modifiers: .alt))
    #expect(state.mode == .browse)
    #expect(state.currentSegment.id.rawValue == "S7")
  }

  @Test func savesTheSheetInCanonicalOrder() throws {
    var state = try ScreenFixture.state()
    state.press("aT2/2a T1/1a{enter}")
    let tsv = state.sheet.tsv()
    let parsed = CodingSheet.parse(
      tsv: tsv, transcript: state.transcript.id, coder: state.coder, file: "alice.tsv")
    #expect(parsed.diagnostics.isEmpty)
    #expect(parsed.sheet.codings == state.sheet.sorted().codings)
    #expect(tsv.contains("S6\tT1/1/1a\nS6\tT2/2/2a\n"))
  }

  /// Keys on a transcript of thousands of segments stay local: scrolling measures only the
  /// segments near the view.
  @Test func movesThroughALongTranscript() throws {
    let base = try ScreenFixture.transcript()
    var segments: [Segment] = []
    for number in 1...3000 {
      segments.append(
        Segment(id: SegmentID(number: number), speaker: "P", text: "Words \(number) here."))
    }
    let transcript = Transcript(id: base.id, attributes: base.attributes, segments: segments)
    var state = CodingScreenState(
      transcript: transcript, codebook: CodebookIndex(ScreenFixture.codebook),
      sheet: try ScreenFixture.emptySheet(), codingsFile: "alice.tsv",
      size: TerminalSize(rows: 24, columns: 80))
    state.press("G")
    #expect(state.currentSegment.id.rawValue == "S3000")
    #expect((0..<24).contains { state.frame.text(row: $0).hasPrefix("▶ S3000") })
    state.press(":1500{enter}aT1/1a{enter}{tab}")
    #expect(state.currentSegment.id.rawValue == "S1501")
    #expect(state.codedCount == 1)
  }
}

struct Failure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
