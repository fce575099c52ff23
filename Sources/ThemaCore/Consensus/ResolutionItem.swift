/// What two coders did with one code on one segment: the unit a lead decides on.
public struct ResolutionItem: Hashable, Sendable {
  /// How the two coders' codings compare.
  public enum Kind: String, Hashable, Sendable {
    /// Both applied the code with the same spans: goes to the consensus without asking.
    case agreement
    /// Only the first coder applied it.
    case onlyFirst
    /// Only the second coder applied it.
    case onlySecond
    /// Both applied it, to different parts of the segment.
    case spans
  }

  /// The segment.
  public var segment: SegmentID
  /// The code.
  public var code: CodePath
  /// The first coder's codings of this code on this segment (one per span).
  public var first: [Coding]
  /// The second coder's.
  public var second: [Coding]

  /// Creates an item.
  public init(segment: SegmentID, code: CodePath, first: [Coding], second: [Coding]) {
    self.segment = segment
    self.code = code
    self.first = first
    self.second = second
  }

  /// How the coders' codings compare.
  public var kind: Kind {
    if second.isEmpty { return .onlyFirst }
    if first.isEmpty { return .onlySecond }
    return .agreement
  }

  /// Whether both applied the code but chose different parts of the segment.
  public var spansDiffer: Bool {
    kind == .agreement && Set(first.map(\.span)) != Set(second.map(\.span))
  }

  /// Whether the coders disagree here.
  public var isDisagreement: Bool { kind != .agreement }

  /// The key decisions are recorded under.
  public var key: ItemKey { ItemKey(segment: segment, code: code) }
}

/// A segment and a code: what a decision is about.
public struct ItemKey: Hashable, Comparable, Sendable, CustomStringConvertible {
  /// The segment.
  public var segment: SegmentID
  /// The code.
  public var code: CodePath

  /// Creates a key.
  public init(segment: SegmentID, code: CodePath) {
    self.segment = segment
    self.code = code
  }

  /// `S12:T1/1/1a`, the form `--decide` takes.
  public var description: String { "\(segment):\(code)" }

  /// Orders by segment, then code.
  public static func < (lhs: ItemKey, rhs: ItemKey) -> Bool {
    lhs.segment != rhs.segment ? lhs.segment < rhs.segment : lhs.code < rhs.code
  }
}
