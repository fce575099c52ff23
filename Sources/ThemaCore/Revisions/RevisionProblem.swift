/// Why a codebook revision was refused, as data; nothing is changed when one is thrown.
public enum RevisionProblem: Error, Hashable, Sendable {
  /// The new ID is not a valid code ID.
  case invalidID(String)
  /// A sibling already has the ID.
  case idTaken(id: String, parent: String)
  /// A rename that changes nothing.
  case nothingToRename(code: String)
  /// A move or merge of a code into itself or below itself.
  case intoItself(code: String, target: String)
  /// A move that would nest codes deeper than Markdown headings allow.
  case tooDeep(code: String, depth: Int)
  /// A merge into a retired code.
  case retiredTarget(code: String)
  /// The code is retired already.
  case alreadyRetired(code: String, reason: String)
  /// A split of a code that has subcodes.
  case splitWithSubcodes(code: String)
  /// A split into fewer than two new codes.
  case splitNeedsTwo(code: String)
  /// An assignment names an ID that is not one of the new codes.
  case unknownSplitTarget(id: String, newIDs: [String])
  /// Codings a split would leave without a code, as `coder transcript segment`.
  case unassigned(code: String, codings: [String])
  /// Another coder or lead has a file open that the revision must change.
  case fileInUse(file: String, holder: String)

  /// What is wrong and what to do.
  public var message: String {
    switch self {
    case .invalidID(let id):
      return "'\(id)' is not a valid code ID; use letters, digits, '.', '_' and '-', e.g. 1d"
    case .idTaken(let id, let parent):
      let under = parent.isEmpty ? "at the top level" : "under \(parent)"
      return "a code '\(id)' already exists \(under); choose another ID, or merge the two codes"
    case .nothingToRename(let code):
      return "give --id, --name or both to rename \(code)"
    case .intoItself(let code, let target):
      return "\(code) cannot go into \(target), which is itself or one of its subcodes"
    case .tooDeep(let code, let depth):
      return
        "moving \(code) there would nest codes \(depth) levels deep; a codebook holds at most "
        + "\(Codebook.maximumDepth) levels"
    case .retiredTarget(let code):
      return "\(code) is retired; merge into a code in use"
    case .alreadyRetired(let code, let reason):
      return "\(code) is already retired (\(reason))"
    case .splitWithSubcodes(let code):
      return "\(code) has subcodes; move or merge them first, then split it"
    case .splitNeedsTwo(let code):
      return
        "split \(code) into at least two new codes, e.g. --into '1d:First part' --into '1e:Second part'"
    case .unknownSplitTarget(let id, let newIDs):
      return "'\(id)' is not one of the new codes (\(newIDs.joined(separator: ", ")))"
    case .unassigned(let code, let codings):
      let shown = codings.prefix(8).joined(separator: "; ")
      let more = codings.count > 8 ? "; and \(codings.count - 8) more" : ""
      return
        "\(codings.count) coding\(codings.count == 1 ? "" : "s") of \(code) would be left without a code "
        + "(\(shown)\(more)); assign each segment with --assign TRANSCRIPT:SEGMENT=NEWID, or send the "
        + "rest to one new code with --rest NEWID. Nothing was changed."
    case .fileInUse(let file, let holder):
      return
        "\(file) is open in another Thema process (\(holder)); ask them to close it, then run the "
        + "revision again. Nothing was changed."
    }
  }
}
