import Foundation
import ThemaCore

extension Project {
  /// Reads a transcript's decision log; an absent file is an empty log.
  public func readDecisions(_ id: TranscriptID) throws(DiagnosticList) -> DecisionLog {
    let path = decisionsPath(id)
    guard FileManager.default.fileExists(atPath: absolute(path)) else { return DecisionLog() }
    let text: String
    do {
      text = try readText(path)
    } catch {
      throw DiagnosticList(error)
    }
    return try DecisionLog.parse(text, file: display(path)).get()
  }

  /// Writes the consensus and the decision log together, as one transaction.
  public func saveConsensus(_ session: ConsensusSession) throws(Diagnostic) {
    let id = session.plan.transcript
    try commit([
      PendingWrite(path: consensusPath(id), data: Data(session.consensusSheet().tsv().utf8)),
      PendingWrite(path: decisionsPath(id), data: Data(session.log.jsonl().utf8)),
    ])
  }
}
