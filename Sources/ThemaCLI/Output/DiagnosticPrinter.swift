import ThemaCore
import ThemaTerminal

/// Prints diagnostics the way compilers do: `path:line:col: error: message`, then the offending
/// line and a caret under the column.
public enum DiagnosticPrinter {
  /// The most characters of the offending line shown on either side of the column; a longer
  /// line (a 100 MB file of one line) is shown cut, with `…` where it was cut.
  public static let sourceLineContext = 80

  /// The text for one diagnostic, ending in a line break.
  ///
  /// Names and lines from files are shown with their control characters escaped (see
  /// `TerminalText`), wherever the text goes.
  public static func render(_ diagnostic: Diagnostic, style: TextStyle) -> String {
    let label: String
    switch diagnostic.severity {
    case .error: label = style.error("error:")
    case .warning: label = style.warning("warning:")
    case .note: label = style.note("note:")
    }
    var text = ""
    if let location = diagnostic.location {
      text += style.bold(TerminalText.escapingControls(location.prefix) + ":") + " "
    }
    text += "\(label) \(TerminalText.escapingControls(diagnostic.message))\n"
    if let location = diagnostic.location, let line = location.sourceLine {
      let (excerpt, columnInExcerpt) = self.excerpt(of: line, around: location.column)
      let shown = TerminalText.escapingControls(excerpt.replacingOccurrences(of: "\t", with: " "))
      text += "  \(shown)\n"
      if let column = columnInExcerpt, column >= 1 {
        let before = TerminalText.escapingControls(
          String(excerpt.prefix(column - 1)).replacingOccurrences(of: "\t", with: " "))
        let indent = String(repeating: " ", count: DisplayWidth.of(before))
        text += "  \(indent)\(style.note("^"))\n"
      }
    }
    return text
  }

  /// The part of `line` to show: all of it when short, else `sourceLineContext` characters on
  /// either side of `column`, marked with `…`; and the column within what is shown.
  static func excerpt(of line: String, around column: Int?) -> (String, Int?) {
    let context = sourceLineContext
    guard line.utf8.count > 2 * context + 40 else { return (line, column) }
    let target = max(0, (column ?? 1) - 1)
    let scalars = line.unicodeScalars
    let lower = max(0, target - context)
    let start = scalars.index(scalars.startIndex, offsetBy: lower, limitedBy: scalars.endIndex)
    guard let start else { return (line, column) }
    let end =
      scalars.index(start, offsetBy: target - lower + context, limitedBy: scalars.endIndex)
      ?? scalars.endIndex
    let head = start == scalars.startIndex ? "" : "…"
    let tail = end == scalars.endIndex ? "" : "…"
    let shown = head + String(scalars[start..<end]) + tail
    return (shown, column.map { _ in target - lower + 1 + head.count })
  }

  /// Writes every diagnostic in a stable order to `stream`.
  public static func print(
    _ diagnostics: [Diagnostic], to stream: inout some TextOutputStream, style: TextStyle
  ) {
    for diagnostic in diagnostics.ordered() {
      stream.write(render(diagnostic, style: style))
    }
  }

  /// `2 errors and 1 warning`, or nil when there are none.
  public static func summary(_ diagnostics: [Diagnostic]) -> String? {
    let errors = diagnostics.filter { $0.severity == .error }.count
    let warnings = diagnostics.filter { $0.severity == .warning }.count
    var parts: [String] = []
    if errors > 0 { parts.append("\(errors) error\(errors == 1 ? "" : "s")") }
    if warnings > 0 { parts.append("\(warnings) warning\(warnings == 1 ? "" : "s")") }
    return parts.isEmpty ? nil : parts.joined(separator: " and ")
  }
}
