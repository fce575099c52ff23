/// A text file split into lines for a line-oriented parser, with helpers that turn a line number
/// into a `SourceLocation` carrying the line's text for the caret display.
struct SourceLines {
  /// The file's path as shown in diagnostics.
  let file: String
  /// The lines without their `\n`; a final newline does not make an extra empty line.
  let lines: [Substring]

  init(_ text: String, file: String) {
    self.file = file
    // Splitting the UTF-8 bytes is far faster than splitting Characters, and exact (CRLF files
    // are refused before this).
    let lines = text.split(onASCII: 10, dropEmptyLast: true)
    self.lines = lines
  }

  /// The location of 0-based line `index`, with an optional 1-based column.
  func location(_ index: Int, column: Int? = nil) -> SourceLocation {
    let text = index < lines.count ? String(lines[index]) : nil
    return SourceLocation(file: file, line: index + 1, column: column, sourceLine: text)
  }

  /// A diagnostic for the first carriage return in `text`, if it has one: Thema's own files use
  /// LF line endings only.
  static func lineEndingProblem(in text: String, file: String) -> Diagnostic? {
    let hasReturn =
      text.utf8.withContiguousStorageIfAvailable { $0.contains(13) } ?? text.utf8.contains(13)
    guard hasReturn else { return nil }
    var line = 0
    var column = 1
    for scalar in text.unicodeScalars {
      if scalar == "\r" { break }
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    let lines = SourceLines(text, file: file)
    var location = lines.location(line, column: column)
    location.sourceLine = location.sourceLine.map { $0.replacingOccurrences(of: "\r", with: "") }
    return Diagnostic(.error, .windowsLineEndings, at: location)
  }
}
