import ThemaTerminal

/// A screen's help: a box over the screen with an introduction and every key by section, in
/// two columns when they fit side by side, scrolled when the box is too small.
public enum HelpOverlay {
  /// A titled group of keys and what they do.
  public struct Section: Sendable {
    /// The group's title.
    public var title: String
    /// Keys (as shown) and what they do.
    public var entries: [(keys: String, summary: String)]

    /// Creates a section.
    public init(title: String, entries: [(keys: String, summary: String)]) {
      self.title = title
      self.entries = entries
    }
  }

  private enum Line {
    case heading(String)
    case entry(keys: String, summary: String, keyWidth: Int)
    case text(String)
    case blank
  }

  /// How many lines the help takes inside a box of `area`, to bound scrolling.
  public static func contentHeight(
    intro: String, sections: [Section], footer: String, area: ScreenRect
  ) -> Int {
    layout(intro: intro, sections: sections, footer: footer, area: area).count
  }

  /// Draws the help box over `area`, scrolled down by `scroll` lines.
  public static func draw(
    title: String, intro: String, sections: [Section], footer: String, scroll: Int,
    into frame: inout Frame, area: ScreenRect
  ) {
    guard area.height >= 3, area.width >= 10 else { return }
    for row in area.row..<area.bottom { frame.fill(row: row, from: area.column, to: area.right) }
    drawBox(title: title, into: &frame, area: area)
    let inner = ScreenRect(
      row: area.row + 1, column: area.column + 2, height: area.height - 2, width: area.width - 4)
    let rows = layout(intro: intro, sections: sections, footer: footer, area: area)
    let first = max(0, min(scroll, rows.count - inner.height))
    for (offset, columns) in rows.dropFirst(first).prefix(inner.height).enumerated() {
      for (column, line) in columns {
        draw(
          line, into: &frame, row: inner.row + offset, column: inner.column + column.start,
          width: column.width)
      }
    }
    if rows.count > inner.height {
      let more = first + inner.height < rows.count ? " ↓ more " : " ↑ "
      frame.put(
        more, row: area.bottom - 1, column: area.right - 2 - DisplayWidth.of(more),
        style: ScreenTheme.key)
    }
  }

  /// A bordered box with a title in its top edge.
  public static func drawBox(title: String, into frame: inout Frame, area: ScreenRect) {
    guard area.height >= 2, area.width >= 2 else { return }
    let style = ScreenTheme.border
    let horizontal = String(repeating: "─", count: max(0, area.width - 2))
    frame.put("┌" + horizontal + "┐", row: area.row, column: area.column, style: style)
    frame.put("└" + horizontal + "┘", row: area.bottom - 1, column: area.column, style: style)
    for row in (area.row + 1)..<(area.bottom - 1) {
      frame.put("│", row: row, column: area.column, style: style)
      frame.put("│", row: row, column: area.right - 1, style: style)
    }
    if !title.isEmpty {
      frame.put(
        " \(title) ", row: area.row, column: area.column + 2, style: ScreenTheme.current,
        limit: area.right - 2)
    }
  }

  private struct Column: Hashable {
    var start: Int
    var width: Int
  }

  /// The help's rows, each with the lines drawn in its columns.
  private static func layout(intro: String, sections: [Section], footer: String, area: ScreenRect)
    -> [[(Column, Line)]]
  {
    let width = max(10, area.width - 4)
    var rows: [[(Column, Line)]] = []
    let full = Column(start: 0, width: width)
    for line in WrappedText(intro, width: width).lines {
      rows.append([(full, line.text.isEmpty ? .blank : .text(String(line.text)))])
    }
    if !intro.isEmpty { rows.append([]) }
    let sectionLines = sections.map { lines(of: $0) }
    let widest = sectionLines.flatMap { $0 }.map(lineWidth).max() ?? 0
    let total = sectionLines.reduce(0) { $0 + $1.count + 1 }
    let columnWidth = (width - 3) / 2
    let twoColumns =
      widest <= columnWidth && rows.count + total + 2 > area.height - 2 && sections.count > 1
    if twoColumns {
      var left: [Line] = []
      var right: [Line] = []
      for lines in sectionLines {
        if left.count < (total + 1) / 2 {
          left += lines + [.blank]
        } else {
          right += lines + [.blank]
        }
      }
      let leftColumn = Column(start: 0, width: columnWidth)
      let rightColumn = Column(start: columnWidth + 3, width: columnWidth)
      for index in 0..<max(left.count, right.count) {
        var row: [(Column, Line)] = []
        if index < left.count { row.append((leftColumn, left[index])) }
        if index < right.count { row.append((rightColumn, right[index])) }
        rows.append(row)
      }
    } else {
      for lines in sectionLines {
        rows += (lines + [.blank]).map { [(full, $0)] }
      }
    }
    while let last = rows.last, last.allSatisfy({ if case .blank = $0.1 { true } else { false } }) {
      rows.removeLast()
    }
    rows.append([])
    for line in WrappedText(footer, width: width).lines {
      rows.append([(full, .text(String(line.text)))])
    }
    return rows
  }

  private static func lines(of section: Section) -> [Line] {
    let keyWidth = min(14, section.entries.map { DisplayWidth.of($0.keys) }.max() ?? 0)
    return [.heading(section.title)]
      + section.entries.map { .entry(keys: $0.keys, summary: $0.summary, keyWidth: keyWidth) }
  }

  private static func lineWidth(_ line: Line) -> Int {
    switch line {
    case .heading(let text), .text(let text): return DisplayWidth.of(text)
    case .entry(_, let summary, let keyWidth): return keyWidth + 2 + DisplayWidth.of(summary)
    case .blank: return 0
    }
  }

  private static func draw(
    _ line: Line, into frame: inout Frame, row: Int, column: Int, width: Int
  ) {
    let limit = column + width
    switch line {
    case .heading(let text):
      frame.put(text, row: row, column: column, style: ScreenTheme.heading, limit: limit)
    case .text(let text):
      frame.put(text, row: row, column: column, limit: limit)
    case .entry(let keys, let summary, let keyWidth):
      frame.put(keys, row: row, column: column, style: ScreenTheme.key, limit: limit)
      let after = max(column + keyWidth, column + DisplayWidth.of(keys)) + 2
      frame.put(summary, row: row, column: after, limit: limit)
    case .blank:
      break
    }
  }
}
