/// How tables choose their illustrative quotes among every coding of a code.
///
/// For each row, quotes are picked one at a time; each pick takes the candidate that comes first
/// by these rules, in this order:
/// 1. **Starred first**: a coding a coder marked `*` (illustrative quote) beats any other.
/// 2. **Spread across participants**: a quote from an interview the row has quoted fewer times
///    beats one from an interview already quoted.
/// 3. **Spans before whole segments**: a coder who narrowed a coding to a span chose the words.
/// 4. **Length in range**: a quote of 8 words up to the table's maximum (50 by default) beats a
///    shorter one or one that has to be cut.
/// 5. **Order**: then the earliest, by transcript ID, segment, code and span, so the choice
///    never changes between runs.
///
/// A passage is shown once per table: a candidate that overlaps a quote already chosen (in this
/// row or another) is skipped. Rows are filled deepest first, so each subtheme keeps its best
/// quotes and a theme shows other passages from below it. Interviewer turns are never quoted.
public enum QuoteSelection {
  /// A coding that could be quoted, with what the rules look at.
  struct Candidate: Sendable {
    /// The transcript's position in the collation.
    var transcript: Int
    /// The segment's position in its transcript.
    var segment: Int
    /// The coding's position in the transcript's effective codings.
    var coding: Int
    /// The quoted scalars of the segment's text (all of it for a whole-segment coding).
    var range: Range<Int>
    /// Whether a coder starred it.
    var isStarred: Bool
    /// Whether the coding narrows to a span.
    var isSpan: Bool
  }

  /// The passages a table has shown, so none is shown twice.
  struct UsedPassages: Sendable {
    private struct Key: Hashable {
      var transcript: Int
      var segment: Int
    }

    private var ranges: [Key: [Range<Int>]] = [:]

    /// Whether `candidate`'s passage overlaps one already shown.
    func overlaps(_ candidate: Candidate) -> Bool {
      guard let shown = ranges[Key(transcript: candidate.transcript, segment: candidate.segment)]
      else { return false }
      return shown.contains { $0.overlaps(candidate.range) }
    }

    /// Records `candidate`'s passage as shown.
    mutating func insert(_ candidate: Candidate) {
      ranges[Key(transcript: candidate.transcript, segment: candidate.segment), default: []]
        .append(candidate.range)
    }
  }

  /// Picks up to `count` of `pool` (positions in `candidates`, in canonical order) by the rules
  /// above, recording each pick in `used`; returns the picks best first.
  ///
  /// `wordCount` measures a candidate's length in words; it is asked only for candidates that
  /// could win on the rules before it, and its answers are kept in `lengths` (-1: not yet
  /// measured), so a large study's quotes are not all counted.
  static func pick(
    _ count: Int, from pool: [Int], of candidates: [Candidate], preferredWords: ClosedRange<Int>,
    used: inout UsedPassages, lengths: inout [Int], wordCount: (Candidate) -> Int
  ) -> [Int] {
    var picks: [Int] = []
    var quotedInterviews: [Int: Int] = [:]
    while picks.count < count {
      var best: (rank: (Int, Int, Int), inRange: Bool, position: Int)?
      for position in pool {
        let candidate = candidates[position]
        let rank = (
          candidate.isStarred ? 0 : 1, quotedInterviews[candidate.transcript] ?? 0,
          candidate.isSpan ? 0 : 1
        )
        if let current = best {
          if current.rank < rank { continue }
          if current.rank == rank && current.inRange { continue }
        }
        if used.overlaps(candidate) { continue }
        if lengths[position] < 0 { lengths[position] = wordCount(candidate) }
        let inRange = preferredWords.contains(lengths[position])
        if let current = best, current.rank == rank, !inRange { continue }
        best = (rank, inRange, position)
      }
      guard let chosen = best else { break }
      picks.append(chosen.position)
      used.insert(candidates[chosen.position])
      quotedInterviews[candidates[chosen.position].transcript, default: 0] += 1
    }
    return picks
  }
}
