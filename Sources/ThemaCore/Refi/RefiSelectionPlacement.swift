/// Places a plain-text selection, given in the other tool's positions, on a transcript's
/// segments: a selection inside one segment becomes a coding of a span of it; one that crosses
/// segments becomes a coding of each, with spans where it starts and ends inside a segment's
/// text. A segment whose whole text is covered gets a whole-segment coding (in Thema's own
/// layout, only when the selection also begins before the text, on the segment's header line).
enum RefiSelectionPlacement {
  /// A segment as selections are placed on it.
  struct Target: Sendable {
    /// The segment's ID.
    var id: SegmentID
    /// The position (in the other tool's counting) of each scalar of the segment's text;
    /// never decreasing.
    var positions: [Int]
    /// Whether a whole-segment coding needs the selection to begin before the text (Thema's
    /// layout, where a selection of exactly the text is a span of all of it).
    var wholeNeedsHeader: Bool
  }

  /// Where a selection landed: a segment, and the span of it (nil for the whole segment).
  struct Piece: Hashable, Sendable {
    /// The segment.
    var segment: SegmentID
    /// The span, or nil for the whole segment.
    var span: TextSpan?
  }

  /// The pieces of the selection `start..<end` on `targets` (in text order), or why there are
  /// none; `length` is the text's length in the same counting.
  static func place(start: Int, end: Int, length: Int, on targets: [Target])
    -> Result<[Piece], Failure>
  {
    guard start < end, start >= 0 else { return .failure(Failure(reason: .empty)) }
    guard end <= length else { return .failure(Failure(reason: .pastEnd(length: length))) }
    var pieces: [Piece] = []
    var index = firstTarget(endingAfter: start, in: targets)
    while index < targets.count {
      let target = targets[index]
      guard let first = target.positions.first, first < end else { break }
      index += 1
      let lower = firstIndex(atLeast: start, in: target.positions)
      let upper = firstIndex(atLeast: end, in: target.positions)
      guard lower < upper else { continue }
      let covers = lower == 0 && upper == target.positions.count
      if covers && (!target.wholeNeedsHeader || start < first) {
        pieces.append(Piece(segment: target.id, span: nil))
      } else {
        pieces.append(Piece(segment: target.id, span: TextSpan(start: lower, end: upper)))
      }
    }
    return pieces.isEmpty ? .failure(Failure(reason: .betweenSegments)) : .success(pieces)
  }

  /// Why a selection was not placed.
  struct Failure: Error, Hashable, Sendable {
    /// The reason.
    var reason: RefiProjectProblem.Unplaced
  }

  /// The first target whose last position is at or after `position`.
  private static func firstTarget(endingAfter position: Int, in targets: [Target]) -> Int {
    var low = 0
    var high = targets.count
    while low < high {
      let middle = (low + high) / 2
      if (targets[middle].positions.last ?? Int.min) < position {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return low
  }

  /// The first index whose position is at least `position` (`positions.count` when none).
  private static func firstIndex(atLeast position: Int, in positions: [Int]) -> Int {
    var low = 0
    var high = positions.count
    while low < high {
      let middle = (low + high) / 2
      if positions[middle] < position { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
