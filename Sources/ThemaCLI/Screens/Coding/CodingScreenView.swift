import ThemaCore
import ThemaTerminal

/// Draws the coding screen: `render(state, size)` is a pure function from the state to a
/// frame, so tests compare frames and the shell only diffs and writes them.
public enum CodingScreenView {
  /// The frame for `state` in a terminal of `size`.
  public static func render(_ state: CodingScreenState, size: TerminalSize) -> Frame {
    var state = state
    if state.size != size { state.resize(to: size) }
    var frame = Frame(size: size)
    let layout = CodingScreenLayout(state, size: size)
    if layout.isTooSmall {
      drawTooSmall(size, into: &frame)
      return frame
    }
    drawTitle(state, into: &frame)
    drawList(state, layout, into: &frame)
    if let pane = layout.pane, case .codebook(let paneState) = state.mode {
      drawPane(state, paneState, area: pane, separator: layout.list.width > 0, into: &frame)
    }
    if let menu = layout.menu, case .prompt(let prompt) = state.mode {
      drawMenu(state, prompt, area: menu, into: &frame)
    }
    drawStatus(state, layout, into: &frame)
    drawHints(state, layout, into: &frame)
    if case .help(let scroll) = state.mode {
      frame.cursor = nil
      HelpOverlay.draw(
        title: "Keys of the coding screen", intro: CodingScreenKeys.helpIntro,
        sections: CodingScreenKeys.helpSections, footer: helpFooter, scroll: scroll,
        into: &frame, area: helpArea(layout))
    }
    return frame
  }

  /// Where the help box goes.
  static func helpArea(_ layout: CodingScreenLayout) -> ScreenRect {
    ScreenRect(row: 1, column: 0, height: layout.hintRow - 1, width: layout.size.columns)
  }

  static let helpFooter =
    "Every change is saved to your codings file at once. Press any other key to close."

  private static func drawTooSmall(_ size: TerminalSize, into frame: inout Frame) {
    let minimum = CodingScreenLayout.minimum
    let text =
      "The terminal is \(size). The coding screen needs at least \(minimum): make the window "
      + "bigger, or press q to quit."
    let lines = WrappedText(text, width: max(1, size.columns)).lines
    let top = max(0, (size.rows - lines.count) / 2)
    for (index, line) in lines.enumerated() {
      frame.put(line.text, row: top + index, column: 0, style: ScreenTheme.current)
    }
  }

  private static func drawTitle(_ state: CodingScreenState, into frame: inout Frame) {
    let width = frame.size.columns
    frame.fill(row: 0, style: ScreenTheme.titleDetail)
    let count = state.transcript.segments.count
    var right =
      "\(state.currentSegment.id.rawValue) · \(state.current + 1)/\(count) · "
      + "\(state.codedCount) coded"
    if state.isDone { right += " · done ✓" }
    right += " "
    let rightWidth = DisplayWidth.of(right)
    let left =
      " \(state.transcript.id.rawValue) · \(state.coder.rawValue) · "
    var x = frame.put(left, row: 0, column: 0, style: ScreenTheme.title, limit: width - rightWidth)
    x = frame.put(
      FrameText.fit(state.codebook.codebook.name, width: max(0, width - rightWidth - x - 1)),
      row: 0, column: x, style: ScreenTheme.titleDetail)
    frame.put(right, row: 0, column: max(x + 1, width - rightWidth), style: ScreenTheme.title)
    let attributes = state.transcript.attributes.keys.sorted()
      .filter { $0 != "codebook" }
      .map { "\($0): \(state.transcript.attributes[$0] ?? "")" }
      .joined(separator: " · ")
    frame.put(
      FrameText.fit(" " + attributes, width: width), row: 1, column: 0, style: ScreenTheme.dim)
  }

  private static func drawHints(
    _ state: CodingScreenState, _ layout: CodingScreenLayout, into frame: inout Frame
  ) {
    let hints: [(key: String, summary: String)]
    switch state.mode {
    case .browse:
      hints = [
        ("?", "help"), ("q", "quit"), ("a", "apply"), ("Tab", "next uncoded"), ("←→", "pick"),
        ("x", "remove"), ("s", "star"), ("v", "quote"), ("m", "memo"), ("u", "undo"),
        ("c", "codebook"),
      ]
    case .prompt(let prompt):
      if prompt.kind == .apply {
        hints = [
          ("Tab ↓↑", "complete"), ("Enter", "apply"), ("Esc", "cancel"), ("1a 2b", "several"),
          ("1a*", "starred"),
        ]
      } else {
        hints = [("Enter", "OK"), ("Esc", "cancel")]
      }
    case .narrow:
      hints = [
        ("←→", "move"), ("+ -", "add/drop word"), ("↓↑", "sentence"), ("w", "whole"),
        ("Enter", "keep"), ("Esc", "cancel"),
      ]
    case .codebook:
      hints = [
        ("↑↓", "browse"), ("Enter", "apply to \(state.currentSegment.id.rawValue)"),
        ("Esc", "close"), ("?", "help"),
      ]
    case .help:
      hints = [("↑↓ PgDn", "scroll"), ("any other key", "closes")]
    }
    FrameText.drawHints(hints, into: &frame, row: layout.hintRow, width: layout.size.columns)
  }

  private static func drawStatus(
    _ state: CodingScreenState, _ layout: CodingScreenLayout, into frame: inout Frame
  ) {
    let area = layout.status
    var row = area.row
    var promptRow: Int?
    if case .prompt = state.mode { promptRow = area.bottom - 1 }
    if let message = state.message {
      let lines = WrappedText(message.text, width: area.width - 1).lines
      let rows = area.height - (promptRow == nil ? 0 : 1)
      for (index, line) in lines.prefix(rows).enumerated() {
        let text = index == rows - 1 && lines.count > rows ? line.text + " …" : line.text
        frame.put(
          text, row: row, column: 1, style: ScreenTheme.message(message.kind), limit: area.width)
        row += 1
      }
    } else if promptRow == nil {
      frame.put(
        FrameText.fit(statusDetail(state), width: area.width - 1), row: row, column: 1,
        style: ScreenTheme.dim)
    }
    if let promptRow, case .prompt(let prompt) = state.mode {
      let label = promptLabel(state, prompt)
      let x = frame.put(label, row: promptRow, column: 1, style: ScreenTheme.key)
      prompt.editor.draw(into: &frame, row: promptRow, column: x + 1, width: area.width - x - 2)
    }
  }

  private static func promptLabel(_ state: CodingScreenState, _ prompt: CodingPrompt) -> String {
    switch prompt.kind {
    case .apply: return "Apply to \(state.currentSegment.id.rawValue):"
    case .memo(let key): return "Memo on \(state.codebook.shortName(key.code)) (\(key.segment)):"
    case .search: return "Search:"
    case .jump: return "Go to segment:"
    }
  }

  /// The status line when there is no message: the picked coding, or what to do next.
  private static func statusDetail(_ state: CodingScreenState) -> String {
    let here = state.currentSegment.id.rawValue
    if case .narrow(let narrowing) = state.mode {
      let quote = narrowing.span.slice(of: state.currentSegment.text) ?? ""
      return
        "Quote of \(narrowing.wordCount) word\(narrowing.wordCount == 1 ? "" : "s") for "
        + "\(state.codebook.shortName(narrowing.original.code)): “\(quote)”"
    }
    if case .codebook(let pane) = state.mode, pane.cursor < state.codebook.entries.count {
      let entry = state.codebook.entries[pane.cursor]
      return "Enter applies \(state.codeTitle(entry.path)) to \(here)"
    }
    if let editing = state.editingBlocked { return "Changes are off: \(editing)" }
    guard let coding = state.pickedCoding else {
      return "\(here) has no codes. Press a and type a code's ID or name; ? shows every key."
    }
    var text = "\(here): \(state.codeTitle(coding.code))"
    if let span = coding.span {
      let words = span.slice(of: state.currentSegment.text).map {
        $0.split(whereSeparator: \.isWhitespace).count
      }
      text += " · quote of \(words ?? 0) words"
    } else {
      text += " · whole segment"
    }
    if coding.isQuote { text += " · starred" }
    if coding.flags.contains(.unsure) { text += " · unsure" }
    if !coding.memo.isEmpty { text += " · memo: \(coding.memo.replacingNewlines())" }
    let count = state.codings[state.current].count
    if count > 1 { text += " (\(min(state.picked, count - 1) + 1) of \(count), ←→ pick)" }
    return text
  }
}

extension String {
  /// The text on one line: line breaks shown as spaces.
  fileprivate func replacingNewlines() -> String {
    String(map { $0 == "\n" ? " " : $0 })
  }
}
