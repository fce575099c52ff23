/// The overlap unit, MAXQDA's segment level: every coded span of either coder, and whether the
/// other coder coded a span with the same code that overlaps it enough.
///
/// Two spans match when their shared characters are at least `threshold` percent of the
/// characters either covers (intersection over union), so a 90% threshold lets the boundaries
/// differ by a few words. Each span is judged on its own, from both sides: a matched pair counts
/// as two agreements, an unmatched span as one disagreement. A coder's spans of the same code in
/// a segment that overlap are first merged into one (a quote marked inside a segment the coder
/// also coded whole is one span).
public struct OverlapMatching: Sendable {
  /// One coded span and whether the other coder matched it.
  public struct Span: Hashable, Sendable {
    /// The coder (0 or 1).
    public var coder: Int
    /// The transcript's position in `transcripts`.
    public var transcript: Int
    /// The segment's position in the transcript.
    public var segment: Int
    /// The category (position in `categories.paths`).
    public var category: Int
    /// The characters coded.
    public var span: TextSpan
    /// Whether the other coder coded an overlapping span with the same code.
    public var isMatched: Bool
  }

  /// The codes told apart.
  public let categories: CodeCategories
  /// The two coding sets, by name.
  public let coders: [String]
  /// The transcripts compared.
  public let transcripts: [TranscriptID]
  /// The minimum overlap, in percent of the union, for two spans to match.
  public let threshold: Int
  /// Every coded span of both coders.
  public private(set) var spans: [Span] = []

  /// How many spans each coder coded with a category, and how many of them were matched.
  public struct Counts: Hashable, Sendable {
    /// Spans of each coder.
    public var spans = [0, 0]
    /// Matched spans of each coder.
    public var matched = [0, 0]

    /// Spans matched, counted from both sides.
    public var agreements: Int { matched[0] + matched[1] }
    /// Spans not matched.
    public var disagreements: Int { spans[0] + spans[1] - agreements }
    /// agreements / (agreements + disagreements).
    public var percentAgreement: Estimate {
      .ratio(Double(agreements), Double(spans[0] + spans[1]), else: .noCodedSpans)
    }
  }

  /// Each category's counts.
  public func counts() -> [Counts] {
    var counts = Array(repeating: Counts(), count: categories.paths.count)
    for span in spans {
      counts[span.category].spans[span.coder] += 1
      if span.isMatched { counts[span.category].matched[span.coder] += 1 }
    }
    return counts
  }

  /// Whether spans `a` and `b` overlap by at least `threshold` percent of their union.
  public static func matches(_ a: TextSpan, _ b: TextSpan, threshold: Int) -> Bool {
    let shared = a.overlap(with: b)
    guard shared > 0 else { return false }
    let union = a.length + b.length - shared
    return 100 * shared >= threshold * union
  }

  /// Matches the spans of two coders' resolved sheets (`sheets[t]` holds both coders' sheets of
  /// `transcripts[t]`).
  init(
    categories: CodeCategories, coders: [String], transcripts: [Transcript],
    sheets: [[ResolvedSheet?]], threshold: Int
  ) {
    self.categories = categories
    self.coders = coders
    self.transcripts = transcripts.map(\.id)
    self.threshold = threshold
    for (index, transcript) in transcripts.enumerated() {
      CodedSpan.forEachSegment(
        sheets[index], length: { transcript.segments[$0].scalarCount }, categories: categories
      ) {
        segment, _, perCoder in
        for coder in 0..<2 {
          let others = perCoder[1 - coder]
          for span in perCoder[coder] {
            let text = TextSpan(start: span.start, end: span.end)
            let matched = others.contains {
              $0.category == span.category
                && Self.matches(text, TextSpan(start: $0.start, end: $0.end), threshold: threshold)
            }
            spans.append(
              Span(
                coder: coder, transcript: index, segment: segment,
                category: Int(span.category), span: text, isMatched: matched))
          }
        }
      }
    }
  }
}
