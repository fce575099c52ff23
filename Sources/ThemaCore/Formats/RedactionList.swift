/// The names and phrases a study must never show in transcripts or exports, with the
/// placeholder or pseudonym that replaces each (`.thema/redactions.txt`).
///
/// The file holds real names, so it stays out of git (the study's `.gitignore` lists `.thema/`)
/// and is shared with the team by other means.
///
/// ## Format
/// ```
/// # names to redact                  <- comments and blank lines are ignored
/// Maria Lopez => [participant]       <- `name => replacement`
/// Harbor Wellness Center => [program]
/// Dr. Jane Roe                       <- `name` alone: replaced by `[redacted]`
/// ```
/// Names match as whole words, without regard to case. Canonical form: one entry per line,
/// sorted by name, duplicates (same name, any case) removed keeping the first replacement.
public struct RedactionList: Hashable, Sendable {
  /// One name or phrase and what replaces it.
  public struct Entry: Hashable, Sendable {
    /// The name or phrase as written, e.g. `Maria Lopez`.
    public var name: String
    /// What replaces it, e.g. `[participant]`.
    public var replacement: String

    /// Creates an entry.
    public init(name: String, replacement: String = RedactionList.defaultReplacement) {
      self.name = name
      self.replacement = replacement
    }
  }

  /// What replaces a name listed without a replacement.
  public static let defaultReplacement = "[redacted]"

  /// The entries, in canonical order.
  public private(set) var entries: [Entry]

  /// Creates a list from entries, putting them in canonical order.
  public init(_ entries: [Entry] = []) {
    self.entries = []
    merge(entries)
  }

  /// Adds entries whose names are not in the list yet (compared without regard to case).
  public mutating func merge(_ more: [Entry]) {
    var seen = Set(entries.map { $0.name.lowercased() })
    for entry in more where seen.insert(entry.name.lowercased()).inserted {
      entries.append(entry)
    }
    entries.sort { $0.name.lowercased() < $1.name.lowercased() }
  }

  /// Parses the file's text; `file` is the path shown in diagnostics.
  public static func parse(_ text: String, file: String) -> Parsed<RedactionList> {
    if let problem = SourceLines.lineEndingProblem(in: text, file: file) {
      return Parsed(value: nil, diagnostics: [problem])
    }
    var entries: [Entry] = []
    let lines = SourceLines(text, file: file)
    for line in lines.lines {
      let content = line.trimmed()
      if content.isEmpty || content.hasPrefix("#") { continue }
      if let arrow = content.range(of: "=>") {
        let name = content[..<arrow.lowerBound].trimmed()
        let replacement = content[arrow.upperBound...].trimmed()
        guard !name.isEmpty else { continue }
        entries.append(
          Entry(name: name, replacement: replacement.isEmpty ? defaultReplacement : replacement))
      } else {
        entries.append(Entry(name: content))
      }
    }
    return Parsed(value: RedactionList(entries), diagnostics: [])
  }

  /// The list in canonical form.
  public func text() -> String {
    var out = "# Names and phrases to redact: `name` or `name => replacement`, one per line.\n"
    out += "# Holds real names: keep it out of git and share it with the team by other means.\n"
    for entry in entries {
      out +=
        entry.replacement == Self.defaultReplacement
        ? "\(entry.name)\n" : "\(entry.name) => \(entry.replacement)\n"
    }
    return out
  }
}
