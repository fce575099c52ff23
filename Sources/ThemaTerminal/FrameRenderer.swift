/// Turns frames into the bytes that draw them: the whole frame the first time (or after
/// `invalidate()`), then only the cells that changed since the frame before, with as few cursor
/// moves and style changes as it can. The caller writes the bytes in one write per refresh.
public struct FrameRenderer: Sendable {
  /// Whether colours are drawn; without, only attributes (bold, reverse, ...) are.
  public var usesColor: Bool
  private var previous: Frame?

  /// Creates a renderer whose first frame is drawn in full.
  public init(usesColor: Bool) {
    self.usesColor = usesColor
  }

  /// Forgets what is on the screen, so the next frame is drawn in full (after a resize, a
  /// suspend or anything else that may have changed the screen behind our back).
  public mutating func invalidate() {
    previous = nil
  }

  /// The bytes that change the screen from the previous frame to `frame`.
  public mutating func render(_ frame: Frame) -> [UInt8] {
    var output = Output(usesColor: usesColor)
    let old = previous.flatMap { $0.size == frame.size ? $0 : nil }
    if old == nil { output.append("\u{1B}[0m\u{1B}[H\u{1B}[2J") }
    output.append("\u{1B}[?25l")
    for row in 0..<frame.size.rows {
      let changed = changedColumns(row: row, in: frame, since: old)
      for column in changed {
        let cell = frame[row, column]
        if cell.isContinuation { continue }
        fillGap(before: column, row: row, frame: frame, output: &output)
        output.move(to: CellPosition(row: row, column: column))
        output.setStyle(cell.style)
        output.append(cell.text)
        output.advance(
          by: Int(cell.width), trusted: cell.width == 1 && cell.text.unicodeScalars.count == 1)
      }
    }
    output.setStyle(.plain)
    if let cursor = frame.cursor, frame.contains(row: cursor.row, column: cursor.column) {
      output.move(to: cursor)
      output.append("\u{1B}[?25h")
    }
    previous = frame
    return output.bytes
  }

  /// Writes the few cells between the cursor and `column` (when they are plain, single-width
  /// characters already on the screen) instead of moving the cursor over them, which takes
  /// fewer bytes than a move for gaps such as the spaces between words.
  private func fillGap(before column: Int, row: Int, frame: Frame, output: inout Output) {
    guard let cursor = output.cursor, cursor.row == row, cursor.column < column,
      column - cursor.column <= 4
    else { return }
    let gap = cursor.column..<column
    guard
      gap.allSatisfy({ frame[row, $0].width == 1 && frame[row, $0].text.unicodeScalars.count == 1 })
    else { return }
    for x in gap {
      output.setStyle(frame[row, x].style)
      output.append(frame[row, x].text)
      output.advance(by: 1, trusted: true)
    }
  }

  /// The columns of `row` to draw: every non-blank cell on a fresh screen, else the cells
  /// that differ, widened so no wide character is drawn or overwritten by halves.
  private func changedColumns(row: Int, in frame: Frame, since old: Frame?) -> [Int] {
    let width = frame.size.columns
    guard let old else {
      return (0..<width).filter { frame[row, $0] != .blank() }
    }
    var marked = [Bool](repeating: false, count: width)
    var any = false
    for x in 0..<width where frame[row, x] != old[row, x] {
      marked[x] = true
      any = true
      if x > 0, frame[row, x].isContinuation || old[row, x].isContinuation { marked[x - 1] = true }
      if x + 1 < width, frame[row, x].width == 2 || old[row, x].width == 2 { marked[x + 1] = true }
    }
    guard any else { return [] }
    return (0..<width).filter { marked[$0] }
  }
}

/// The escape sequences of one refresh, tracking the terminal's cursor and style so that
/// moves and style changes are only written when needed.
private struct Output {
  var usesColor: Bool
  var bytes: [UInt8] = []
  var cursor: CellPosition?
  /// Every refresh ends in the default style, so the next one starts from it.
  var style: CellStyle? = .plain

  init(usesColor: Bool) {
    self.usesColor = usesColor
    bytes.reserveCapacity(4096)
  }

  mutating func append(_ text: String) {
    bytes.append(contentsOf: text.utf8)
  }

  mutating func move(to position: CellPosition) {
    guard cursor != position else { return }
    append("\u{1B}[\(position.row + 1);\(position.column + 1)H")
    cursor = position
  }

  /// Moves the tracked cursor past a character just written; after a wide or composed one,
  /// whose width a terminal might judge differently, the next cell gets an explicit move.
  mutating func advance(by columns: Int, trusted: Bool) {
    if trusted {
      cursor?.column += columns
    } else {
      cursor = nil
    }
  }

  mutating func setStyle(_ wanted: CellStyle) {
    let wanted = usesColor ? wanted : wanted.withoutColor
    guard style != wanted else { return }
    var parameters = ["0"]
    for entry in TextAttributes.all where wanted.attributes.contains(entry.attribute) {
      parameters.append(entry.sgr)
    }
    if let foreground = wanted.foreground { parameters.append(foreground.sgr(foreground: true)) }
    if let background = wanted.background { parameters.append(background.sgr(foreground: false)) }
    append("\u{1B}[" + parameters.joined(separator: ";") + "m")
    style = wanted
  }
}
