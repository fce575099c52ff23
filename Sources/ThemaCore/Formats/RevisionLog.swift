/// The history of a codebook's revisions (`Codebooks/<name>.changes`), so that agreement
/// figures from before and after a revision can be explained.
///
/// ## Format
/// ```
/// # Revisions of program-managers.md, oldest first.
/// time<TAB>action<TAB>code<TAB>result<TAB>codings<TAB>by<TAB>note
/// 2026-11-23T10:15:00Z<TAB>rename<TAB>T1/1/1a<TAB>T1/1/1x<TAB>12<TAB>lee<TAB>clearer ID
/// ```
/// One revision per line, tab-separated: UTC time (ISO 8601), action (`rename`, `move`, `merge`,
/// `split`, `retire`), the code as it was, what it became, how many codings changed, who made
/// the revision, and a note (tabs and line breaks escaped as in codings memos). Lines starting
/// with `#`, blank lines and the column names are ignored. Append-only: oldest first.
public struct RevisionLog: Hashable, Sendable {
  /// One revision.
  public struct Entry: Hashable, Sendable {
    /// When, as ISO 8601 UTC, e.g. `2026-11-23T10:15:00Z`.
    public var time: String
    /// The action, e.g. `rename`.
    public var action: String
    /// The code as it was, e.g. `T1/1/1a`.
    public var code: String
    /// What it became, e.g. `T1/1/1x`, `T1/1/1d T1/1/1e` or `retired`.
    public var result: String
    /// How many codings changed.
    public var codingsChanged: Int
    /// Who made it.
    public var by: String
    /// Why.
    public var note: String

    /// Creates an entry.
    public init(
      time: String, action: String, code: String, result: String, codingsChanged: Int, by: String,
      note: String = ""
    ) {
      self.time = time
      self.action = action
      self.code = code
      self.result = result
      self.codingsChanged = codingsChanged
      self.by = by
      self.note = note
    }
  }

  /// The revisions, oldest first.
  public var entries: [Entry]

  /// Creates a log.
  public init(entries: [Entry] = []) {
    self.entries = entries
  }

  static let columns = "time\taction\tcode\tresult\tcodings\tby\tnote"

  /// The log in canonical form for the codebook file `codebookFile`.
  public func text(codebookFile: String) -> String {
    var out = "# Revisions of \(codebookFile), oldest first.\n" + Self.columns + "\n"
    for entry in entries {
      out +=
        [
          entry.time, entry.action, entry.code, entry.result, String(entry.codingsChanged),
          MemoEscaping.escape(entry.by), MemoEscaping.escape(entry.note),
        ].joined(separator: "\t") + "\n"
    }
    return out
  }

  /// Parses a log; `file` is the path shown in diagnostics.
  public static func parse(_ text: String, file: String) -> Parsed<RevisionLog> {
    if let problem = SourceLines.lineEndingProblem(in: text, file: file) {
      return Parsed(value: nil, diagnostics: [problem])
    }
    let lines = SourceLines(text, file: file)
    var entries: [Entry] = []
    var diagnostics: [Diagnostic] = []
    for (index, line) in lines.lines.enumerated() {
      if line.isBlank || line.hasPrefix("#") || line == columns { continue }
      let fields = CodingSheet.columns(of: line)
      guard fields.count == 7, let changed = Int(fields[4]) else {
        diagnostics.append(
          Diagnostic(
            .error, .wrongColumnCount(found: fields.count), at: lines.location(index, column: 1)))
        continue
      }
      entries.append(
        Entry(
          time: String(fields[0]), action: String(fields[1]), code: String(fields[2]),
          result: String(fields[3]),
          codingsChanged: changed, by: MemoEscaping.unescape(fields[5]),
          note: MemoEscaping.unescape(fields[6])))
    }
    return Parsed(value: RevisionLog(entries: entries), diagnostics: diagnostics)
  }
}
