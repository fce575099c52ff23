/// Finds the closest known names to a mistyped one, for "Did you mean ...?" hints.
public enum Suggestions {
  /// Up to `limit` of `candidates` within a small edit distance of `input`, closest first.
  public static func closest(to input: String, among candidates: [String], limit: Int = 3)
    -> [String]
  {
    let lowered = input.lowercased()
    let threshold = max(2, lowered.count / 3)
    let scored = candidates.compactMap { candidate -> (String, Int)? in
      let distance = editDistance(lowered, candidate.lowercased())
      let isPrefix = candidate.lowercased().hasPrefix(lowered) && lowered.count >= 2
      guard distance <= threshold || isPrefix else { return nil }
      return (candidate, isPrefix ? min(distance, 1) : distance)
    }
    return
      scored
      .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : NaturalOrder.less($0.0, $1.0) }
      .prefix(limit)
      .map(\.0)
  }

  /// The Damerau-Levenshtein distance (with adjacent transpositions) between two strings.
  public static func editDistance(_ a: String, _ b: String) -> Int {
    let x = Array(a)
    let y = Array(b)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var previousPrevious = [Int](repeating: 0, count: y.count + 1)
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      current[0] = i
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
          best = min(best, previousPrevious[j - 2] + 1)
        }
        current[j] = best
      }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[y.count]
  }
}
