/// Marks a coder puts on a coding, written as characters in the codings file's flags column.
public struct CodingFlags: OptionSet, Hashable, Sendable, Codable {
  /// The flags as bits.
  public let rawValue: UInt8

  /// Creates flags from bits.
  public init(rawValue: UInt8) {
    self.rawValue = rawValue
  }

  /// `*`: the coding is an illustrative quote, a candidate for the paper's tables.
  public static let quote = CodingFlags(rawValue: 1 << 0)
  /// `?`: the coder is unsure and wants to discuss it.
  public static let unsure = CodingFlags(rawValue: 1 << 1)

  /// Each flag with its character, in the order they are written.
  public static let symbols: [(flag: CodingFlags, symbol: Character)] = [
    (.quote, "*"), (.unsure, "?"),
  ]

  /// The flags as written in a codings file, e.g. `*?`.
  public var symbols: String {
    String(Self.symbols.filter { contains($0.flag) }.map(\.symbol))
  }

  /// Parses a flags column; nil when it has a character that is not a flag.
  public init?(parsing text: some StringProtocol) {
    var flags = CodingFlags()
    for character in text {
      guard let known = Self.symbols.first(where: { $0.symbol == character }) else { return nil }
      flags.insert(known.flag)
    }
    self = flags
  }
}
