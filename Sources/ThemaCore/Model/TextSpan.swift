/// A range of a segment's text that a coding narrows to, such as a quote.
///
/// Offsets count Unicode scalars (code points) of the NFC segment text, 0-based and
/// end-exclusive, like REFI-QDA's plain-text selections and Python's `str` indices.
public struct TextSpan: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  /// The offset of the first scalar in the span.
  public var start: Int
  /// The offset just past the last scalar in the span.
  public var end: Int

  /// Creates a span; `start < end` is checked by validation, not here.
  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }

  /// The span's length in scalars.
  public var length: Int { end - start }

  /// `start-end`, as written in codings files.
  public var description: String { "\(start)-\(end)" }

  /// Parses `start-end`; nil when it is not two non-negative whole numbers.
  public init?(parsing text: some StringProtocol) {
    // Two runs of ASCII digits around one `-`, read from the bytes: a study's load parses
    // hundreds of thousands of spans.
    var start = 0
    var end = 0
    var startDigits = 0
    var endDigits = 0
    var inEnd = false
    for byte in text.utf8 {
      if byte == 0x2D {
        guard !inEnd else { return nil }
        inEnd = true
        continue
      }
      guard byte >= 0x30 && byte <= 0x39 else { return nil }
      let value = inEnd ? end : start
      let (times, overflow) = value.multipliedReportingOverflow(by: 10)
      let (sum, carry) = times.addingReportingOverflow(Int(byte - 0x30))
      guard !overflow && !carry else { return nil }
      if inEnd {
        end = sum
        endDigits += 1
      } else {
        start = sum
        startDigits += 1
      }
    }
    guard inEnd, startDigits > 0, endDigits > 0 else { return nil }
    self.init(start: start, end: end)
  }

  /// The number of scalars two spans share.
  public func overlap(with other: TextSpan) -> Int {
    max(0, min(end, other.end) - max(start, other.start))
  }

  /// The part of `text` this span covers, or nil when the span lies outside it.
  public func slice(of text: String) -> Substring? {
    let scalars = text.unicodeScalars
    guard start >= 0, start < end, end <= scalars.count else { return nil }
    let lower = scalars.index(scalars.startIndex, offsetBy: start)
    let upper = scalars.index(lower, offsetBy: end - start)
    return Substring(scalars[lower..<upper])
  }

  /// Orders spans by start, then end.
  public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }
}
