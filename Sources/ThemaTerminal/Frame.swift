/// A screen's worth of character cells with their styles: what a screen's `render` returns and
/// the renderer draws, diffing it against the frame before.
///
/// Text is placed by display width: an East Asian wide character or emoji takes two cells (the
/// second a continuation), combining marks stay with their base character, and a wide character
/// that would straddle the right edge of the area is left out.
public struct Frame: Hashable, Sendable {
  /// One cell: a character (grapheme cluster) and its style.
  public struct Cell: Hashable, Sendable {
    /// The character drawn here; empty for the second cell of a wide character.
    public var text: String
    /// How many columns the character takes: 1, 2, or 0 for a continuation cell.
    public var width: UInt8
    /// Its style.
    public var style: CellStyle

    /// A blank cell in `style`.
    public static func blank(_ style: CellStyle = .plain) -> Cell {
      Cell(text: " ", width: 1, style: style)
    }

    /// Whether this is the second half of a wide character.
    public var isContinuation: Bool { width == 0 }
  }

  /// The frame's size.
  public let size: TerminalSize
  /// Cells row by row.
  public private(set) var cells: [Cell]
  /// Where to show the terminal's cursor (e.g. in a text prompt); nil hides it.
  public var cursor: CellPosition?

  /// A blank frame of `size`.
  public init(size: TerminalSize) {
    self.size = size
    self.cells = Array(repeating: .blank(), count: size.rows * size.columns)
  }

  /// The cell at `row`, `column`; a blank cell outside the frame.
  public subscript(row: Int, column: Int) -> Cell {
    guard contains(row: row, column: column) else { return .blank() }
    return cells[row * size.columns + column]
  }

  /// Whether `row`, `column` lies inside the frame.
  public func contains(row: Int, column: Int) -> Bool {
    row >= 0 && row < size.rows && column >= 0 && column < size.columns
  }

  /// Writes `text` from `column` on `row`, stopping before `limit` (default: the right edge),
  /// and returns the column after the last cell written. Tabs become spaces; other control
  /// characters and lone zero-width characters are left out.
  @discardableResult
  public mutating func put(
    _ text: some StringProtocol, row: Int, column: Int, style: CellStyle = .plain,
    limit: Int? = nil
  ) -> Int {
    let end = min(limit ?? size.columns, size.columns)
    guard row >= 0, row < size.rows else { return column }
    var x = column
    for character in text {
      guard x < end else { break }
      var shown = String(character)
      var width = DisplayWidth.of(character)
      if character == "\t" {
        shown = " "
        width = 1
      }
      if width == 0 { continue }
      if x + width > end {
        // A wide character at the edge: leave the last cell blank rather than split it.
        if x >= 0 { set(row: row, column: x, Cell.blank(style)) }
        x += 1
        break
      }
      if x >= 0 {
        set(row: row, column: x, Cell(text: shown, width: UInt8(width), style: style))
        if width == 2 { set(row: row, column: x + 1, Cell(text: "", width: 0, style: style)) }
      }
      x += width
    }
    return x
  }

  /// Fills columns `from..<to` of `row` with blanks in `style`.
  public mutating func fill(row: Int, from: Int = 0, to: Int? = nil, style: CellStyle = .plain) {
    let end = min(to ?? size.columns, size.columns)
    guard row >= 0, row < size.rows else { return }
    var x = max(0, from)
    while x < end {
      set(row: row, column: x, .blank(style))
      x += 1
    }
  }

  /// Changes the style of columns `from..<to` of `row`, keeping the characters (for
  /// highlighting a selection); `transform` gets each cell's style.
  public mutating func restyle(
    row: Int, from: Int, to: Int, _ transform: (CellStyle) -> CellStyle
  ) {
    guard row >= 0, row < size.rows else { return }
    for x in max(0, from)..<max(max(0, from), min(to, size.columns)) {
      cells[row * size.columns + x].style = transform(cells[row * size.columns + x].style)
    }
  }

  /// Sets one cell, blanking the other half of any wide character it cuts through.
  private mutating func set(row: Int, column: Int, _ cell: Cell) {
    guard contains(row: row, column: column) else { return }
    let index = row * size.columns + column
    let old = cells[index]
    if old.isContinuation && !cell.isContinuation && column > 0 {
      cells[index - 1] = .blank(cells[index - 1].style)
    }
    if old.width == 2 && cell.width != 2 && column + 1 < size.columns,
      cells[index + 1].isContinuation
    {
      cells[index + 1] = .blank(cells[index + 1].style)
    }
    cells[index] = cell
  }

  /// The characters of `row` as text, continuation cells left out, trailing spaces kept.
  public func text(row: Int) -> String {
    guard row >= 0, row < size.rows else { return "" }
    var line = ""
    for x in 0..<size.columns {
      line += self[row, x].text
    }
    return line
  }

  /// The frame as plain text for golden files: each row with trailing spaces removed, then the
  /// styled runs (`row:from-to attributes`) and the cursor, so highlights are checked too.
  public var snapshot: String {
    var out = ""
    for row in 0..<size.rows {
      var line = text(row: row)
      while line.last == " " { line.removeLast() }
      out += line + "\n"
    }
    var runs: [String] = []
    for row in 0..<size.rows {
      var x = 0
      while x < size.columns {
        let attributes = self[row, x].style.attributes
        var end = x + 1
        while end < size.columns, self[row, end].style.attributes == attributes { end += 1 }
        if !attributes.isEmpty { runs.append("\(row):\(x)-\(end - 1) \(attributes.names)") }
        x = end
      }
    }
    if !runs.isEmpty { out += "-- styles\n" + runs.joined(separator: "\n") + "\n" }
    if let cursor { out += "-- cursor \(cursor.row):\(cursor.column)\n" }
    return out
  }
}
