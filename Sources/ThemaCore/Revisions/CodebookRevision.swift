/// A change to a codebook's structure that existing codings must follow: the lead's "minor
/// revisions to the coding scheme" after coders compare their work.
public enum CodebookRevision: Hashable, Sendable {
  /// Gives a code a new ID and/or name; codings of it and of its subcodes follow.
  case rename(code: CodePath, newID: String?, newName: String?)
  /// Moves a code (with its subcodes) under another code, or to the top level when nil.
  case move(code: CodePath, under: CodePath?)
  /// Folds a code into another: its codings become the target's, its subcodes move under the
  /// target, and the code is removed.
  case merge(code: CodePath, into: CodePath)
  /// Replaces a code without subcodes by new sibling codes; each of its codings goes to the new
  /// code its segment is assigned to, or to `rest`.
  case split(code: CodePath, into: [Code], assignments: [SplitAssignment], rest: String?)
  /// Marks a code retired with a reason; its codings stay and `thema check` reports them.
  case retire(code: CodePath, reason: String)

  /// The verb, as the revision log and messages write it.
  public var verb: String {
    switch self {
    case .rename: "rename"
    case .move: "move"
    case .merge: "merge"
    case .split: "split"
    case .retire: "retire"
    }
  }

  /// The code the revision acts on.
  public var code: CodePath {
    switch self {
    case .rename(let code, _, _), .move(let code, _), .merge(let code, _),
      .split(let code, _, _, _),
      .retire(let code, _):
      code
    }
  }
}

/// Which new code a split sends one segment's codings to.
public struct SplitAssignment: Hashable, Sendable {
  /// The transcript.
  public var transcript: TranscriptID
  /// The segment.
  public var segment: SegmentID
  /// The ID of one of the new codes.
  public var newID: String

  /// Creates an assignment.
  public init(transcript: TranscriptID, segment: SegmentID, newID: String) {
    self.transcript = transcript
    self.segment = segment
    self.newID = newID
  }

  /// Parses `PM-01:S12=1a1`; nil when it is not of that shape.
  public init?(parsing text: String) {
    guard let colon = text.firstIndex(of: ":"), let equals = text.firstIndex(of: "="),
      colon < equals,
      let transcript = TranscriptID(rawValue: String(text[..<colon])),
      let segment = SegmentID(rawValue: String(text[text.index(after: colon)..<equals]))
    else { return nil }
    let id = String(text[text.index(after: equals)...])
    guard IdentifierRule.isValid(id) else { return nil }
    self.init(transcript: transcript, segment: segment, newID: id)
  }
}
