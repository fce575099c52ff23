/// Deciding how a project's positions are counted, from the project itself.
extension RefiPositionScheme {
  /// One text source's text and its selections, as evidence for the scheme.
  struct Sample: Sendable {
    /// The text as stored, without a byte-order mark.
    var scalars: [Unicode.Scalar]
    /// The selections' positions and names.
    var selections: [(start: Int, end: Int, name: String)]
  }

  /// The scheme that reads `samples` best, and why.
  ///
  /// ATLAS.ti names a quotation after its text, so a scheme under which selections' texts
  /// match their names is right; failing that, the scheme that keeps the most selections
  /// inside their text and off the middle of a character (a surrogate pair, a CRLF) wins; on a
  /// tie, the scheme the tool in `origin` is known to use, else the standard's code points.
  static func detect(_ samples: [Sample], origin: String) -> (RefiPositionScheme, Evidence) {
    guard samples.contains(where: { schemesDiffer(on: $0.scalars) }) else {
      return (.codePoints, .noDifference)
    }
    if origin.hasPrefix("Thema") { return (.codePoints, .thema) }
    var scores: [RefiPositionScheme: (matches: Int, fits: Int)] = [:]
    var named = 0
    var total = 0
    for scheme in allCases {
      var matches = 0
      var fits = 0
      named = 0
      total = 0
      for sample in samples {
        let positions = scheme.positions(of: sample.scalars)
        for selection in sample.selections {
          total += 1
          let name = collapsed(selection.name)
          if !name.isEmpty { named += 1 }
          guard
            let range = scalarRange(
              selection.start, selection.end, positions: positions, scalars: sample.scalars)
          else { continue }
          fits += 1
          let text = String(String.UnicodeScalarView(sample.scalars[range]))
          if !name.isEmpty, nameMatches(name, collapsed(text)) {
            matches += 1
          }
        }
      }
      scores[scheme] = (matches, fits)
    }
    var tied = Array(allCases)
    let bestMatches = tied.map { scores[$0]?.matches ?? 0 }.max() ?? 0
    tied = tied.filter { scores[$0]?.matches == bestMatches }
    if bestMatches > 0, tied.count == 1, let only = tied.first {
      return (only, .names(matched: bestMatches, of: named))
    }
    let bestFits = tied.map { scores[$0]?.fits ?? 0 }.max() ?? 0
    tied = tied.filter { scores[$0]?.fits == bestFits }
    if tied.count == 1, let only = tied.first {
      return (only, .fits(fitting: bestFits, of: total))
    }
    if let known = known(forOrigin: origin), tied.contains(known) {
      return (known, .origin(origin))
    }
    return (tied.contains(.codePoints) ? .codePoints : tied.first ?? .codePoints, .standard)
  }

  /// The scalars a selection covers, or nil when it lies outside the text or a boundary falls
  /// inside a character (half a surrogate pair, between CR and LF).
  static func scalarRange(
    _ start: Int, _ end: Int, positions: [Int], scalars: [Unicode.Scalar]
  ) -> Range<Int>? {
    guard start >= 0, start < end, let length = positions.last, end <= length,
      let lower = boundary(start, in: positions, scalars: scalars),
      let upper = boundary(end, in: positions, scalars: scalars)
    else { return nil }
    return lower..<upper
  }

  /// The scalar index where `position` falls exactly on a character boundary, or nil.
  private static func boundary(_ position: Int, in positions: [Int], scalars: [Unicode.Scalar])
    -> Int?
  {
    var low = 0
    var high = positions.count - 1
    while low < high {
      let middle = (low + high) / 2
      if positions[middle] < position { low = middle + 1 } else { high = middle }
    }
    guard positions[low] == position else { return nil }
    if low > 0, low < scalars.count, scalars[low - 1] == "\r", scalars[low] == "\n" {
      return nil
    }
    return low
  }

  /// Whether a selection's name is its text: the same words, or the start of them when the
  /// name was cut short with an ellipsis (as tools do for long quotations).
  private static func nameMatches(_ name: String, _ text: String) -> Bool {
    if name == text { return true }
    for ellipsis in ["…", "..."] where name.hasSuffix(ellipsis) {
      let stem = String(name.dropLast(ellipsis.count)).trimmingTrailingWhitespaceString()
      if stem.count >= 8 && text.hasPrefix(stem) { return true }
    }
    return false
  }

  /// Text with every run of whitespace as one space, trimmed.
  private static func collapsed(_ text: some StringProtocol) -> String {
    text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  }
}

extension String {
  /// The string without trailing whitespace.
  fileprivate func trimmingTrailingWhitespaceString() -> String {
    var copy = self
    while let last = copy.last, last.isWhitespace { copy.removeLast() }
    return copy
  }
}
