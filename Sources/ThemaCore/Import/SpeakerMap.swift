/// Renames speakers on import, e.g. `Dr. Jane Roe` to `Interviewer`, so transcripts show roles
/// or pseudonyms instead of the names captions and Word documents carry
/// (`thema import --speaker-map map.csv`).
///
/// ## Format
/// ```
/// speaker,role                 <- optional header row (exactly these two words)
/// Dr. Jane Roe,Interviewer     <- the name in the source, the name to use
/// Maria Lopez,P3
/// "Roe, Jane",Interviewer      <- CSV quoting for names with commas
/// ```
/// Names match without regard to case or to runs of spaces. A name listed twice keeps its first
/// row.
public struct SpeakerMap: Hashable, Sendable {
  private var names: [String: String] = [:]

  /// An empty map, which renames nobody.
  public init() {}

  /// A map from source names to new names.
  public init(_ pairs: [(from: String, to: String)]) {
    for pair in pairs where names[Self.key(pair.from)] == nil {
      names[Self.key(pair.from)] = SpeakerTurn.cleanSpeaker(pair.to)
    }
  }

  /// Whether the map renames nobody.
  public var isEmpty: Bool { names.isEmpty }

  /// Whether the map renames `speaker`.
  public func renames(_ speaker: String) -> Bool {
    !names.isEmpty && names[Self.key(speaker)] != nil
  }

  /// The name to use for `speaker`: its mapped name, or `speaker` itself.
  public func map(_ speaker: String) -> String {
    names.isEmpty ? speaker : names[Self.key(speaker)] ?? speaker
  }

  /// Parses the CSV text of a speaker map; `file` is the path shown in diagnostics.
  public static func parse(csv text: String, file: String) -> Parsed<SpeakerMap> {
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
    var pairs: [(from: String, to: String)] = []
    var diagnostics: [Diagnostic] = []
    for (index, record) in records.enumerated() {
      let fields = record.fields.map { $0.trimmed() }
      if fields.allSatisfy(\.isEmpty) { continue }
      if index == 0, fields.map({ $0.lowercased() }) == ["speaker", "role"] { continue }
      guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
        diagnostics.append(
          Diagnostic(
            .error, .importing(.invalidSpeakerMapRow(found: fields.filter { !$0.isEmpty }.count)),
            at: SourceLocation(file: file, line: record.line)))
        continue
      }
      pairs.append((fields[0], fields[1]))
    }
    return Parsed(value: SpeakerMap(pairs), diagnostics: diagnostics)
  }

  private static func key(_ name: String) -> String {
    SpeakerTurn.cleanSpeaker(name).lowercased()
  }
}
