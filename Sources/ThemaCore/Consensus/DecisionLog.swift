import Foundation

/// The append-only audit trail of a transcript's consensus (`Transcripts/<ID>/decisions.jsonl`).
///
/// ## Format
/// JSON Lines: one `DecisionRecord` per line, keys sorted, oldest first, for example
/// ```
/// {"code":"T1/1/1a","decision":"first","first":{"coder":"alice","codings":[...]},...,"sequence":3,...}
/// ```
/// Records are never changed or removed; an undo is a record of its own (`"decision":"undo"`,
/// `"undoes": N`). The decision in force for an item is its latest record not undone.
public struct DecisionLog: Hashable, Sendable {
  /// The records, oldest first.
  public private(set) var records: [DecisionRecord]

  /// Creates a log.
  public init(records: [DecisionRecord] = []) {
    self.records = records
  }

  /// The log as JSON Lines.
  public func jsonl() -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return records.map { record in
      (try? encoder.encode(record)).flatMap { String(data: $0, encoding: .utf8) }.map { $0 + "\n" }
        ?? ""
    }.joined()
  }

  /// Parses a log; `file` is the path shown in diagnostics.
  public static func parse(_ text: String, file: String) -> Parsed<DecisionLog> {
    if let problem = SourceLines.lineEndingProblem(in: text, file: file) {
      return Parsed(value: nil, diagnostics: [problem])
    }
    let decoder = JSONDecoder()
    var records: [DecisionRecord] = []
    var diagnostics: [Diagnostic] = []
    let lines = SourceLines(text, file: file)
    for (index, line) in lines.lines.enumerated() where !line.isBlank {
      do {
        let record = try decoder.decode(DecisionRecord.self, from: Data(line.utf8))
        guard record.key != nil, record.sequence == records.count + 1 else {
          diagnostics.append(
            Diagnostic(
              .error, .malformedDecision(reason: "its sequence, segment or code is wrong"),
              at: lines.location(index, column: 1)))
          continue
        }
        records.append(record)
      } catch {
        diagnostics.append(
          Diagnostic(
            .error, .malformedDecision(reason: "it is not a decision record in JSON"),
            at: lines.location(index, column: 1)))
      }
    }
    return Parsed(value: DecisionLog(records: records), diagnostics: diagnostics)
  }

  /// The log with code paths renamed, moved, merged or split as a codebook revision says: each
  /// record's item code and result codings follow; the coders' sides stay as they were then.
  public func migrated(by mapping: CodeMapping, transcript: TranscriptID) -> DecisionLog {
    var copy = self
    for index in copy.records.indices {
      let record = copy.records[index]
      guard let segment = SegmentID(rawValue: record.segment),
        let code = CodePath(parsing: record.code)
      else {
        continue
      }
      let probe = Coding(transcript: transcript, segment: segment, code: code)
      if let path = mapping.newPath(for: probe) { copy.records[index].code = path.description }
      copy.records[index].result = record.result.map { recorded in
        guard let coding = recorded.coding(transcript: transcript, segment: segment),
          let path = mapping.newPath(for: coding)
        else { return recorded }
        var moved = recorded
        moved.code = path.description
        return moved
      }
    }
    return copy
  }

  /// Appends a record, numbering it.
  @discardableResult
  public mutating func append(_ record: DecisionRecord) -> DecisionRecord {
    var numbered = record
    numbered.sequence = records.count + 1
    records.append(numbered)
    return numbered
  }

  /// The record in force for each item: its latest record that is neither an undo nor undone
  /// (undoing a decision brings back the one it replaced).
  public func inForce() -> [ItemKey: DecisionRecord] {
    var stacks: [ItemKey: [DecisionRecord]] = [:]
    for record in records {
      guard let key = record.key else { continue }
      if let undone = record.undoes {
        stacks[key]?.removeAll { $0.sequence == undone }
      } else {
        stacks[key, default: []].append(record)
      }
    }
    return stacks.compactMapValues(\.last)
  }

  /// The consensus codings the decisions in force give, for `transcript`.
  public func consensusCodings(transcript: TranscriptID) -> [Coding] {
    var codings: [Coding] = []
    // In the order the decisions were made, so that codings two decisions share merge the
    // same way every time.
    for record in inForce().values.sorted(by: { $0.sequence < $1.sequence }) {
      guard let segment = SegmentID(rawValue: record.segment) else { continue }
      codings += record.result.compactMap { $0.coding(transcript: transcript, segment: segment) }
    }
    return Decision.merged(codings)
  }

  /// The latest record that can be undone: in force, not an undo, not undone.
  public var lastUndoable: DecisionRecord? {
    let undone = Set(records.compactMap(\.undoes))
    return records.last { $0.decision != "undo" && !undone.contains($0.sequence) }
  }
}
