/// Every (segment, code) either of two coders applied in a transcript, classified as agreement
/// or disagreement, in transcript order: what `thema diff` lists and `thema resolve` walks.
public struct ResolutionPlan: Hashable, Sendable {
  /// The transcript.
  public var transcript: TranscriptID
  /// The first coder (A).
  public var first: Coder
  /// The second coder (B).
  public var second: Coder
  /// Every item, ordered by segment position in the transcript, then by codebook order.
  public var items: [ResolutionItem]

  /// Compares two coders' sheets of `transcript`.
  public init(
    transcript: Transcript, first: CodingSheet, second: CodingSheet, codebook: CodebookIndex
  ) {
    self.transcript = transcript.id
    self.first = first.coder
    self.second = second.coder
    var byKey: [ItemKey: ResolutionItem] = [:]
    for coding in first.codings {
      let key = ItemKey(segment: coding.segment, code: coding.code)
      byKey[
        key,
        default: ResolutionItem(segment: coding.segment, code: coding.code, first: [], second: [])
      ]
      .first.append(coding)
    }
    for coding in second.codings {
      let key = ItemKey(segment: coding.segment, code: coding.code)
      byKey[
        key,
        default: ResolutionItem(segment: coding.segment, code: coding.code, first: [], second: [])
      ]
      .second.append(coding)
    }
    let positions = transcript.segmentPositions()
    items = byKey.values.sorted { lhs, rhs in
      let a = positions[lhs.segment] ?? Int.max
      let b = positions[rhs.segment] ?? Int.max
      if a != b { return a < b }
      let x = codebook.order(of: lhs.code) ?? Int.max
      let y = codebook.order(of: rhs.code) ?? Int.max
      return x != y ? x < y : lhs.code < rhs.code
    }
  }

  /// The disagreements, in order.
  public var disagreements: [ResolutionItem] { items.filter(\.isDisagreement) }

  /// The agreements, in order.
  public var agreements: [ResolutionItem] { items.filter { !$0.isDisagreement } }

  /// The item for a key, if either coder applied that code to that segment.
  public func item(_ key: ItemKey) -> ResolutionItem? { items.first { $0.key == key } }
}
