/// Finds a segment's position in its transcript: directly for the usual IDs `S1`, `S2`, ... in
/// order, by a dictionary built on first need otherwise.
public struct SegmentLookup: Sendable {
  private let transcript: Transcript
  private var positions: [SegmentID: Int]?

  /// Prepares lookups in `transcript`.
  public init(_ transcript: Transcript) {
    self.transcript = transcript
  }

  /// The position of segment `id`, or nil when the transcript has no such segment.
  public mutating func position(of id: SegmentID) -> Int? {
    if let number = Self.number(id), number >= 1, number <= transcript.segments.count,
      transcript.segments[number - 1].id == id
    {
      return number - 1
    }
    if positions == nil { positions = transcript.segmentPositions() }
    return positions?[id]
  }

  /// `12` for `S12`; nil for IDs of another form.
  private static func number(_ id: SegmentID) -> Int? {
    var value = 0
    var digits = 0
    for (index, byte) in id.rawValue.utf8.enumerated() {
      if index == 0 {
        guard byte == UInt8(ascii: "S") else { return nil }
        continue
      }
      guard byte >= 0x30, byte <= 0x39, digits < 9 else { return nil }
      value = value * 10 + Int(byte - 0x30)
      digits += 1
    }
    return digits > 0 ? value : nil
  }
}
