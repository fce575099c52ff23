import Testing

@testable import ThemaTerminal

@Suite struct FrameTests {
  @Test func placesWideCharactersInTwoCells() {
    var frame = Frame(size: TerminalSize(rows: 1, columns: 8))
    let end = frame.put("a日b", row: 0, column: 0)
    #expect(end == 4)
    #expect(frame[0, 1].text == "日")
    #expect(frame[0, 1].width == 2)
    #expect(frame[0, 2].isContinuation)
    #expect(frame[0, 3].text == "b")
    #expect(frame.text(row: 0) == "a日b    ")
  }

  @Test func keepsCombiningMarksWithTheirLetter() {
    var frame = Frame(size: TerminalSize(rows: 1, columns: 6))
    let end = frame.put("cafe\u{301}!", row: 0, column: 0)
    #expect(end == 5)
    #expect(frame[0, 3].text == "e\u{301}")
    #expect(frame[0, 4].text == "!")
  }

  @Test func leavesOutAWideCharacterThatWouldStraddleTheEdge() {
    var frame = Frame(size: TerminalSize(rows: 1, columns: 4))
    frame.put("abc日", row: 0, column: 0)
    #expect(frame.text(row: 0) == "abc ")
    frame.put("日本", row: 0, column: 0, limit: 3)
    #expect(frame.text(row: 0) == "日  ")
  }

  @Test func blanksTheOtherHalfOfAWideCharacterItOverwrites() {
    var frame = Frame(size: TerminalSize(rows: 1, columns: 4))
    frame.put("日本", row: 0, column: 0)
    frame.put("x", row: 0, column: 1)
    #expect(frame.text(row: 0) == " x本")
    frame.put("y", row: 0, column: 2)
    #expect(frame.text(row: 0) == " xy ")
  }

  @Test func snapshotListsStyledRunsAndTheCursor() {
    var frame = Frame(size: TerminalSize(rows: 2, columns: 5))
    frame.put("ab", row: 0, column: 0, style: CellStyle(.bold))
    frame.put("cd", row: 1, column: 3, style: CellStyle([.reverse, .underline]))
    frame.cursor = CellPosition(row: 1, column: 1)
    #expect(
      frame.snapshot == "ab\n   cd\n-- styles\n0:0-1 bold\n1:3-4 underline reverse\n-- cursor 1:1\n"
    )
  }
}
