/// The choices behind a code report or a quote table that are the same for both: which codings,
/// how quotes are attributed and shortened, and which attribute to split counts by.
public struct CollateOptions: Hashable, Sendable {
  /// Which codings to use (`--source`).
  public var source: CodingSource
  /// How quotes name their speaker (`--attribution`).
  public var attribution: Attribution
  /// The transcript attribute to count by, e.g. `county` (`--by`); nil for none.
  public var splitBy: String?
  /// How many quotes a table row shows (`--quotes`); reports show every coding.
  public var quotesPerRow: Int
  /// The longest quote a table shows, in words, before it is cut with an ellipsis
  /// (`--max-words`); also the top of the preferred length range.
  public var maxWords: Int

  /// The shortest quote, in words, that a table prefers: shorter ones rarely illustrate a theme.
  public static let preferredMinimumWords = 8

  /// Creates options; the defaults are what `thema table` and `thema export --all` use.
  public init(
    source: CodingSource = .automatic, attribution: Attribution = .standard,
    splitBy: String? = nil, quotesPerRow: Int = 2, maxWords: Int = 50
  ) {
    self.source = source
    self.attribution = attribution
    self.splitBy = splitBy
    self.quotesPerRow = quotesPerRow
    self.maxWords = maxWords
  }

  /// The quote lengths, in words, a table prefers.
  public var preferredWords: ClosedRange<Int> {
    min(Self.preferredMinimumWords, max(1, maxWords))...max(1, maxWords)
  }
}
