/// A thematic quote table, as in a paper's "Table 1. Characteristics of peer specialists": for
/// each theme and subtheme of a codebook, its description, how many interviews it occurs in, and
/// illustrative quotes with who said them.
///
/// One `Section` per top-level code (a table of the paper; `--domain` picks one); its rows are
/// the codes below it in codebook order, labelled with the codebook's level names and the
/// codes' IDs ("Theme 1", "Subtheme 1a"). Built by `QuoteTable.build(_:domain:options:)`;
/// written by the `QuoteTable+<Format>.swift` extensions.
public struct QuoteTable: Hashable, Sendable {
  /// The codebook's name, e.g. `program-managers`.
  public var codebook: String
  /// The codebook's title.
  public var title: String
  /// The codebook's level names, e.g. `Table, Theme, Subtheme`.
  public var levels: [String]
  /// The printed tables, one per top-level code.
  public var sections: [Section]
  /// How many interviews were coded with the codebook (the N of every count).
  public var interviews: Int
  /// The attribute counts are split by (`--by`), or nil.
  public var splitBy: String?
  /// With `splitBy`, how many coded interviews have each value, in natural order.
  public var splitTotals: [ValueCount]
  /// How many quotes each row was asked for.
  public var quotesPerRow: Int
  /// Sentences for the note under the table: the N, and where the codings came from.
  public var notes: [String]

  /// One printed table: a top-level code and the codes below it.
  public struct Section: Hashable, Sendable {
    /// The top-level code's path, e.g. `T1`.
    public var path: CodePath
    /// Its position among the top-level codes, from 1.
    public var number: Int
    /// Its level name and number, e.g. `Table 1`.
    public var label: String
    /// The code's name, e.g. `Characteristics of peer specialists`.
    public var name: String
    /// The code's description.
    public var description: String
    /// In how many interviews any code of the section occurs.
    public var interviews: Int
    /// The themes and subthemes, in codebook order.
    public var rows: [Row]
  }

  /// One theme or subtheme.
  public struct Row: Hashable, Sendable {
    /// The code's full path, e.g. `T1/1/1a`.
    public var path: CodePath
    /// The code's ID, e.g. `1a`.
    public var id: String
    /// 2 for a theme, 3 for a subtheme (1 is the section).
    public var depth: Int
    /// The level name and ID as a paper writes it, e.g. `Subtheme 1a`.
    public var label: String
    /// The code's name.
    public var name: String
    /// The code's description, or its definition when it has none.
    public var description: String
    /// In how many interviews the code or a code below it was applied.
    public var interviews: Int
    /// How many participants said something coded with it (speakers other than the
    /// interviewer, counted per interview).
    public var participants: Int
    /// With `splitBy`, the interviews per attribute value (every value, zeros included).
    public var split: [ValueCount]
    /// The illustrative quotes, best first.
    public var quotes: [Quote]
  }

  /// A value of the split attribute and how many interviews have it.
  public struct ValueCount: Hashable, Sendable {
    /// The attribute's value, e.g. `Los Angeles`; `(none)` for transcripts without it.
    public var value: String
    /// The number of interviews.
    public var count: Int

    /// Creates a count.
    public init(value: String, count: Int) {
      self.value = value
      self.count = count
    }
  }
}

/// One illustrative quote in a table or report: where it is from, its printed text and who
/// said it.
public struct Quote: Hashable, Sendable {
  /// The transcript it is from.
  public var transcript: TranscriptID
  /// The segment it is from.
  public var segment: SegmentID
  /// The code it was coded with.
  public var code: CodePath
  /// The coded span, or nil for the whole segment.
  public var span: TextSpan?
  /// Whether a coder starred it as an illustrative quote.
  public var isStarred: Bool
  /// The quote as printed, without the outer quotation marks: shortened at a word boundary
  /// with an ellipsis, typographic marks inside.
  public var text: String
  /// Who said it, e.g. `PM-01, Program manager, Los Angeles`.
  public var attribution: String

  /// Creates a quote.
  public init(
    transcript: TranscriptID, segment: SegmentID, code: CodePath, span: TextSpan?,
    isStarred: Bool, text: String, attribution: String
  ) {
    self.transcript = transcript
    self.segment = segment
    self.code = code
    self.span = span
    self.isStarred = isStarred
    self.text = text
    self.attribution = attribution
  }

  /// The quote in typographic quotation marks with its attribution:
  /// `“…” (PM-01, Program manager, Los Angeles)`.
  public var printed: String {
    "\u{201C}\(text)\u{201D} (\(attribution))"
  }
}

extension QuoteTable.Row {
  /// The interview count as printed: `5`, `5 (6 participants)` when participants differ, and
  /// with a split `5 (Los Angeles n=3, San Diego n=2)`.
  public var countText: String {
    var details: [String] = []
    if participants != interviews {
      details.append("\(participants) participant\(participants == 1 ? "" : "s")")
    }
    if !split.isEmpty {
      details.append(split.map { "\($0.value) n=\($0.count)" }.joined(separator: ", "))
    }
    return details.isEmpty ? "\(interviews)" : "\(interviews) (\(details.joined(separator: "; ")))"
  }
}

extension QuoteTable {
  /// The heading of the count column: `Interviews (N = 8)`.
  public var countHeading: String {
    "Interviews (N = \(interviews))"
  }

  /// The heading of the first column, from the codebook's level names below the top one:
  /// `Theme / subtheme`.
  public var labelHeading: String {
    let names = levels.dropFirst().map { $0.lowercased() }
    guard let first = names.first else { return "Code" }
    return ([first.prefix(1).uppercased() + first.dropFirst()] + names.dropFirst())
      .joined(separator: " / ")
  }
}
