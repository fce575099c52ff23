/// What re-importing a transcript does to its segments: which keep their IDs, which changed,
/// which are gone and which are new.
public struct ReimportPlan: Hashable, Sendable {
  /// The new segments, carrying the IDs they keep or are given.
  public var segments: [Segment]
  /// IDs of segments whose text is unchanged.
  public var unchanged: [SegmentID]
  /// IDs kept by segments whose text changed (an edit in place).
  public var changed: [SegmentID]
  /// IDs of old segments that have no counterpart any more.
  public var vanished: [SegmentID]
  /// IDs given to new segments, above every old ID.
  public var added: [SegmentID]

  /// A coding that points at a segment the re-import changes or removes.
  public struct AffectedCoding: Hashable, Sendable {
    /// Whose coding it is (`consensus` for the lead's consensus).
    public var coder: Coder
    /// The coding.
    public var coding: Coding
    /// Whether its segment is gone (otherwise its text changed).
    public var vanished: Bool
  }

  /// The codings of `sheets` that point at changed or vanished segments, in sheet order.
  public func affectedCodings(in sheets: [CodingSheet]) -> [AffectedCoding] {
    let changedSet = Set(changed)
    let vanishedSet = Set(vanished)
    var affected: [AffectedCoding] = []
    for sheet in sheets {
      for coding in sheet.codings {
        if vanishedSet.contains(coding.segment) {
          affected.append(AffectedCoding(coder: sheet.coder, coding: coding, vanished: true))
        } else if changedSet.contains(coding.segment) {
          affected.append(AffectedCoding(coder: sheet.coder, coding: coding, vanished: false))
        }
      }
    }
    return affected
  }
}

/// Matches a transcript's old segments to the segments of a new import, so that codings keep
/// pointing at the same words.
///
/// Segments with the same text are matched in order (a longest common subsequence of the two
/// lists of texts) and keep their IDs. Between two such anchors, an old and a new segment of the
/// same speaker that share at least half their words are taken as one segment edited in place:
/// it keeps its ID and counts as changed. Old segments left over vanish; new ones get fresh IDs, numbered on from the
/// highest old `S` number, so no ID is ever reused for other words.
public enum SegmentMatcher {
  /// The plan for replacing `old` with `new` (whose own IDs are ignored).
  public static func match(old: [Segment], new: [Segment]) -> ReimportPlan {
    let pairs = commonSubsequence(old.map(\.text), new.map(\.text))
    var assigned = [SegmentID?](repeating: nil, count: new.count)
    var plan = ReimportPlan(segments: [], unchanged: [], changed: [], vanished: [], added: [])
    var previousOld = 0
    var previousNew = 0
    for (oldIndex, newIndex) in pairs + [(old.count, new.count)] {
      pairGap(
        old: old, oldRange: previousOld..<oldIndex, new: new, newRange: previousNew..<newIndex,
        assigned: &assigned, plan: &plan)
      if oldIndex < old.count {
        assigned[newIndex] = old[oldIndex].id
        plan.unchanged.append(old[oldIndex].id)
      }
      previousOld = oldIndex + 1
      previousNew = newIndex + 1
    }
    var next = (old.compactMap { number(of: $0.id) }.max() ?? 0) + 1
    for (index, segment) in new.enumerated() {
      var copy = segment
      if let id = assigned[index] {
        copy.id = id
      } else {
        copy.id = SegmentID(number: next)
        next += 1
        plan.added.append(copy.id)
      }
      plan.segments.append(copy)
    }
    return plan
  }

  /// Pairs edited segments between two anchors; unpaired old ones vanish.
  private static func pairGap(
    old: [Segment], oldRange: Range<Int>, new: [Segment], newRange: Range<Int>,
    assigned: inout [SegmentID?], plan: inout ReimportPlan
  ) {
    var nextOld = oldRange.lowerBound
    for newIndex in newRange {
      let words = wordSet(new[newIndex].text)
      var candidate = nextOld
      while candidate < oldRange.upperBound {
        if old[candidate].speaker == new[newIndex].speaker,
          similarity(wordSet(old[candidate].text), words) >= 0.5
        {
          break
        }
        candidate += 1
      }
      guard candidate < oldRange.upperBound else { continue }
      for skipped in nextOld..<candidate { plan.vanished.append(old[skipped].id) }
      assigned[newIndex] = old[candidate].id
      plan.changed.append(old[candidate].id)
      nextOld = candidate + 1
    }
    for skipped in nextOld..<oldRange.upperBound { plan.vanished.append(old[skipped].id) }
  }

  /// Index pairs of a longest common subsequence of `a` and `b`, in order. Common leading and
  /// trailing runs are matched directly, so an edit to a long transcript costs little.
  static func commonSubsequence(_ a: [String], _ b: [String]) -> [(Int, Int)] {
    var head = 0
    while head < a.count && head < b.count && a[head] == b[head] { head += 1 }
    var tail = 0
    while tail < a.count - head && tail < b.count - head
      && a[a.count - 1 - tail] == b[b.count - 1 - tail]
    {
      tail += 1
    }
    var pairs = (0..<head).map { ($0, $0) }
    let middleA = Array(a[head..<(a.count - tail)])
    let middleB = Array(b[head..<(b.count - tail)])
    for (i, j) in middlePairs(middleA, middleB) { pairs.append((head + i, head + j)) }
    for offset in 0..<tail { pairs.append((a.count - tail + offset, b.count - tail + offset)) }
    return pairs
  }

  /// The classic dynamic programme; for very long middles (more than 16 million cells), a
  /// greedy match of texts in order instead.
  private static func middlePairs(_ a: [String], _ b: [String]) -> [(Int, Int)] {
    guard !a.isEmpty && !b.isEmpty else { return [] }
    guard a.count * b.count <= 16_000_000 else {
      var pairs: [(Int, Int)] = []
      var positions: [String: [Int]] = [:]
      for (index, text) in b.enumerated().reversed() { positions[text, default: []].append(index) }
      var lastB = -1
      for (i, text) in a.enumerated() {
        while let j = positions[text]?.last, j <= lastB { positions[text]?.removeLast() }
        if let j = positions[text]?.popLast() {
          pairs.append((i, j))
          lastB = j
        }
      }
      return pairs
    }
    let width = b.count + 1
    var table = [Int32](repeating: 0, count: (a.count + 1) * width)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        table[i * width + j] =
          a[i] == b[j]
          ? table[(i + 1) * width + j + 1] + 1
          : max(table[(i + 1) * width + j], table[i * width + j + 1])
      }
    }
    var pairs: [(Int, Int)] = []
    var i = 0
    var j = 0
    while i < a.count && j < b.count {
      if a[i] == b[j] {
        pairs.append((i, j))
        i += 1
        j += 1
      } else if table[(i + 1) * width + j] >= table[i * width + j + 1] {
        i += 1
      } else {
        j += 1
      }
    }
    return pairs
  }

  private static func wordSet(_ text: String) -> Set<String> {
    Set(
      text.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" }.map(
        String.init))
  }

  /// Shared words over the words of the larger text.
  private static func similarity(_ a: Set<String>, _ b: Set<String>) -> Double {
    guard !a.isEmpty || !b.isEmpty else { return 1 }
    return Double(a.intersection(b).count) / Double(max(a.count, b.count))
  }

  /// `12` for `S12`; nil for IDs of another shape.
  private static func number(of id: SegmentID) -> Int? {
    guard id.rawValue.hasPrefix("S") else { return nil }
    return Int(id.rawValue.dropFirst())
  }
}
