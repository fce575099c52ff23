/// Krippendorff's alpha and Fleiss' kappa across more than two coding sets; a coder who did not
/// code a transcript has missing ratings there.
public struct MultiCoderAgreement: Sendable {
  /// The coding sets.
  public var coders: [String]
  /// The transcripts at least two of them coded.
  public var transcripts: [TranscriptID]
  /// The number of units.
  public var units: Int
  /// Each code's figures, in codebook order.
  public var codes: [Code]
  /// Over every unit x code cell.
  public var alpha: KrippendorffAlpha
  /// Over every unit x code cell.
  public var fleiss: ChanceCorrectedAgreement

  /// One code across every coder.
  public struct Code: Sendable {
    /// The code.
    public var path: CodePath
    /// Its shortest reference.
    public var shortName: String
    /// Its name.
    public var name: String
    /// Krippendorff's alpha (nominal).
    public var alpha: KrippendorffAlpha
    /// Fleiss' kappa.
    public var fleiss: ChanceCorrectedAgreement
  }
}
