import ThemaTerminal

/// Small text helpers for drawing screens.
public enum FrameText {
  /// `text` cut to `width` columns, ending in `…` when cut.
  public static func fit(_ text: some StringProtocol, width: Int) -> String {
    guard width > 0 else { return "" }
    if DisplayWidth.of(text) <= width { return String(text) }
    let (prefix, _) = DisplayWidth.prefix(of: text, fitting: width - 1)
    return String(prefix) + "…"
  }

  /// Draws `hints` (key, what it does) in one row from `column`, as many as fit in `width`,
  /// keys in `keyStyle` and the rest dim.
  public static func drawHints(
    _ hints: [(key: String, summary: String)], into frame: inout Frame, row: Int, column: Int = 0,
    width: Int
  ) {
    var x = column + 1
    let limit = column + width
    for (key, summary) in hints {
      let needed = DisplayWidth.of(key) + 1 + DisplayWidth.of(summary) + 2
      guard x + needed - 2 <= limit else { break }
      x = frame.put(key, row: row, column: x, style: ScreenTheme.key, limit: limit)
      x = frame.put(" " + summary, row: row, column: x, style: ScreenTheme.dim, limit: limit)
      x += 2
    }
  }
}
