/// Agreement between two coding sets over the transcripts both coded with one codebook: every
/// code's figures, the overall figures, and what was left out.
public struct PairwiseAgreement: Sendable {
  /// The two coding sets, first and second (the rows and columns of the tables).
  public var coders: [String]
  /// The transcripts compared.
  public var transcripts: [TranscriptID]
  /// How the comparison counts.
  public var settings: AgreementSettings
  /// The number of units compared: segments, characters, transcripts, or coded spans (overlap).
  public var units: Int
  /// The figures of each code either coder applied, in codebook order.
  public var codes: [CodeAgreement]
  /// Codes of the codebook (at the level) neither coder applied in these transcripts: they have
  /// nothing to agree on and are left out of every figure.
  public var unusedCodes: [CodePath]
  /// The overall figures.
  public var overall: OverallAgreement
  /// Codings no figure counts (codes not in the codebook), by coder and code.
  public var setAside: [SetAsideCodings]
  /// The overall figures again for each value of the `--by` attribute.
  public var groups: [GroupAgreement]

  /// Creates a result.
  public init(
    coders: [String], transcripts: [TranscriptID], settings: AgreementSettings, units: Int,
    codes: [CodeAgreement], unusedCodes: [CodePath], overall: OverallAgreement,
    setAside: [SetAsideCodings], groups: [GroupAgreement] = []
  ) {
    self.coders = coders
    self.transcripts = transcripts
    self.settings = settings
    self.units = units
    self.codes = codes
    self.unusedCodes = unusedCodes
    self.overall = overall
    self.setAside = setAside
    self.groups = groups
  }
}

/// The overall figures for the transcripts with one value of an attribute (`--by county`).
public struct GroupAgreement: Sendable {
  /// The attribute's value, or nil for transcripts without the attribute.
  public var value: String?
  /// The transcripts in the group.
  public var transcripts: [TranscriptID]
  /// The number of units compared.
  public var units: Int
  /// The number of codes either coder applied in the group.
  public var codes: Int
  /// The overall figures.
  public var overall: OverallAgreement

  /// Creates a group result.
  public init(
    value: String?, transcripts: [TranscriptID], units: Int, codes: Int, overall: OverallAgreement
  ) {
    self.value = value
    self.transcripts = transcripts
    self.units = units
    self.codes = codes
    self.overall = overall
  }
}
