/// The decision log of an imported consensus.
///
/// A REFI-QDA project carries the consensus as a user's codings but not the lead's decisions,
/// and a consensus must stay in step with its log (`thema check`). So the import records one
/// decision `imported` per segment and code of the consensus, by the lead `consensus`, with the
/// first two coders' codings of that item and the consensus codings as its result, and a
/// rationale naming the file.
extension RefiProjectImport {
  /// The log for the consensus of `transcript`, or nil when there is none.
  public func decisionLog(for transcript: TranscriptID, time: String, source: String)
    -> DecisionLog?
  {
    guard let sheets = self.sheets[transcript], let consensus = sheets[.consensus],
      !consensus.codings.isEmpty
    else { return nil }
    let coders = sheets.keys.filter { $0 != .consensus }.sorted()
    func side(_ index: Int, _ key: ItemKey) -> DecisionRecord.Side {
      guard index < coders.count, let sheet = sheets[coders[index]] else {
        return DecisionRecord.Side(coder: "", codings: [])
      }
      let codings = sheet.codings.filter { $0.segment == key.segment && $0.code == key.code }
      return DecisionRecord.Side(
        coder: coders[index].rawValue, codings: codings.map(DecisionRecord.RecordedCoding.init))
    }
    var items: [ItemKey] = []
    var results: [ItemKey: [Coding]] = [:]
    for coding in consensus.codings {
      let key = ItemKey(segment: coding.segment, code: coding.code)
      if results[key] == nil { items.append(key) }
      results[key, default: []].append(coding)
    }
    var log = DecisionLog()
    for key in items {
      log.append(
        DecisionRecord(
          sequence: 0, time: time, lead: Coder.consensus.rawValue,
          transcript: transcript.rawValue, segment: key.segment.rawValue,
          code: key.code.description, first: side(0, key), second: side(1, key),
          decision: "imported",
          result: (results[key] ?? []).map(DecisionRecord.RecordedCoding.init),
          rationale: "Imported with the consensus from \(source)", undoes: nil))
    }
    return log
  }
}
