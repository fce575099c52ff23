/// One application of a code to a segment (or to a quote inside it) by one coder.
public struct Coding: Hashable, Sendable {
  /// The transcript the segment belongs to.
  public var transcript: TranscriptID
  /// The coded segment.
  public var segment: SegmentID
  /// The full path of the applied code.
  public var code: CodePath
  /// The quote inside the segment the coding narrows to; nil for the whole segment.
  public var span: TextSpan?
  /// Marks such as an illustrative quote.
  public var flags: CodingFlags
  /// The coder's note on this coding; may hold line breaks.
  public var memo: String

  /// Creates a coding.
  public init(
    transcript: TranscriptID, segment: SegmentID, code: CodePath, span: TextSpan? = nil,
    flags: CodingFlags = [], memo: String = ""
  ) {
    self.transcript = transcript
    self.segment = segment
    self.code = code
    self.span = span
    self.flags = flags
    self.memo = memo
  }

  /// What makes two codings the same application: segment, code and span.
  public var key: CodingIdentity { CodingIdentity(segment: segment, code: code, span: span) }

  /// Whether this coding is starred as an illustrative quote.
  public var isQuote: Bool { flags.contains(.quote) }
}

/// The identity of a coding within one coder's sheet: segment, code and span.
public struct CodingIdentity: Hashable, Comparable, Sendable {
  /// The coded segment.
  public var segment: SegmentID
  /// The applied code.
  public var code: CodePath
  /// The quote, or nil for the whole segment.
  public var span: TextSpan?

  /// Creates a key.
  public init(segment: SegmentID, code: CodePath, span: TextSpan?) {
    self.segment = segment
    self.code = code
    self.span = span
  }

  /// The order of lines in a codings file: segment, then code, then whole segment before spans.
  public static func < (lhs: CodingIdentity, rhs: CodingIdentity) -> Bool {
    if lhs.segment != rhs.segment { return lhs.segment < rhs.segment }
    if lhs.code != rhs.code { return lhs.code < rhs.code }
    switch (lhs.span, rhs.span) {
    case (nil, nil): return false
    case (nil, _): return true
    case (_, nil): return false
    case (let a?, let b?): return a < b
    }
  }
}
