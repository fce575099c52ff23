/// Participant attributes for imported transcripts, one row per source file or transcript, from
/// a CSV file (`thema import --attributes attributes.csv`).
///
/// ## Format
/// ```
/// file,id,group,county,arm,wave          <- header: a `file` or `id` column, or both
/// P03 interview.vtt,CAPP-03,Participant,Fresno,coaching,1
/// P04.docx,CAPP-04,Participant,Kern,control,1
/// ```
/// - A row applies to a source whose file name (or path, as given) is its `file`, or, without a
///   `file` column, to the transcript whose ID is its `id`. With both columns, `id` also names
///   the transcript the file becomes.
/// - Other columns become header attributes of the transcript: the column name lowercased, with
///   spaces as `-`, must be a valid attribute name (lowercase letters, digits, `-`, `_`).
/// - An empty field sets nothing. Blank lines are skipped.
public struct AttributeTable: Hashable, Sendable {
  /// One row: what it applies to and the attributes it sets.
  public struct Row: Hashable, Sendable {
    /// The 1-based line the row is on.
    public var line: Int
    /// The source file name or path, when the table has a `file` column.
    public var file: String?
    /// The transcript ID, when the table has an `id` column.
    public var id: String?
    /// Attributes by name, without empty values.
    public var attributes: [String: String]
  }

  /// The rows in file order.
  public var rows: [Row]

  /// Creates a table.
  public init(rows: [Row] = []) {
    self.rows = rows
  }

  /// The row for the source at `path` (as given on the command line) or for transcript `id`.
  public func row(forFile path: String, id: String?) -> Row? {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    return rows.first { $0.file != nil && ($0.file == path || $0.file == name) }
      ?? rows.first { $0.file == nil && $0.id != nil && $0.id == id }
  }

  /// Parses the CSV text of an attributes file; `file` is the path shown in diagnostics.
  public static func parse(csv text: String, file: String) -> Parsed<AttributeTable> {
    let records: [CSV.NumberedRecord]
    do {
      records = try CSV.parseNumbered(text)
    } catch {
      return Parsed(
        value: nil,
        diagnostics: [
          Diagnostic(
            .error, .importing(.csv(error)), at: SourceLocation(file: file, line: error.line))
        ])
    }
    let nonBlank = records.filter { !$0.fields.allSatisfy { $0.trimmed().isEmpty } }
    guard let header = nonBlank.first else {
      return Parsed(value: AttributeTable(), diagnostics: [])
    }
    var diagnostics: [Diagnostic] = []
    let names = header.fields.map {
      $0.trimmed().lowercased().split(separator: " ").joined(separator: "-")
    }
    for (index, name) in names.enumerated() where !Transcript.isValidAttributeKey(name) {
      diagnostics.append(
        Diagnostic(
          .error, .importing(.invalidAttributeColumn(header.fields[index].trimmed())),
          at: SourceLocation(file: file, line: header.line)))
    }
    let fileColumn = names.firstIndex(of: "file")
    let idColumn = names.firstIndex(of: "id")
    if fileColumn == nil && idColumn == nil {
      diagnostics.append(
        Diagnostic(
          .error, .importing(.attributesWithoutKeyColumn),
          at: SourceLocation(file: file, line: header.line)))
    }
    guard !diagnostics.hasErrors else { return Parsed(value: nil, diagnostics: diagnostics) }
    var rows: [Row] = []
    var firstLine: [String: Int] = [:]
    for record in nonBlank.dropFirst() {
      let fields = record.fields.map { $0.trimmed() }
      guard fields.count <= names.count else {
        diagnostics.append(
          Diagnostic(
            .error, .importing(.extraFields(found: fields.count, expected: names.count)),
            at: SourceLocation(file: file, line: record.line)))
        continue
      }
      var row = Row(line: record.line, file: nil, id: nil, attributes: [:])
      for (index, value) in fields.enumerated() where !value.isEmpty {
        switch index {
        case fileColumn: row.file = value
        case idColumn: row.id = value
        default: row.attributes[names[index]] = value
        }
      }
      guard let key = row.file ?? row.id else { continue }
      if let first = firstLine[key] {
        diagnostics.append(
          Diagnostic(
            .error, .importing(.duplicateAttributesRow(key: key, firstLine: first)),
            at: SourceLocation(file: file, line: record.line)))
        continue
      }
      firstLine[key] = record.line
      rows.append(row)
    }
    return Parsed(value: AttributeTable(rows: rows), diagnostics: diagnostics)
  }
}
