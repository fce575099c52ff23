/// The stable, pseudonymous identifier of an interview transcript, such as `PM-01`.
///
/// It names the transcript's folder under `Transcripts/`, so it follows the shared identifier
/// rule (letters, digits, `.`, `_`, `-`).
public struct TranscriptID: StudyIdentifier {
  /// The identifier as written, e.g. `PM-01`.
  public let rawValue: String

  /// Creates an ID when `rawValue` is well formed, or nil.
  public init?(rawValue: String) {
    guard IdentifierRule.isValid(rawValue) else { return nil }
    self.rawValue = rawValue
  }

}
