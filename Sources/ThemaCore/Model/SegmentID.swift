/// The stable identifier of a segment within a transcript, such as `S12`.
///
/// Segment IDs never change once coding has started; codings point at them.
public struct SegmentID: StudyIdentifier {
  /// The identifier as written, e.g. `S12`.
  public let rawValue: String

  /// Creates an ID when `rawValue` is well formed, or nil.
  public init?(rawValue: String) {
    guard IdentifierRule.isValid(rawValue) else { return nil }
    self.rawValue = rawValue
  }

  /// The conventional ID of the segment at 1-based position `number`: `S1`, `S2`, ...
  public init(number: Int) {
    self.rawValue = "S\(number)"
  }

}
