/// What a lead decided for one (segment, code) where the coders disagreed.
public enum Decision: Hashable, Sendable {
  /// Both coders applied the code: their codings go to the consensus, a whole-segment coding
  /// kept when either made one, and overlapping quotes merged into the smallest span covering
  /// both (flags united, memos joined); quotes that do not overlap are both kept.
  case agreement
  /// Take the first coder's codings.
  case acceptFirst
  /// Take the second coder's codings.
  case acceptSecond
  /// Take both coders' codings (every span either used).
  case both
  /// Neither: the code does not apply to this segment.
  case neither
  /// A different code applies: the coders' spans, under this code.
  case recode(CodePath)
  /// The code applies, to this part of the segment (nil: the whole segment).
  case span(TextSpan?)

  /// The name used in `decisions.jsonl` and `--decide`.
  public var name: String {
    switch self {
    case .agreement: "agreement"
    case .acceptFirst: "first"
    case .acceptSecond: "second"
    case .both: "both"
    case .neither: "neither"
    case .recode(let code): "code:\(code)"
    case .span(let span): "span:\(span?.description ?? "all")"
    }
  }

  /// Parses a decision as `--decide` takes it: `first`, `second`, a coder's name (`alice`),
  /// `both`, `neither`, `code:PATH` (the path as given, resolved by the caller) or
  /// `span:START-END` / `span:all`. Returns nil for anything else.
  public init?(parsing text: String, first: Coder, second: Coder) {
    switch text {
    case "first", first.rawValue: self = .acceptFirst
    case "second", second.rawValue: self = .acceptSecond
    case "both": self = .both
    case "neither": self = .neither
    case "agreement": self = .agreement
    case "span:all": self = .span(nil)
    default:
      if text.hasPrefix("span:"), let span = TextSpan(parsing: text.dropFirst(5)) {
        self = .span(span)
      } else if text.hasPrefix("code:"), let path = CodePath(parsing: text.dropFirst(5)) {
        self = .recode(path)
      } else {
        return nil
      }
    }
  }

  /// The consensus codings this decision gives for `item`.
  public func result(for item: ResolutionItem, transcript: TranscriptID) -> [Coding] {
    switch self {
    case .agreement:
      return Self.mergedOverlapping(item.first + item.second)
    case .both:
      return Self.merged(item.first + item.second)
    case .acceptFirst:
      return Self.merged(item.first)
    case .acceptSecond:
      return Self.merged(item.second)
    case .neither:
      return []
    case .recode(let code):
      return Self.merged(
        (item.first + item.second).map { coding in
          var moved = coding
          moved.code = code
          return moved
        })
    case .span(let span):
      let all = item.first + item.second
      return [
        Coding(
          transcript: transcript, segment: item.segment, code: item.code, span: span,
          flags: all.reduce(CodingFlags()) { $0.union($1.flags) }, memo: Self.memo(all))
      ]
    }
  }

  /// Codings with the same span folded into one, flags united and memos joined.
  static func merged(_ codings: [Coding]) -> [Coding] {
    var result: [CodingIdentity: Coding] = [:]
    for coding in codings {
      if var existing = result[coding.key] {
        existing.flags.formUnion(coding.flags)
        existing.memo = memo([existing, coding])
        result[coding.key] = existing
      } else {
        result[coding.key] = coding
      }
    }
    return result.values.sorted { $0.key < $1.key }
  }

  /// Codings of one code on one segment with overlapping spans joined into their union.
  static func mergedOverlapping(_ codings: [Coding]) -> [Coding] {
    let whole = merged(codings.filter { $0.span == nil })
    var spans = merged(codings.filter { $0.span != nil }).sorted {
      ($0.span?.start ?? 0) < ($1.span?.start ?? 0)
    }
    var result: [Coding] = []
    while !spans.isEmpty {
      var current = spans.removeFirst()
      while let next = spans.first, let a = current.span, let b = next.span, a.overlap(with: b) > 0
      {
        current.span = TextSpan(start: min(a.start, b.start), end: max(a.end, b.end))
        current.flags.formUnion(next.flags)
        current.memo = memo([current, next])
        spans.removeFirst()
      }
      result.append(current)
    }
    return (whole + result).sorted { $0.key < $1.key }
  }

  private static func memo(_ codings: [Coding]) -> String {
    var memos: [String] = []
    for coding in codings where !coding.memo.isEmpty && !memos.contains(coding.memo) {
      memos.append(coding.memo)
    }
    return memos.joined(separator: " / ")
  }
}
