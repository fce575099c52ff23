/// A person who codes transcripts, identified by a short name such as `alice`.
///
/// The name is also the file name of the coder's codings (`codings/alice.tsv`), so it follows
/// the shared identifier rule.
public struct Coder: StudyIdentifier {
  /// The coder's name as written, e.g. `alice`.
  public let rawValue: String

  /// Creates a coder when `rawValue` is a well-formed name, or nil.
  public init?(rawValue: String) {
    guard IdentifierRule.isValid(rawValue) else { return nil }
    self.rawValue = rawValue
  }

  /// The pseudo-coder whose sheet is a lead's consensus (`consensus.tsv`); no person may code
  /// under this name.
  public static let consensus = Coder(uncheckedName: "consensus")

  private init(uncheckedName: String) {
    self.rawValue = uncheckedName
  }

}
