import ThemaTerminal

/// An aligned plain-text table for the terminal, measured in display columns so that accented,
/// CJK and emoji text lines up.
public struct TextTable {
  /// How a column's cells line up.
  public enum Alignment: Sendable {
    /// Text at the left edge.
    case left
    /// Text at the right edge, for numbers.
    case right
  }

  /// The column headers; an empty list means no header row.
  public var headers: [String]
  /// Each column's alignment.
  public var alignments: [Alignment]
  /// The rows, each as many cells as there are columns.
  public var rows: [[String]] = []

  /// Creates a table with headers and alignments (left by default).
  public init(headers: [String], alignments: [Alignment] = []) {
    self.headers = headers
    self.alignments = alignments
  }

  /// Appends a row.
  public mutating func add(_ row: [String]) { rows.append(row) }

  /// The table as lines, columns separated by two spaces; `style` (applied to the header) may be
  /// nil. Styled cells should be styled by the caller after measuring, so pass plain text.
  public func render(indent: Int = 0, headerStyle: ((String) -> String)? = nil) -> String {
    let columns = max(headers.count, rows.map(\.count).max() ?? 0)
    var widths = Array(repeating: 0, count: columns)
    for row in ([headers] + rows) {
      for (index, cell) in row.enumerated() {
        widths[index] = max(widths[index], DisplayWidth.of(cell))
      }
    }
    let pad = String(repeating: " ", count: indent)
    func line(_ cells: [String]) -> String {
      var parts: [String] = []
      for index in 0..<columns {
        let cell = index < cells.count ? cells[index] : ""
        let fill = String(repeating: " ", count: max(0, widths[index] - DisplayWidth.of(cell)))
        let alignment = index < alignments.count ? alignments[index] : .left
        let isLast = index == columns - 1
        parts.append(alignment == .right ? fill + cell : (isLast ? cell : cell + fill))
      }
      return pad + parts.joined(separator: "  ")
    }
    var out = ""
    if !headers.isEmpty {
      let header = line(headers)
      out += (headerStyle?(header) ?? header) + "\n"
    }
    for row in rows { out += line(row) + "\n" }
    return out
  }
}
