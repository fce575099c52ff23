import Testing
import ThemaTerminal

@testable import ThemaCLI

@Suite struct WrappedTextTests {
  private func lines(_ text: String, _ width: Int) -> [String] {
    WrappedText(text, width: width).lines.map { String($0.text) }
  }

  @Test(arguments: [
    ("the quick brown fox", 10, ["the quick", "brown fox"]),
    ("the quick brown fox", 9, ["the quick", "brown fox"]),
    ("the quick brown fox", 8, ["the", "quick", "brown", "fox"]),
    ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
    ("two  spaces here", 6, ["two", "spaces", "here"]),
    ("line one\nline two", 20, ["line one", "line two"]),
    ("日本語のテキスト", 6, ["日本語", "のテキ", "スト"]),
    ("cafe\u{301} au lait", 7, ["cafe\u{301} au", "lait"]),
    ("", 5, [""]),
  ])
  func wrapsAtSpacesByDisplayWidth(text: String, width: Int, expected: [String]) {
    #expect(lines(text, width) == expected)
  }

  @Test func remembersWhereEachLineStartsInScalars() {
    let wrapped = WrappedText("cafe\u{301} au lait\nnext", width: 7)
    #expect(wrapped.lines.map(\.start) == [0, 9, 14])
  }
}

@Suite struct LineEditorTests {
  private func edit(_ start: String, _ script: String) -> (String, Int) {
    var editor = LineEditor(start)
    for key in KeyScript.keys(script) { _ = editor.handle(key) }
    return (editor.text, editor.cursor)
  }

  @Test(arguments: [
    ("", "abc", "abc", 3), ("abc", "{bs}", "ab", 2), ("abc", "{home}x", "xabc", 1),
    ("abc", "{left}{left}{del}", "ac", 1), ("one two", "{C-w}", "one ", 4),
    ("日本", "{left}x", "日x本", 2),
  ])
  func editsLikeAShellLine(start: String, script: String, text: String, cursor: Int) {
    let (result, position) = edit(start, script)
    #expect(result == text)
    #expect(position == cursor)
  }

  @Test func reportsSubmitAndCancel() {
    var editor = LineEditor("x")
    #expect(editor.handle(.enter) == .submitted)
    #expect(editor.handle(.escape) == .cancelled)
    #expect(editor.handle(.pageDown) == .ignored)
  }

  @Test func keepsTheCursorInViewWhenTheTextIsLong() {
    var frame = Frame(size: TerminalSize(rows: 1, columns: 10))
    let editor = LineEditor("abcdefghijklmnop")
    editor.draw(into: &frame, row: 0, column: 0, width: 6)
    #expect(frame.text(row: 0) == "lmnop     ")
    #expect(frame.cursor == CellPosition(row: 0, column: 5))
  }
}

@Suite struct ListScrollTests {
  @Test func scrollsAsLittleAsNeeded() {
    var scroll = ListScroll()
    let height = { (_: Int) in 3 }
    scroll.reveal(item: 2, viewport: 10, height: height)
    #expect(scroll == ListScroll(top: 0, topLine: 0))
    scroll.reveal(item: 4, viewport: 10, height: height)
    #expect(scroll == ListScroll(top: 1, topLine: 2))
    scroll.reveal(item: 0, viewport: 10, height: height)
    #expect(scroll == ListScroll(top: 0, topLine: 0))
  }

  @Test func showsATallItemFromTheLineAsked() {
    var scroll = ListScroll()
    scroll.reveal(item: 1, from: 4, viewport: 5, height: { $0 == 1 ? 20 : 2 })
    #expect(scroll == ListScroll(top: 1, topLine: 4))
  }

  @Test func measuresOnlyItemsNearTheView() {
    var scroll = ListScroll(top: 49_990)
    nonisolated(unsafe) var measured = 0
    scroll.reveal(item: 49_995, viewport: 20) { _ in
      measured += 1
      return 3
    }
    #expect(measured < 20)
  }
}

@Suite struct KeyMapTests {
  @Test func everyBrowseKeyInHelpDoesSomething() {
    let map = CodingScreenKeys.browse
    for section in map.sections {
      for binding in section.bindings {
        for key in binding.keys {
          #expect(map.action(for: key) == binding.action, "\(key) in \(section.title)")
        }
      }
    }
  }

  @Test func noKeyIsBoundTwiceOnOneScreen() {
    for keys in [
      CodingScreenKeys.browse.sections.flatMap(\.bindings).flatMap(\.keys),
      CodingScreenKeys.narrow.sections.flatMap(\.bindings).flatMap(\.keys),
      CodingScreenKeys.pane.sections.flatMap(\.bindings).flatMap(\.keys),
    ] {
      #expect(Set(keys).count == keys.count)
    }
  }
}
