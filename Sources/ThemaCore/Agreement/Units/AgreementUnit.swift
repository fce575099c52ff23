/// What one unit of comparison is: the thing two coders either both coded with a code, or not.
///
/// Every report prints its unit, because the figures differ by unit far more than by formula:
/// NVivo compares characters, MAXQDA transcripts (code existence) or overlapping coded spans.
public enum AgreementUnit: String, Hashable, Sendable, CaseIterable {
  /// Each segment of the transcripts both coders coded; a code applies to a segment when the
  /// coder applied it to the segment or to any span of it.
  case segment
  /// Each character (Unicode scalar) of the segments' text, NVivo's unit; spans count exactly and
  /// a coding without a span covers the whole segment.
  case character
  /// Each transcript: a code is present or absent in it (MAXQDA's code-existence level).
  case document
  /// Each coded span of either coder, matched to a span of the other coder with the same code
  /// that overlaps it by at least a set percentage (MAXQDA's segment level).
  case overlap
}

/// Which codes count as the same: each code as coded, or codes rolled up to an ancestor.
public enum AgreementLevel: Hashable, Sendable {
  /// Codes as coded: `T1/1/1a` and `T1/1/1b` are different codes.
  case asCoded
  /// Codes rolled up to their theme: a coding of `T1/1/1a` counts for `T1/1`. The theme is the
  /// level the codebook's `Levels:` line calls "Theme", else the level above the deepest.
  case theme
  /// Codes rolled up to this depth (1 is the top level).
  case depth(Int)

  /// The depth codes are cut to in `codebook`, or nil to keep them as coded.
  public func depth(in codebook: Codebook) -> Int? {
    switch self {
    case .asCoded:
      return nil
    case .depth(let depth):
      return max(1, depth)
    case .theme:
      if let named = codebook.levels.firstIndex(where: { $0.lowercased() == "theme" }) {
        return named + 1
      }
      let deepest = codebook.flattened().map(\.depth).max() ?? 1
      return max(1, deepest - 1)
    }
  }

  /// How the level is written on the command line: `code`, `theme` or a depth.
  public var argument: String {
    switch self {
    case .asCoded: return "code"
    case .theme: return "theme"
    case .depth(let depth): return String(depth)
    }
  }

  /// Parses `code`, `theme` or a depth of at least 1; nil otherwise.
  public init?(argument: String) {
    switch argument.lowercased() {
    case "code", "codes", "coded": self = .asCoded
    case "theme", "themes": self = .theme
    default:
      guard let depth = Int(argument), depth >= 1 else { return nil }
      self = .depth(depth)
    }
  }
}
