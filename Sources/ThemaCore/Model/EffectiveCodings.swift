/// Which codings reports and tables use for a transcript.
public enum CodingSource: Hashable, Sendable {
  /// The consensus where a lead made one (`EffectiveCodings.isUnresolved` while it is not
  /// done); else the only coder's codings; where several coders coded and there is no
  /// consensus yet, their union (and `isUnresolved`).
  case automatic
  /// Only the consensus (nothing where there is none).
  case consensus
  /// Only this coder's codings.
  case coder(Coder)
  /// Every coder's codings, each (segment, code, span) once.
  case union
  /// Codes every coder applied to a segment; the first coder's span and flags are kept.
  case intersection

  /// Parses `consensus`, `coder:NAME`, `union`, `intersection` or `auto`.
  public init?(parsing text: String) {
    switch text {
    case "auto", "automatic": self = .automatic
    case "consensus": self = .consensus
    case "union": self = .union
    case "intersection": self = .intersection
    default:
      guard text.hasPrefix("coder:"), let coder = Coder(rawValue: String(text.dropFirst(6))) else {
        return nil
      }
      self = .coder(coder)
    }
  }
}

/// A coding together with the coders it came from (several for a union, `consensus` for the
/// lead's decision).
public struct AttributedCoding: Hashable, Sendable {
  /// The coding.
  public var coding: Coding
  /// Who applied it.
  public var coders: [Coder]

  /// Creates an attributed coding.
  public init(coding: Coding, coders: [Coder]) {
    self.coding = coding
    self.coders = coders
  }
}

/// The codings of one transcript that reports and tables use, and where they came from.
public struct EffectiveCodings: Hashable, Sendable {
  /// The transcript.
  public var transcript: TranscriptID
  /// The codings in canonical order.
  public var codings: [AttributedCoding]
  /// The sheets they were taken from (`consensus` for the consensus).
  public var sources: [Coder]
  /// True when several coders coded the transcript and their disagreements are not all
  /// resolved: `.automatic` fell back to their union (no consensus yet), or took a consensus
  /// still in progress. Worth a note in reports.
  public var isUnresolved: Bool
}

extension Study {
  /// The codings reports and tables use for `transcript`, taken as `source` says.
  public func effectiveCodings(for transcript: TranscriptID, source: CodingSource = .automatic)
    -> EffectiveCodings
  {
    let coderSheets = (sheets[transcript] ?? [:]).values.sorted { $0.coder < $1.coder }
    func from(_ chosen: [CodingSheet], unresolved: Bool = false, intersect: Bool = false)
      -> EffectiveCodings
    {
      let merged = intersect ? Self.intersection(chosen) : Self.union(chosen)
      return EffectiveCodings(
        transcript: transcript, codings: merged, sources: chosen.map(\.coder),
        isUnresolved: unresolved)
    }
    switch source {
    case .automatic:
      if let consensus = consensus[transcript] {
        return from([consensus], unresolved: !consensus.isDone)
      }
      return from(coderSheets, unresolved: coderSheets.count > 1)
    case .consensus:
      return from(consensus[transcript].map { [$0] } ?? [])
    case .coder(let coder):
      return from(coderSheets.filter { $0.coder == coder })
    case .union:
      return from(coderSheets)
    case .intersection:
      return from(coderSheets, intersect: true)
    }
  }

  private static func union(_ sheets: [CodingSheet]) -> [AttributedCoding] {
    if sheets.count == 2, let merged = mergedInOrder(sheets[0], sheets[1]) { return merged }
    var merged: [AttributedCoding] = []
    var positions: [CodingIdentity: Int] = [:]
    for sheet in sheets {
      for coding in sheet.codings {
        let key = coding.key
        if let position = positions[key] {
          merged[position].coders.append(sheet.coder)
          merged[position].coding.flags.formUnion(coding.flags)
          let memo = merged[position].coding.memo
          if !coding.memo.isEmpty && !memo.contains(coding.memo) {
            merged[position].coding.memo += memo.isEmpty ? coding.memo : " / " + coding.memo
          }
        } else {
          positions[key] = merged.count
          merged.append(AttributedCoding(coding: coding, coders: [sheet.coder]))
        }
      }
    }
    return canonicallyOrdered(merged)
  }

  /// The union of two sheets that are each in canonical order without repeats (as saved sheets
  /// are), in one merge pass: no hashing and no sorting, which a table over a thousand
  /// transcripts otherwise spends a fifth of its time on. Nil when either sheet is out of
  /// order, for `union` to do it the general way.
  private static func mergedInOrder(_ first: CodingSheet, _ second: CodingSheet)
    -> [AttributedCoding]?
  {
    let left = first.codings.map(\.key)
    let right = second.codings.map(\.key)
    func increasing(_ keys: [CodingIdentity]) -> Bool {
      zip(keys, keys.dropFirst()).allSatisfy { $0 < $1 }
    }
    guard increasing(left), increasing(right) else { return nil }
    // Three arrays of coders, shared by every coding rather than one allocated for each.
    let byFirst = [first.coder]
    let bySecond = [second.coder]
    let byBoth = [first.coder, second.coder]
    var merged: [AttributedCoding] = []
    var i = 0
    var j = 0
    while i < left.count || j < right.count {
      if j == right.count || (i < left.count && left[i] < right[j]) {
        merged.append(AttributedCoding(coding: first.codings[i], coders: byFirst))
        i += 1
      } else if i == left.count || right[j] < left[i] {
        merged.append(AttributedCoding(coding: second.codings[j], coders: bySecond))
        j += 1
      } else {
        guard left[i] == right[j] else { return nil }
        var both = AttributedCoding(coding: first.codings[i], coders: byBoth)
        let other = second.codings[j]
        both.coding.flags.formUnion(other.flags)
        let memo = both.coding.memo
        if !other.memo.isEmpty && !memo.contains(other.memo) {
          both.coding.memo += memo.isEmpty ? other.memo : " / " + other.memo
        }
        merged.append(both)
        i += 1
        j += 1
      }
    }
    return merged
  }

  /// `codings` in canonical order. Sheets usually arrive sorted, so this checks first, and when
  /// it must sort, it sorts positions rather than moving whole codings: reports and tables over
  /// a thousand transcripts spend most of their time here otherwise.
  private static func canonicallyOrdered(_ codings: [AttributedCoding]) -> [AttributedCoding] {
    let keys = codings.map(\.coding.key)
    if zip(keys, keys.dropFirst()).allSatisfy({ !($1 < $0) }) { return codings }
    return keys.indices.sorted { keys[$0] < keys[$1] }.map { codings[$0] }
  }

  private static func intersection(_ sheets: [CodingSheet]) -> [AttributedCoding] {
    guard let first = sheets.first else { return [] }
    struct Pair: Hashable {
      var segment: SegmentID
      var code: CodePath
    }
    let others = sheets.dropFirst().map {
      Set($0.codings.map { Pair(segment: $0.segment, code: $0.code) })
    }
    var seen: Set<Pair> = []
    var result: [AttributedCoding] = []
    for coding in first.codings {
      let pair = Pair(segment: coding.segment, code: coding.code)
      guard others.allSatisfy({ $0.contains(pair) }), seen.insert(pair).inserted else { continue }
      result.append(AttributedCoding(coding: coding, coders: sheets.map(\.coder)))
    }
    return canonicallyOrdered(result)
  }
}
