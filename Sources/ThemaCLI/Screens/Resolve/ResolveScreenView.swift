import ThemaCore
import ThemaTerminal

/// Draws the resolve screen: `render(state, size)` is a pure function from the state to a
/// frame. The segment's text is shown with each coder's quotes marked (the first coder's
/// underlined, the second's in bold), then the code's rules, both coders' codings and the
/// decision.
enum ResolveScreenView {
  /// The smallest terminal the screen draws in.
  static let minimum = TerminalSize(rows: 12, columns: 40)

  /// The first coder's quotes in the text.
  static let firstStyle = CellStyle(.underline, foreground: .cyan)
  /// The second coder's quotes.
  static let secondStyle = CellStyle(.bold, foreground: .magenta)

  static func render(_ state: ResolveScreenState, size: TerminalSize) -> Frame {
    var frame = Frame(size: size)
    guard size.rows >= minimum.rows, size.columns >= minimum.columns else {
      let text =
        "The terminal is \(size). The resolve screen needs at least \(minimum): make the window "
        + "bigger, or press q to quit."
      for (index, line) in WrappedText(text, width: size.columns).lines.enumerated() {
        frame.put(line.text, row: index, column: 0)
      }
      return frame
    }
    drawTitle(state, into: &frame)
    let statusRow = size.rows - 2
    let panel = panelLines(state, width: size.columns - 2)
    let panelHeight = min(panel.count, max(3, (size.rows - 4) / 2))
    let panelTop = statusRow - panelHeight
    if let item = state.item, let segment = state.segment {
      drawSegment(state, item, segment, rows: 2..<max(2, panelTop - 1), into: &frame)
      frame.put(
        String(repeating: "─", count: size.columns), row: panelTop - 1, column: 0,
        style: ScreenTheme.border)
      for (offset, line) in panel.prefix(panelHeight).enumerated() {
        frame.put(
          FrameText.fit(line.text, width: size.columns - 2), row: panelTop + offset, column: 1,
          style: line.style)
      }
    } else {
      let text =
        state.session.plan.disagreements.isEmpty
        ? "The coders agree on every code of every segment: there is nothing to resolve. Press A "
          + "to review the agreements, q to quit."
        : "No item to show."
      for (index, line) in WrappedText(text, width: size.columns - 2).lines.enumerated() {
        frame.put(line.text, row: 3 + index, column: 1)
      }
    }
    drawStatus(state, row: statusRow, into: &frame)
    drawHints(state, row: size.rows - 1, into: &frame)
    if case .help(let scroll) = state.mode {
      frame.cursor = nil
      HelpOverlay.draw(
        title: "Keys of the resolve screen", intro: ResolveScreenKeys.helpIntro,
        sections: ResolveScreenKeys.helpSections,
        footer: "Every decision is saved at once. Press any other key to close.", scroll: scroll,
        into: &frame,
        area: ScreenRect(row: 1, column: 0, height: size.rows - 2, width: size.columns))
    }
    return frame
  }

  private static func drawTitle(_ state: ResolveScreenState, into frame: inout Frame) {
    let width = frame.size.columns
    frame.fill(row: 0, style: ScreenTheme.titleDetail)
    let plan = state.session.plan
    let progress = state.progress
    let right = " \(progress.decided) of \(progress.total) decided "
    let left = " \(plan.transcript) · \(plan.first) vs \(plan.second) · lead \(state.session.lead)"
    frame.put(
      FrameText.fit(left, width: width - DisplayWidth.of(right)), row: 0, column: 0,
      style: ScreenTheme.title)
    frame.put(right, row: 0, column: width - DisplayWidth.of(right), style: ScreenTheme.title)
    var detail = " "
    if let item = state.item, let segment = state.segment {
      let kind = item.isDisagreement ? "Disagreement" : "Agreement"
      detail +=
        "\(kind) \(state.current + 1) of \(state.items.count) · \(segment.id) \(segment.speaker)"
      if let start = segment.start { detail += " \(start)" }
    }
    detail += "   "
    let x = frame.put(
      FrameText.fit(detail, width: width), row: 1, column: 0, style: ScreenTheme.dim)
    let legend = [(plan.first.rawValue, firstStyle), (plan.second.rawValue, secondStyle)]
    var column = max(x, width - legend.reduce(0) { $0 + DisplayWidth.of($1.0) + 2 } - 1)
    for (name, style) in legend where column < width {
      column = frame.put(name, row: 1, column: column, style: style) + 2
    }
  }

  private static func drawSegment(
    _ state: ResolveScreenState, _ item: ResolutionItem, _ segment: Segment, rows: Range<Int>,
    into frame: inout Frame
  ) {
    let width = frame.size.columns - 2
    let wrapped = WrappedText(segment.text, width: width)
    let length = segment.length
    let firstSpans = item.first.map { $0.span ?? TextSpan(start: 0, end: length) }
    let secondSpans = item.second.map { $0.span ?? TextSpan(start: 0, end: length) }
    var narrowed: TextSpan?
    if case .span(let narrowing) = state.mode { narrowed = narrowing.span }
    // Start so that the first marked quote is on screen.
    let marks = (firstSpans + secondSpans).map(\.start) + (narrowed.map { [$0.start] } ?? [])
    let firstMarked = marks.min() ?? 0
    let markedLine = wrapped.lines.lastIndex { $0.start <= firstMarked } ?? 0
    let skip = max(0, min(markedLine - 1, wrapped.lines.count - rows.count))
    for (offset, line) in wrapped.lines.dropFirst(skip).prefix(rows.count).enumerated() {
      let row = rows.lowerBound + offset
      frame.put(line.text, row: row, column: 1)
      // Restyle each character inside a quote.
      var column = 1
      var scalar = line.start
      for character in line.text {
        let width = DisplayWidth.of(character)
        let inFirst = firstSpans.contains { $0.start <= scalar && scalar < $0.end }
        let inSecond = secondSpans.contains { $0.start <= scalar && scalar < $0.end }
        let inNarrowed = narrowed.map { $0.start <= scalar && scalar < $0.end } ?? false
        if inFirst || inSecond || inNarrowed {
          frame.restyle(row: row, from: column, to: column + width) { _ in
            if inNarrowed { return ScreenTheme.quote }
            if inFirst && inSecond { return CellStyle([.underline, .bold], foreground: .cyan) }
            return inFirst ? firstStyle : secondStyle
          }
        }
        column += width
        scalar += character.unicodeScalars.count
      }
    }
  }

  /// The lines under the text: the code, each coder's codings, the rules and the decision.
  static func panelLines(_ state: ResolveScreenState, width: Int) -> [(
    text: String, style: CellStyle
  )] {
    guard let item = state.item else { return [] }
    let plan = state.session.plan
    var lines: [(String, CellStyle)] = []
    if case .recode(let editor, let choice) = state.mode {
      lines.append(
        ("Which code applies instead? Type an ID or words of its name:", ScreenTheme.heading))
      for (index, entry) in state.recodeMatches(editor.text).enumerated() {
        let text = "\(state.codebook.shortName(entry.path))  \(entry.code.name)"
        lines.append((text, index == choice ? ScreenTheme.selected : .plain))
      }
      return lines
    }
    let entry = state.codebook.entry(item.code)
    lines.append(
      ("\(state.codebook.shortName(item.code))  \(entry?.code.name ?? "")", ScreenTheme.heading))
    let nameWidth = max(plan.first.rawValue.count, plan.second.rawValue.count)
    for (coder, codings, style) in [
      (plan.first, item.first, firstStyle), (plan.second, item.second, secondStyle),
    ] {
      let name = coder.rawValue.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
      var text = "\(name)  \(ConsensusSupport.side(codings))"
      let memos = codings.map(\.memo).filter { !$0.isEmpty }
      if !memos.isEmpty { text += "  memo: " + memos.joined(separator: " / ") }
      lines.append((text, codings.isEmpty ? ScreenTheme.dim : style))
    }
    if let code = entry?.code {
      for (label, value) in [
        ("Definition", code.definition), ("Include", code.include), ("Exclude", code.exclude),
      ]
      where !value.isEmpty {
        for (index, line) in WrappedText("\(label): \(value)", width: width).lines.prefix(2)
          .enumerated()
        {
          lines.append(((index == 0 ? "" : "  ") + String(line.text), ScreenTheme.dim))
        }
      }
    }
    if let record = state.session.decided[item.key] {
      var text = "Decided: \(state.describe(record.decision)) (\(record.lead))"
      if !record.rationale.isEmpty { text += " · “\(record.rationale)”" }
      lines.append((text, ScreenTheme.message(.success)))
    } else if item.isDisagreement {
      lines.append(
        (
          "Undecided: 1 \(plan.first)  2 \(plan.second)  3 both  0 neither  c other code  v span",
          ScreenTheme.key
        ))
    } else {
      lines.append(
        (
          "Agreed: both applied it; their quotes are merged unless you decide otherwise.",
          ScreenTheme.dim
        ))
    }
    return lines
  }

  private static func drawStatus(_ state: ResolveScreenState, row: Int, into frame: inout Frame) {
    let width = frame.size.columns
    switch state.mode {
    case .rationale(let editor, let pending):
      let label =
        pending.map { "Why \(state.describe($0.name))? (Enter to record, Esc to take back):" }
        ?? "Rationale:"
      let short =
        DisplayWidth.of(label) > width / 2 ? "Why? (Enter records, Esc takes back):" : label
      let x = frame.put(short, row: row, column: 1, style: ScreenTheme.key)
      editor.draw(into: &frame, row: row, column: x + 1, width: width - x - 2)
    case .recode(let editor, _):
      let x = frame.put("Code:", row: row, column: 1, style: ScreenTheme.key)
      editor.draw(into: &frame, row: row, column: x + 1, width: width - x - 2)
    case .span(let narrowing):
      let quote = state.segment.flatMap { narrowing.span.slice(of: $0.text) } ?? ""
      frame.put(
        FrameText.fit("Span of \(narrowing.wordCount) words: “\(quote)”", width: width - 2),
        row: row,
        column: 1, style: ScreenTheme.dim)
    default:
      if let message = state.message {
        frame.put(
          FrameText.fit(message.text, width: width - 2), row: row, column: 1,
          style: ScreenTheme.message(message.kind))
      }
    }
  }

  private static func drawHints(_ state: ResolveScreenState, row: Int, into frame: inout Frame) {
    let hints: [(key: String, summary: String)]
    switch state.mode {
    case .browse:
      hints = [
        ("?", "help"), ("q", "quit"), ("1 2", "a coder's"), ("3", "both"), ("0", "neither"),
        ("c", "other code"), ("v", "span"), ("Tab", "next open"), ("u", "undo"),
        ("A", "agreements"),
      ]
    case .rationale(_, let pending):
      hints = [
        ("Enter", pending == nil ? "keep" : "record"),
        ("Esc", pending == nil ? "cancel" : "take back"),
      ]
    case .recode:
      hints = [("Enter", "choose"), ("Tab ↓↑", "next / previous"), ("Esc", "cancel")]
    case .span:
      hints = [
        ("←→", "move"), ("+ -", "word"), ("↓↑", "sentence"), ("w", "whole"), ("Enter", "keep"),
        ("Esc", "cancel"),
      ]
    case .help:
      hints = [("↑↓", "scroll"), ("any other key", "closes")]
    }
    FrameText.drawHints(hints, into: &frame, row: row, width: frame.size.columns)
  }
}
