/// Where in which file a problem was found: the file as shown to the user, a 1-based line and
/// column, and the text of that line for the caret display.
public struct SourceLocation: Hashable, Sendable {
  /// The file's path as it should be shown, usually relative to the project, e.g.
  /// `Codebooks/program-managers.md`.
  public var file: String
  /// The 1-based line, or nil when the problem concerns the whole file.
  public var line: Int?
  /// The 1-based column in characters, or nil.
  public var column: Int?
  /// The text of the offending line, shown under the message with a caret.
  public var sourceLine: String?

  /// Creates a location.
  public init(file: String, line: Int? = nil, column: Int? = nil, sourceLine: String? = nil) {
    self.file = file
    self.line = line
    self.column = column
    self.sourceLine = sourceLine
  }

  /// `file:line:col`, with the parts that are known.
  public var prefix: String {
    var text = file
    if let line {
      text += ":\(line)"
      if let column { text += ":\(column)" }
    }
    return text
  }
}
