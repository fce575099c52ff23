/// A problem found in the user's files, with its severity and location: the value every parser,
/// validator and command collects, and the CLI prints as `path:line:col: error: message`.
public struct Diagnostic: Hashable, Sendable, Error, CustomStringConvertible {
  /// How serious a diagnostic is.
  public enum Severity: String, Hashable, Sendable, Comparable {
    /// The input cannot be used as it is; the command fails.
    case error
    /// Worth knowing; the command goes on.
    case warning
    /// Extra context for the diagnostic before it.
    case note

    private var rank: Int {
      switch self {
      case .error: 0
      case .warning: 1
      case .note: 2
      }
    }

    /// Errors sort first.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
  }

  /// Error, warning or note.
  public var severity: Severity
  /// What is wrong, as data.
  public var problem: Problem
  /// Where it is, when known.
  public var location: SourceLocation?

  /// Creates a diagnostic.
  public init(_ severity: Severity = .error, _ problem: Problem, at location: SourceLocation? = nil)
  {
    self.severity = severity
    self.problem = problem
    self.location = location
  }

  /// The message a researcher reads: what is wrong and what to do.
  public var message: String { problem.message }

  /// `path:line:col: error: message` on one line, without the source excerpt.
  public var description: String {
    let head = location.map { $0.prefix + ": " } ?? ""
    return "\(head)\(severity.rawValue): \(message)"
  }

  /// The diagnostic with its location's file replaced, for parsers that do not know the path.
  public func inFile(_ file: String) -> Diagnostic {
    var copy = self
    if copy.location == nil {
      copy.location = SourceLocation(file: file)
    } else {
      copy.location?.file = file
    }
    return copy
  }
}

extension Array where Element == Diagnostic {
  /// Whether any diagnostic is an error.
  public var hasErrors: Bool { contains { $0.severity == .error } }

  /// The diagnostics ordered by file, line, column, then severity, for stable output.
  public func ordered() -> [Diagnostic] {
    enumerated().sorted { lhs, rhs in
      let a = lhs.element.location
      let b = rhs.element.location
      let fileA = a?.file ?? ""
      let fileB = b?.file ?? ""
      if fileA != fileB { return NaturalOrder.less(fileA, fileB) }
      let lineA = a?.line ?? 0
      let lineB = b?.line ?? 0
      if lineA != lineB { return lineA < lineB }
      let columnA = a?.column ?? 0
      let columnB = b?.column ?? 0
      if columnA != columnB { return columnA < columnB }
      return lhs.offset < rhs.offset
    }.map(\.element)
  }
}

/// A value read from a file together with what went wrong while reading it.
public struct Parsed<Value: Sendable>: Sendable {
  /// The value, as far as it could be read; nil when nothing usable was found.
  public var value: Value?
  /// Every problem found, errors and warnings.
  public var diagnostics: [Diagnostic]

  /// Creates a result.
  public init(value: Value?, diagnostics: [Diagnostic]) {
    self.value = value
    self.diagnostics = diagnostics
  }

  /// The value when there were no errors; otherwise the diagnostics are thrown.
  public func get() throws(DiagnosticList) -> Value {
    guard let value, !diagnostics.hasErrors else { throw DiagnosticList(diagnostics) }
    return value
  }
}

/// Several diagnostics thrown together, such as every problem of one file.
public struct DiagnosticList: Error, Hashable, Sendable {
  /// The diagnostics, in the order found.
  public var diagnostics: [Diagnostic]

  /// Wraps diagnostics.
  public init(_ diagnostics: [Diagnostic]) {
    self.diagnostics = diagnostics
  }

  /// Wraps one diagnostic.
  public init(_ diagnostic: Diagnostic) {
    self.diagnostics = [diagnostic]
  }
}
