/// The size of a terminal or a frame in character cells.
public struct TerminalSize: Hashable, Sendable, CustomStringConvertible {
  /// Rows, top to bottom.
  public var rows: Int
  /// Columns, left to right.
  public var columns: Int

  /// Creates a size; negative values count as zero.
  public init(rows: Int, columns: Int) {
    self.rows = max(0, rows)
    self.columns = max(0, columns)
  }

  /// `80x24`: columns by rows, the way terminal sizes are usually written.
  public var description: String { "\(columns)x\(rows)" }
}

/// A cell position in a frame: 0-based row and column.
public struct CellPosition: Hashable, Sendable {
  /// The 0-based row.
  public var row: Int
  /// The 0-based column.
  public var column: Int

  /// Creates a position.
  public init(row: Int, column: Int) {
    self.row = row
    self.column = column
  }
}
