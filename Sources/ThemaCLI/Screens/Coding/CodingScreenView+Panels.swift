import ThemaCore
import ThemaTerminal

extension CodingScreenView {
  /// The completion menu above the apply prompt: matching codes with their names, the one Tab
  /// put into the text highlighted, and the definition of that (or the best) match.
  static func drawMenu(
    _ state: CodingScreenState, _ prompt: CodingPrompt, area: ScreenRect, into frame: inout Frame
  ) {
    for row in area.row..<area.bottom { frame.fill(row: row, from: area.column, to: area.right) }
    let query = prompt.completionQuery.trimmed()
    let count = prompt.candidates.count
    let title: String
    if query.isEmpty {
      title = "Type a code's ID (1a, T2/1a) or a word of its name; Tab completes"
    } else if count == 0 {
      title = "No code matches '\(query)'"
    } else {
      let more = count >= CodingPrompt.candidateLimit ? "+" : ""
      title = "\(count)\(more) code\(count == 1 ? "" : "s") match '\(query)' · Tab/↓ to pick"
    }
    let rule = String(repeating: "─", count: area.width)
    frame.put(rule, row: area.row, column: area.column, style: ScreenTheme.border)
    frame.put(
      " " + FrameText.fit(title, width: area.width - 4) + " ", row: area.row,
      column: area.column + 1, style: ScreenTheme.key)
    let listRows = max(1, area.height - 3)
    guard count > 0 else { return }
    let focus = prompt.highlighted ?? 0
    let top = max(0, min(focus - listRows + 1, count - listRows))
    let shown = prompt.candidates[top..<min(count, top + listRows)]
    let nameColumn =
      min(14, shown.map { DisplayWidth.of(state.codebook.shortName($0)) }.max() ?? 0) + 4
    for (offset, path) in shown.enumerated() {
      let row = area.row + 1 + offset
      let index = top + offset
      let isHighlighted = prompt.highlighted == index
      let style = isHighlighted ? ScreenTheme.selected : CellStyle.plain
      if isHighlighted { frame.fill(row: row, from: area.column, to: area.right, style: style) }
      frame.put(
        state.codebook.shortName(path), row: row, column: area.column + 2,
        style: style.adding(.bold))
      let name = state.codebook.entry(path)?.code.name ?? ""
      frame.put(
        FrameText.fit(name, width: area.width - nameColumn - 1), row: row,
        column: area.column + nameColumn, style: style)
    }
    let described = prompt.candidates[min(focus, count - 1)]
    let definition = state.codebook.entry(described)?.code.definition ?? ""
    guard !definition.isEmpty else { return }
    let lines = WrappedText(definition, width: area.width - 4).lines
    for (offset, line) in lines.prefix(2).enumerated() {
      let text =
        offset == 1 && lines.count > 2
        ? FrameText.fit(line.text + " …", width: area.width - 4) : String(line.text)
      frame.put(
        text, row: area.bottom - 2 + offset, column: area.column + 2, style: ScreenTheme.dim)
    }
  }

  /// The codebook pane: the tree with the highlighted code, then its definition, rules and
  /// example.
  static func drawPane(
    _ state: CodingScreenState, _ pane: CodebookPane, area: ScreenRect, separator: Bool,
    into frame: inout Frame
  ) {
    for row in area.row..<area.bottom {
      frame.fill(row: row, from: area.column, to: area.right)
      if separator {
        frame.put("│", row: row, column: area.column - 1, style: ScreenTheme.border)
      }
    }
    let entries = state.codebook.entries
    let width = area.width - 1
    let left = area.column + 1
    frame.put(
      FrameText.fit("Codebook: " + state.codebook.codebook.title, width: width - 1),
      row: area.row, column: left, style: ScreenTheme.heading)
    guard !entries.isEmpty, area.height > 4 else { return }
    let treeRows = max(3, min(entries.count, (area.height - 2) * 2 / 5))
    let top = max(0, min(pane.cursor - treeRows / 2, entries.count - treeRows))
    for (offset, entry) in entries[top..<min(entries.count, top + treeRows)].enumerated() {
      let row = area.row + 1 + offset
      let index = top + offset
      let indent = String(repeating: "  ", count: entry.depth - 1)
      let text = FrameText.fit(indent + entry.code.id + " " + entry.code.name, width: width - 1)
      if index == pane.cursor {
        frame.fill(row: row, from: area.column, to: area.right, style: ScreenTheme.selected)
        frame.put(text, row: row, column: left, style: ScreenTheme.selected)
      } else {
        frame.put(text, row: row, column: left)
      }
    }
    let ruleRow = area.row + 1 + treeRows
    frame.put(
      String(repeating: "─", count: width), row: ruleRow, column: area.column,
      style: ScreenTheme.border)
    let entry = entries[min(pane.cursor, entries.count - 1)]
    drawDetails(
      state, entry,
      area: ScreenRect(
        row: ruleRow + 1, column: left, height: area.bottom - ruleRow - 1, width: width - 1),
      into: &frame)
  }

  private static func drawDetails(
    _ state: CodingScreenState, _ entry: CodeEntry, area: ScreenRect, into frame: inout Frame
  ) {
    var lines: [(String, CellStyle)] = []
    for line in WrappedText(entry.path.description + "  " + entry.code.name, width: area.width)
      .lines
    {
      lines.append((String(line.text), ScreenTheme.current))
    }
    let code = entry.code
    let fields = [
      ("Definition", code.definition), ("Include", code.include), ("Exclude", code.exclude),
      ("Example", code.example),
    ]
    let shown = fields.filter { !$0.1.isEmpty }
    if shown.isEmpty && !code.description.isEmpty {
      for line in WrappedText(code.description, width: area.width).lines {
        lines.append((String(line.text), .plain))
      }
    }
    for (name, value) in shown {
      for line in WrappedText(name + ": " + value, width: area.width).lines {
        lines.append((String(line.text), .plain))
      }
    }
    for (offset, (text, style)) in lines.prefix(area.height).enumerated() {
      let isLast = offset == area.height - 1 && lines.count > area.height
      let row = area.row + offset
      frame.put(
        isLast ? FrameText.fit(text + " …", width: area.width) : text, row: row,
        column: area.column, style: style, limit: area.right)
      // Field names in bold, so the rules are easy to find.
      for (name, _) in shown where text.hasPrefix(name + ": ") {
        frame.restyle(row: row, from: area.column, to: area.column + name.count + 1) {
          $0.adding(.bold)
        }
      }
    }
  }
}
