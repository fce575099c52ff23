/// A rectangle of cells on a screen: where a screen part (list, pane, menu) is drawn.
public struct ScreenRect: Hashable, Sendable {
  /// The top row.
  public var row: Int
  /// The left column.
  public var column: Int
  /// How many rows.
  public var height: Int
  /// How many columns.
  public var width: Int

  /// Creates a rectangle; negative sizes count as zero.
  public init(row: Int, column: Int, height: Int, width: Int) {
    self.row = row
    self.column = column
    self.height = max(0, height)
    self.width = max(0, width)
  }

  /// The row just below the rectangle.
  public var bottom: Int { row + height }
  /// The column just right of the rectangle.
  public var right: Int { column + width }
}
