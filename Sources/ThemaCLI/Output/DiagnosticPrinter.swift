import ThemaCore
import ThemaTerminal

/// Prints diagnostics the way compilers do: `path:line:col: error: message`, then the offending
/// line and a caret under the column.
public enum DiagnosticPrinter {
  /// The text for one diagnostic, ending in a line break.
  public static func render(_ diagnostic: Diagnostic, style: TextStyle) -> String {
    let label: String
    switch diagnostic.severity {
    case .error: label = style.error("error:")
    case .warning: label = style.warning("warning:")
    case .note: label = style.note("note:")
    }
    var text = ""
    if let location = diagnostic.location {
      text += style.bold(location.prefix + ":") + " "
    }
    text += "\(label) \(diagnostic.message)\n"
    if let location = diagnostic.location, let line = location.sourceLine {
      let shown = line.replacingOccurrences(of: "\t", with: " ")
      text += "  \(shown)\n"
      if let column = location.column, column >= 1 {
        let before = shown.prefix(column - 1)
        let indent = String(repeating: " ", count: DisplayWidth.of(before))
        text += "  \(indent)\(style.note("^"))\n"
      }
    }
    return text
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
