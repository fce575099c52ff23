import ThemaTerminal

/// Wraps prose to a width in terminal columns, breaking at spaces.
public enum TextWrap {
  /// The lines of `text` wrapped to `width` columns; existing line breaks are kept.
  public static func lines(_ text: String, width: Int) -> [String] {
    var result: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var lineWidth = 0
      for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
        let wordWidth = DisplayWidth.of(word)
        if lineWidth > 0 && lineWidth + 1 + wordWidth > width {
          result.append(line)
          line = ""
          lineWidth = 0
        }
        if lineWidth > 0 {
          line += " "
          lineWidth += 1
        }
        line += word
        lineWidth += wordWidth
      }
      result.append(line)
    }
    return result
  }

  /// `text` wrapped to `width` with every line indented by `indent` spaces.
  public static func indented(_ text: String, width: Int, indent: Int) -> String {
    let pad = String(repeating: " ", count: indent)
    return lines(text, width: max(20, width - indent)).map { $0.isEmpty ? "" : pad + $0 }
      .joined(separator: "\n")
  }
}
