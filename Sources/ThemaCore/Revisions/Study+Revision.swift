/// A revision applied to a whole study: the new codebook and every coding sheet that changes.
public struct StudyRevision: Hashable, Sendable {
  /// The revised codebook.
  public var codebook: Codebook
  /// The coders' sheets (and consensus sheets, coder `consensus`) whose content changes.
  public var sheets: [CodingSheet]
  /// How many codings got a new code, by coder (`consensus` for consensus sheets).
  public var changedCodings: [Coder: Int]
  /// The decision logs whose code paths change, by transcript.
  public var decisions: [TranscriptID: DecisionLog] = [:]
}

extension Study {
  /// Applies `revision` to the codebook `name` and migrates every coding of every transcript
  /// coded with it: each coder's and each consensus sheet.
  ///
  /// Throws when the codebook refuses the revision, or when a split would leave codings without
  /// a code (listing them). Pure: nothing is written.
  public func revising(codebook name: String, with revision: CodebookRevision) throws
    -> StudyRevision
  {
    let codebook = try self.codebook(named: name)
    let revised = try codebook.revised(by: revision)
    var sheets: [CodingSheet] = []
    var changed: [Coder: Int] = [:]
    var unassigned: [String] = []
    var logs: [TranscriptID: DecisionLog] = [:]
    for id in transcriptIDs {
      guard let transcript = transcripts[id], (try? self.codebook(for: transcript))?.name == name
      else {
        continue
      }
      if let log = decisions[id] {
        let migrated = log.migrated(by: revised.mapping, transcript: id)
        if migrated != log { logs[id] = migrated }
      }
      let candidates =
        (self.sheets[id] ?? [:]).values.sorted { $0.coder < $1.coder }
        + (consensus[id].map { [$0] } ?? [])
      for sheet in candidates {
        let migrated = sheet.migrated(by: revised.mapping)
        unassigned += migrated.unassigned.map { "\(sheet.coder) \(id) \($0.segment)" }
        if migrated.sheet != sheet.sorted() || migrated.changed > 0 {
          sheets.append(migrated.sheet)
          changed[sheet.coder, default: 0] += migrated.changed
        }
      }
    }
    if !unassigned.isEmpty {
      var seen: Set<String> = []
      let distinct = unassigned.filter { seen.insert($0).inserted }
      throw RevisionProblem.unassigned(code: revision.code.description, codings: distinct)
    }
    return StudyRevision(
      codebook: revised.codebook, sheets: sheets, changedCodings: changed, decisions: logs)
  }
}
