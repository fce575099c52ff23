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

  /// A diagnostic for the first carriage return or other control character in `text`, if it
  /// has one: Thema's own files are text with LF line endings, and tabs only where a format
  /// allows them (checked by each parser). A NUL byte or an escape sequence in a name would
  /// otherwise travel on to every report and terminal.
  static func lineEndingProblem(in text: String, file: String) -> Diagnostic? {
    if let problem = controlCharacterProblem(in: text, file: file) { return problem }
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

  /// Whether `scalar` is a control character Thema's files may not hold: C0 controls other
  /// than tab, line feed and carriage return (reported as a line ending), DEL and C1 controls.
  static func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: return false
    case 0x00...0x1F, 0x7F...0x9F: return true
    default: return false
    }
  }

  private static func controlCharacterProblem(in text: String, file: String) -> Diagnostic? {
    // Fast path: no byte below 0x20 but tab and line breaks, no DEL, no C1 (0xC2 0x80-0x9F).
    var previous: UInt8 = 0
    let suspicious = text.utf8.contains { byte in
      defer { previous = byte }
      return (byte < 0x20 && byte != 9 && byte != 10 && byte != 13) || byte == 0x7F
        || (previous == 0xC2 && (0x80...0x9F).contains(byte))
    }
    guard suspicious else { return nil }
    var line = 0
    var column = 1
    for scalar in text.unicodeScalars {
      if isForbiddenControl(scalar) {
        let lines = SourceLines(text, file: file)
        return Diagnostic(
          .error, .controlCharacter(value: scalar.value), at: lines.location(line, column: column))
      }
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return nil
  }
}
