/// Why an XML document cannot be read; each case says where and what was expected.
public enum XMLProblem: Error, Hashable, Sendable {
  /// The file holds no XML at all.
  case empty
  /// The document is larger than the limit.
  case tooLarge(bytes: Int, limit: Int)
  /// A `<!DOCTYPE` declaration at `line`: refused, since entities from another tool's file
  /// could read local files or expand without bound.
  case documentTypeDeclaration(line: Int)
  /// Elements nest deeper than the limit at `line`.
  case tooDeep(line: Int, limit: Int)
  /// More elements than the limit.
  case tooManyElements(limit: Int)
  /// The XML is not well-formed at `line`, `column`; `reason` is the parser's description.
  case malformed(line: Int, column: Int, reason: String)

  /// The line the problem is on, when known.
  public var line: Int? {
    switch self {
    case .documentTypeDeclaration(let line), .tooDeep(let line, _), .malformed(let line, _, _):
      return line
    case .empty, .tooLarge, .tooManyElements: return nil
    }
  }

  /// What is wrong, for a researcher's error message.
  public var message: String {
    switch self {
    case .empty:
      return "the file holds no XML; export it again from the other program"
    case .tooLarge(let bytes, let limit):
      return "the XML is \(bytes) bytes, more than the \(limit) allowed; it was not read"
    case .documentTypeDeclaration:
      return
        "the XML declares a document type (<!DOCTYPE>), which REFI-QDA files never need; it was "
        + "refused because its entities could read other files or expand without bound"
    case .tooDeep(_, let limit):
      return "elements nest more than \(limit) deep; this is not a REFI-QDA file Thema can read"
    case .tooManyElements(let limit):
      return "the XML has more than \(limit) elements; it was not read"
    case .malformed(_, let column, let reason):
      return "the XML is not well-formed at column \(column): \(reason)"
    }
  }
}
