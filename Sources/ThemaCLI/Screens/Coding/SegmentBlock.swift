import ThemaCore
import ThemaTerminal

/// How one segment is laid out in the list at a width: a header line (ID, speaker, time) with
/// the coder's code badges after it (wrapping onto more lines when needed), the wrapped text
/// behind a two-column gutter with one column free on the right, and a blank line.
struct SegmentBlock {
  /// One line of the block.
  enum Line {
    /// The header, with the badges that fit after it.
    case header(badges: Range<Int>)
    /// More badges that did not fit on the header line.
    case badges(Range<Int>)
    /// A line of the segment's text.
    case text(WrappedText.Line)
    /// The blank line between segments.
    case separator
  }

  /// The header text: `S12  PM-04  00:03:15`.
  let header: String
  /// The badges, one per coding, in the order of the segment's codings.
  let badges: [String]
  /// The lines in order.
  let lines: [Line]

  /// The columns before text and badge lines.
  static let gutter = 2

  init(_ state: CodingScreenState, position: Int, width: Int) {
    let segment = state.transcript.segments[position]
    var header = "\(segment.id.rawValue)  \(segment.speaker)"
    if let start = segment.start { header += "  \(start)" }
    self.header = header
    badges = state.codings[position].map(state.badge)
    var lines: [Line] = []
    var column = Self.gutter + DisplayWidth.of(header) + 2
    var lineStart = 0
    var isHeader = true
    for (index, badge) in badges.enumerated() {
      let badgeWidth = DisplayWidth.of(badge) + 1
      if column + badgeWidth > width && index > lineStart {
        lines.append(isHeader ? .header(badges: lineStart..<index) : .badges(lineStart..<index))
        isHeader = false
        lineStart = index
        column = Self.gutter * 2
      }
      column += badgeWidth
    }
    lines.append(
      isHeader ? .header(badges: lineStart..<badges.count) : .badges(lineStart..<badges.count))
    for line in WrappedText(segment.text, width: width - Self.gutter - 1).lines {
      lines.append(.text(line))
    }
    lines.append(.separator)
    self.lines = lines
  }

  /// The block's height in lines.
  var height: Int { lines.count }

  /// The line holding scalar `offset` of the text.
  func line(ofOffset offset: Int) -> Int {
    var found = 0
    for (index, line) in lines.enumerated() {
      if case .text(let text) = line, text.start <= offset { found = index }
    }
    return found
  }
}
