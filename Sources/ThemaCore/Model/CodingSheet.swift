/// One coder's codings of one transcript: the content of `Transcripts/<ID>/codings/<coder>.tsv`.
///
/// Each coder writes only their own sheet, so two coders never write the same file.
public struct CodingSheet: Hashable, Sendable {
  /// The coded transcript.
  public var transcript: TranscriptID
  /// Whose codings these are.
  public var coder: Coder
  /// Whether the coder has marked the transcript done.
  public var isDone: Bool
  /// The codings, kept in file order (see `sorted()`).
  public var codings: [Coding]

  /// Creates a sheet.
  public init(transcript: TranscriptID, coder: Coder, isDone: Bool = false, codings: [Coding] = [])
  {
    self.transcript = transcript
    self.coder = coder
    self.isDone = isDone
    self.codings = codings
  }

  /// The sheet with its codings in canonical order (segment, code, span).
  public func sorted() -> CodingSheet {
    var copy = self
    copy.codings.sort { $0.key < $1.key }
    return copy
  }

  /// Adds `coding`, or replaces the coding with the same segment, code and span.
  /// Returns whether anything changed.
  @discardableResult
  public mutating func apply(_ coding: Coding) -> Bool {
    if let index = codings.firstIndex(where: { $0.key == coding.key }) {
      guard codings[index] != coding else { return false }
      codings[index] = coding
      return true
    }
    codings.append(coding)
    codings.sort { $0.key < $1.key }
    return true
  }

  /// Removes every coding of `code` on `segment` (all spans). Returns how many were removed.
  @discardableResult
  public mutating func remove(code: CodePath, from segment: SegmentID) -> Int {
    let before = codings.count
    codings.removeAll { $0.segment == segment && $0.code == code }
    return before - codings.count
  }

  /// The segments that carry at least one coding.
  public var codedSegments: Set<SegmentID> { Set(codings.map(\.segment)) }
}
