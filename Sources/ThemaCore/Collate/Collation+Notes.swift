/// The sentences printed under a table or report: how many interviews the counts are of, and
/// where the codings came from. Plain English, shared by every output format.
extension Collation {
  /// The notes for a table or report, e.g. `N = 8 interviews coded with program-managers (Los
  /// Angeles 4, San Diego 4).` and a sentence on the codings' source.
  public func notes(splitBy: String?) -> [String] {
    let count = transcripts.count
    var first = "N = \(count) interview\(count == 1 ? "" : "s") coded with \(index.codebook.name)"
    if let splitBy {
      let values = self.values(of: splitBy).map { "\($0.value) \($0.count)" }
      first += " (by \(splitBy): \(values.joined(separator: ", ")))"
    }
    return [first + ".", sourceNote()]
  }

  private func sourceNote() -> String {
    let names = Self.list(coders.filter { $0 != .consensus }.map(\.rawValue))
    switch source {
    case .automatic:
      let fromConsensus = codings.filter { $0.sources == [.consensus] }
      let consensus = fromConsensus.map(\.transcript.rawValue)
      var text = "Codings: "
      if !consensus.isEmpty { text += "the lead's consensus for \(Self.list(consensus)); " }
      text += "the coders' own" + (consensus.isEmpty ? "" : " for the others")
      text += names.isEmpty ? "." : " (\(names))."
      let inProgress = fromConsensus.filter(\.isUnresolved).map(\.transcript.rawValue)
      if !inProgress.isEmpty {
        text += " The consensus for \(Self.list(inProgress)) is still in progress."
      }
      let union = codings.filter { $0.isUnresolved && $0.sources != [.consensus] }
        .map(\.transcript.rawValue)
      if !union.isEmpty {
        text +=
          " Not yet resolved: \(Self.list(union)) \(union.count == 1 ? "was" : "were") coded by "
          + "several coders with no consensus yet, so every coder's codings are shown."
      }
      return text
    case .consensus:
      return "Codings: the consensus only."
    case .coder(let coder):
      return "Codings: \(coder.rawValue)'s only."
    case .union:
      return "Codings: every coder's, combined (\(names))."
    case .intersection:
      return "Codings: only codes every coder applied to a segment (\(names))."
    }
  }

  /// `a, b and c`; a list of more than eight is cut to six and how many more.
  public static func list(_ items: [String]) -> String {
    guard items.count > 1, let last = items.last else { return items.first ?? "" }
    // A long list is cut: a note under a table of 200 interviews must stay readable.
    if items.count > 8 {
      return items.prefix(6).joined(separator: ", ") + " and \(items.count - 6) more"
    }
    return items.dropLast().joined(separator: ", ") + " and " + last
  }
}
