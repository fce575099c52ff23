/// The codings one side of a comparison made, by transcript: a coder's sheets, or the lead's
/// consensus. Agreement compares coding sets, not coder names, so "each coder against the
/// consensus" is the same computation as "alice against bob".
public struct CodingSet: Sendable {
  /// The name shown in reports, e.g. `alice` or `consensus`.
  public var name: String
  /// The sheets by transcript; a transcript without a sheet was not coded by this side.
  public var sheets: [TranscriptID: CodingSheet]

  /// Creates a coding set.
  public init(name: String, sheets: [TranscriptID: CodingSheet]) {
    self.name = name
    self.sheets = sheets
  }
}

/// Codings that no figure counts, reported rather than silently dropped.
public struct SetAsideCodings: Hashable, Sendable {
  /// Why a coding was set aside.
  public enum Reason: Hashable, Sendable {
    /// Its code is not in the codebook (renamed, moved or deleted since it was applied).
    case codeNotInCodebook
    /// Its code is retired (`thema codebook retire`): kept for old codings, no longer in use.
    case codeRetired
    /// Its segment is not in the transcript.
    case segmentNotInTranscript
  }

  /// Why.
  public var reason: Reason
  /// The coding set (coder) that made the codings.
  public var coder: String
  /// The code as written in the codings.
  public var code: CodePath
  /// The transcripts they are in.
  public var transcripts: [TranscriptID]
  /// How many codings.
  public var count: Int

  /// Creates a record.
  public init(
    reason: Reason, coder: String, code: CodePath, transcripts: [TranscriptID], count: Int
  ) {
    self.reason = reason
    self.coder = coder
    self.code = code
    self.transcripts = transcripts
    self.count = count
  }
}
