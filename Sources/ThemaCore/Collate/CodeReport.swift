/// A code report, as coders read one before writing up: every segment (or span) coded with a
/// code, across all interviews, grouped by interview, with who said it, the coder, the memo and
/// optionally the segments around it; with counts per interview and per attribute value.
///
/// One `Section` per requested code. Built by `CodeReport.build(_:codes:includeChildren:context:options:)`;
/// written by the `CodeReport+<Format>.swift` extensions.
public struct CodeReport: Hashable, Sendable {
  /// The codebook's name, e.g. `program-managers`.
  public var codebook: String
  /// The codebook's title.
  public var title: String
  /// Whether codings of codes below each requested code are included.
  public var includesChildren: Bool
  /// How many segments before and after each coded one are shown.
  public var context: Int
  /// The attribute counts are split by, or nil.
  public var splitBy: String?
  /// How many interviews were coded with the codebook.
  public var interviews: Int
  /// One section per requested code, in the order asked.
  public var sections: [Section]
  /// Sentences for the note under the report: the N, and where the codings came from.
  public var notes: [String]

  /// The codings of one requested code.
  public struct Section: Hashable, Sendable {
    /// The code's full path.
    public var path: CodePath
    /// The level name and ID as a paper writes it, e.g. `Subtheme 1a`, or for a top-level code
    /// its position, e.g. `Table 1`.
    public var label: String
    /// The code's name.
    public var name: String
    /// The code's definition.
    public var definition: String
    /// The coded passages, by interview in natural order.
    public var groups: [Group]
    /// With a split, interviews and codings per attribute value (every value, zeros included).
    public var split: [SplitCount]

    /// How many codings the section holds.
    public var codingCount: Int { groups.reduce(0) { $0 + $1.items.count } }
  }

  /// The codings of one interview.
  public struct Group: Hashable, Sendable {
    /// The interview.
    public var transcript: TranscriptID
    /// Who the interview is with, e.g. `PM-01, Program manager, Los Angeles`.
    public var attribution: String
    /// The interview's value of the split attribute (`(none)` when it has none), or nil
    /// without a split.
    public var splitValue: String?
    /// The codings, by segment.
    public var items: [Item]
  }

  /// One coded segment or span.
  public struct Item: Hashable, Sendable {
    /// The segment.
    public var segment: SegmentID
    /// Who speaks in it.
    public var speaker: String
    /// When it starts in the recording, if known.
    public var start: Timestamp?
    /// The code applied (the requested code or, with children, one below it).
    public var code: CodePath
    /// The span, or nil for the whole segment.
    public var span: TextSpan?
    /// Whether it is starred as an illustrative quote.
    public var isStarred: Bool
    /// Whether the coder marked it unsure.
    public var isUnsure: Bool
    /// The coded passage, white space made single spaces.
    public var text: String
    /// The coder's memo.
    public var memo: String
    /// Who applied it (`consensus` for the lead's consensus).
    public var coders: [Coder]
    /// Up to `context` segments before it.
    public var before: [ContextSegment]
    /// Up to `context` segments after it.
    public var after: [ContextSegment]
  }

  /// A segment shown around a coded one.
  public struct ContextSegment: Hashable, Sendable {
    /// The segment's ID.
    public var segment: SegmentID
    /// Who speaks.
    public var speaker: String
    /// The words, white space made single spaces.
    public var text: String
  }

  /// Interviews and codings for one value of the split attribute.
  public struct SplitCount: Hashable, Sendable {
    /// The value, e.g. `Los Angeles`, or `(none)`.
    public var value: String
    /// Interviews with the value that have at least one coding in the section.
    public var interviews: Int
    /// Coded interviews with the value (the denominator).
    public var total: Int
    /// Codings in those interviews.
    public var codings: Int
  }
}
