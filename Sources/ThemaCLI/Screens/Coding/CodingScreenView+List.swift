import ThemaCore
import ThemaTerminal

extension CodingScreenView {
  /// Draws the segments from the scroll position down, the current one marked, its picked
  /// coding's quote (or the quote being narrowed) highlighted, search matches underlined.
  static func drawList(
    _ state: CodingScreenState, _ layout: CodingScreenLayout, into frame: inout Frame
  ) {
    let area = layout.list
    guard area.width > 0, area.height > 0 else { return }
    let needle = state.lastSearch.map { Array($0.utf8).map(TextSearch.folded) }
    var row = area.row
    var position = state.scroll.top
    var skip = state.scroll.topLine
    // A blank separator at the very top would only waste the row.
    let topBlock = SegmentBlock(state, position: position, width: layout.blockWidth)
    if skip > 0, skip == topBlock.height - 1 {
      position += 1
      skip = 0
    }
    while row < area.bottom, position < state.transcript.segments.count {
      let block = SegmentBlock(state, position: position, width: layout.blockWidth)
      let segment = state.transcript.segments[position]
      let matches = needle.map { TextSearch.ranges(of: $0, in: segment.text) } ?? []
      let highlight = quoteHighlight(state, position)
      for line in block.lines.dropFirst(skip) {
        guard row < area.bottom else { break }
        drawLine(
          line, of: block, state: state, position: position, highlight: highlight,
          matches: matches, row: row, area: area, into: &frame)
        row += 1
      }
      skip = 0
      position += 1
    }
  }

  /// The span to highlight in the segment at `position`: the quote being narrowed, or the
  /// picked coding's quote on the current segment.
  private static func quoteHighlight(_ state: CodingScreenState, _ position: Int) -> Range<Int>? {
    guard position == state.current else { return nil }
    switch state.mode {
    case .narrow(let narrowing):
      return narrowing.span.start..<narrowing.span.end
    case .browse:
      return state.pickedCoding?.span.map { $0.start..<$0.end }
    default:
      return nil
    }
  }

  private static func drawLine(
    _ line: SegmentBlock.Line, of block: SegmentBlock, state: CodingScreenState, position: Int,
    highlight: Range<Int>?, matches: [Range<Int>], row: Int, area: ScreenRect,
    into frame: inout Frame
  ) {
    let isCurrent = position == state.current
    let limit = area.right
    switch line {
    case .header(let badges):
      if isCurrent { frame.put("▶", row: row, column: area.column, style: ScreenTheme.current) }
      let x = frame.put(
        block.header, row: row, column: area.column + SegmentBlock.gutter,
        style: isCurrent ? ScreenTheme.current : .plain, limit: limit)
      drawBadges(
        block, badges, state: state, isCurrent: isCurrent, row: row, column: x + 2,
        limit: limit, into: &frame)
    case .badges(let badges):
      drawBadges(
        block, badges, state: state, isCurrent: isCurrent, row: row,
        column: area.column + SegmentBlock.gutter * 2, limit: limit, into: &frame)
    case .text(let text):
      if isCurrent { frame.put("│", row: row, column: area.column, style: ScreenTheme.current) }
      let base = state.isInterviewer(position) ? ScreenTheme.dim : CellStyle.plain
      drawText(
        text, row: row, column: area.column + SegmentBlock.gutter, limit: limit, base: base,
        highlight: highlight, matches: matches, into: &frame)
    case .separator:
      break
    }
  }

  private static func drawBadges(
    _ block: SegmentBlock, _ range: Range<Int>, state: CodingScreenState, isCurrent: Bool,
    row: Int, column: Int, limit: Int, into frame: inout Frame
  ) {
    var x = column
    let showsPick: Bool
    if case .browse = state.mode { showsPick = true } else { showsPick = false }
    for index in range {
      let picked = isCurrent && showsPick && index == state.picked
      x = frame.put(
        block.badges[index], row: row, column: x,
        style: picked ? ScreenTheme.pickedBadge : ScreenTheme.badge, limit: limit)
      x += 1
    }
  }

  /// Draws one wrapped line, styling the characters inside `highlight` and `matches`.
  private static func drawText(
    _ line: WrappedText.Line, row: Int, column: Int, limit: Int, base: CellStyle,
    highlight: Range<Int>?, matches: [Range<Int>], into frame: inout Frame
  ) {
    let lineEnd = line.start + line.text.unicodeScalars.count
    let touches = { (range: Range<Int>) in
      range.lowerBound < lineEnd && range.upperBound > line.start
    }
    let relevantMatches = matches.filter(touches)
    guard highlight.map(touches) == true || !relevantMatches.isEmpty else {
      frame.put(line.text, row: row, column: column, style: base, limit: limit)
      return
    }
    var x = column
    var offset = line.start
    for character in line.text {
      let count = character.unicodeScalars.count
      let here = offset..<(offset + count)
      var style = base
      if let highlight, highlight.overlaps(here) { style = ScreenTheme.quote }
      if relevantMatches.contains(where: { $0.overlaps(here) }) {
        style = style.adding(ScreenTheme.match.attributes)
        style.foreground = ScreenTheme.match.foreground
      }
      x = frame.put(String(character), row: row, column: x, style: style, limit: limit)
      offset += count
    }
  }
}
