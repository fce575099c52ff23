/// One line of `decisions.jsonl`: what a lead decided for one (segment, code), with both coders'
/// codings as they were, so a reviewer can read the audit trail without the coders' files.
public struct DecisionRecord: Hashable, Sendable, Codable {
  /// A coding as recorded in the log.
  public struct RecordedCoding: Hashable, Sendable, Codable {
    /// The code's full path.
    public var code: String
    /// `start-end`, or nil for the whole segment.
    public var span: String?
    /// Flags as written in codings files (`*`, `?`).
    public var flags: String
    /// The memo.
    public var memo: String

    /// Records a coding.
    public init(_ coding: Coding) {
      code = coding.code.description
      span = coding.span?.description
      flags = coding.flags.symbols
      memo = coding.memo
    }

    /// The coding back, for `transcript` and `segment`; nil when a field does not parse.
    public func coding(transcript: TranscriptID, segment: SegmentID) -> Coding? {
      guard let path = CodePath(parsing: code), let flags = CodingFlags(parsing: flags) else {
        return nil
      }
      var parsedSpan: TextSpan?
      if let span {
        guard let value = TextSpan(parsing: span) else { return nil }
        parsedSpan = value
      }
      return Coding(
        transcript: transcript, segment: segment, code: path, span: parsedSpan, flags: flags,
        memo: memo)
    }
  }

  /// One coder's side of the item.
  public struct Side: Hashable, Sendable, Codable {
    /// The coder.
    public var coder: String
    /// Their codings of the code on the segment.
    public var codings: [RecordedCoding]

    /// Creates a side.
    public init(coder: String, codings: [RecordedCoding]) {
      self.coder = coder
      self.codings = codings
    }
  }

  /// The version of this record's shape.
  public var formatVersion = 1
  /// Its position in the log, from 1.
  public var sequence: Int
  /// When, as ISO 8601 UTC.
  public var time: String
  /// Who decided.
  public var lead: String
  /// The transcript.
  public var transcript: String
  /// The segment.
  public var segment: String
  /// The code decided on.
  public var code: String
  /// The first coder's codings.
  public var first: Side
  /// The second coder's codings.
  public var second: Side
  /// The decision's name (`first`, `both`, `code:T2/1/1b`, ...), or `undo`.
  public var decision: String
  /// The consensus codings the decision gives.
  public var result: [RecordedCoding]
  /// Why, in the lead's words.
  public var rationale: String
  /// For an undo, the sequence number of the record it cancels.
  public var undoes: Int?

  /// The item the record is about, when its segment and code parse.
  public var key: ItemKey? {
    guard let segment = SegmentID(rawValue: segment), let code = CodePath(parsing: code) else {
      return nil
    }
    return ItemKey(segment: segment, code: code)
  }
}
