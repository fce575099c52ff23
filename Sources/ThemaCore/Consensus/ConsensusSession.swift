/// A lead's work on one transcript's consensus: the coders' items, the decision log, and what
/// follows from them. Pure values: `thema resolve` (scripted or on screen) saves
/// `consensusSheet()` and `log` after every change.
public struct ConsensusSession: Hashable, Sendable {
  /// The coders' items.
  public var plan: ResolutionPlan
  /// Every decision so far.
  public var log: DecisionLog
  /// Who is deciding.
  public var lead: String

  /// Creates a session over a plan and the log read from disk.
  public init(plan: ResolutionPlan, log: DecisionLog, lead: String) {
    self.plan = plan
    self.log = log
    self.lead = lead
  }

  /// The decision record in force for each item.
  public var decided: [ItemKey: DecisionRecord] { log.inForce() }

  /// Items of the plan with no decision yet: agreements and disagreements.
  public var pending: [ResolutionItem] {
    let decided = decided
    return plan.items.filter { decided[$0.key] == nil }
  }

  /// Disagreements with no decision yet.
  public var pendingDisagreements: [ResolutionItem] { pending.filter(\.isDisagreement) }

  /// Whether every item of the plan has a decision.
  public var isComplete: Bool { pending.isEmpty }

  /// Records `decision` for `key` at `time` (ISO 8601), returning the record.
  @discardableResult
  public mutating func decide(
    _ key: ItemKey, _ decision: Decision, rationale: String = "", time: String
  )
    throws(Problem) -> DecisionRecord
  {
    guard let item = plan.item(key) else { throw .noSuchItem(key.description) }
    if decision == .agreement && item.isDisagreement {
      throw .notAnAgreement(key.description)
    }
    let result = decision.result(for: item, transcript: plan.transcript)
    return log.append(
      DecisionRecord(
        sequence: 0, time: time, lead: lead, transcript: plan.transcript.rawValue,
        segment: key.segment.rawValue, code: key.code.description,
        first: .init(
          coder: plan.first.rawValue, codings: item.first.map(DecisionRecord.RecordedCoding.init)),
        second: .init(
          coder: plan.second.rawValue, codings: item.second.map(DecisionRecord.RecordedCoding.init)),
        decision: decision.name, result: result.map(DecisionRecord.RecordedCoding.init),
        rationale: rationale))
  }

  /// Records every pending agreement as agreed. Returns how many.
  @discardableResult
  public mutating func acceptAgreements(time: String) -> Int {
    var count = 0
    for item in pending where !item.isDisagreement {
      if (try? decide(item.key, .agreement, time: time)) != nil { count += 1 }
    }
    return count
  }

  /// Cancels the latest decision not yet undone, recording the undo. Returns the cancelled
  /// record, or nil when there is nothing to undo.
  @discardableResult
  public mutating func undo(time: String) -> DecisionRecord? {
    guard let last = log.lastUndoable else { return nil }
    var record = last
    record.time = time
    record.lead = lead
    record.decision = "undo"
    record.result = []
    record.rationale = ""
    record.undoes = last.sequence
    log.append(record)
    return last
  }

  /// The consensus codings: every in-force decision's result, as a sheet of the `consensus`
  /// coder, marked done when every item is decided.
  public func consensusSheet() -> CodingSheet {
    CodingSheet(
      transcript: plan.transcript, coder: .consensus, isDone: isComplete,
      codings: log.consensusCodings(transcript: plan.transcript)
    ).sorted()
  }
}
