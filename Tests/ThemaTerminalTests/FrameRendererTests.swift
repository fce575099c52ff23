import Testing

@testable import ThemaTerminal

@Suite struct FrameRendererTests {
  private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

  @Test func drawsTheFirstFrameInFullAfterClearing() {
    var renderer = FrameRenderer(usesColor: true)
    var frame = Frame(size: TerminalSize(rows: 2, columns: 4))
    frame.put("hi", row: 1, column: 1, style: CellStyle(.bold, foreground: .red))
    let output = text(renderer.render(frame))
    #expect(output == "\u{1B}[0m\u{1B}[H\u{1B}[2J\u{1B}[?25l\u{1B}[2;2H\u{1B}[0;1;31mhi\u{1B}[0m")
  }

  @Test func redrawsOnlyTheCellsThatChanged() {
    var renderer = FrameRenderer(usesColor: true)
    var frame = Frame(size: TerminalSize(rows: 3, columns: 10))
    frame.put("first line", row: 0, column: 0)
    frame.put("second", row: 1, column: 0)
    _ = renderer.render(frame)
    frame.put("X", row: 1, column: 3)
    #expect(text(renderer.render(frame)) == "\u{1B}[?25l\u{1B}[2;4HX")
    #expect(text(renderer.render(frame)) == "\u{1B}[?25l")
  }

  @Test func redrawsAWideCharacterWholeWhenHalfOfItChanges() {
    var renderer = FrameRenderer(usesColor: false)
    var frame = Frame(size: TerminalSize(rows: 1, columns: 6))
    frame.put("a日b", row: 0, column: 0)
    _ = renderer.render(frame)
    frame.put("x", row: 0, column: 2)
    // The wide character's first cell (now blank) is rewritten too, so no half is left.
    #expect(text(renderer.render(frame)) == "\u{1B}[?25l\u{1B}[1;2H x")
  }

  @Test func leavesColourOutWithoutColour() {
    var renderer = FrameRenderer(usesColor: false)
    var frame = Frame(size: TerminalSize(rows: 1, columns: 3))
    frame.put("ok", row: 0, column: 0, style: CellStyle(.reverse, foreground: .green))
    let output = text(renderer.render(frame))
    #expect(output.contains("\u{1B}[0;7mok"))
    #expect(!output.contains("32"))
  }

  @Test func showsTheCursorWhereTheFrameWantsIt() {
    var renderer = FrameRenderer(usesColor: true)
    var frame = Frame(size: TerminalSize(rows: 2, columns: 4))
    frame.cursor = CellPosition(row: 1, column: 2)
    #expect(text(renderer.render(frame)).hasSuffix("\u{1B}[2;3H\u{1B}[?25h"))
  }

  @Test func drawsInFullAgainAfterInvalidate() {
    var renderer = FrameRenderer(usesColor: true)
    var frame = Frame(size: TerminalSize(rows: 1, columns: 4))
    frame.put("ab", row: 0, column: 0)
    _ = renderer.render(frame)
    renderer.invalidate()
    #expect(text(renderer.render(frame)).hasPrefix("\u{1B}[0m\u{1B}[H\u{1B}[2J"))
  }
}
