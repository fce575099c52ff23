/// Every two-coder figure of one code's 2 x 2 table: percent agreement, Cohen's kappa with its
/// standard errors and interval, the Landis and Koch label, PABAK, the prevalence and bias
/// indices, positive and negative specific agreement, Scott's pi, Krippendorff's alpha, Gwet's AC1
/// and the kappa-paradox flag.
public struct BinaryAgreement: Hashable, Sendable {
  /// The table.
  public var cells: TwoByTwo
  /// Cohen's kappa with the Fleiss, Cohen and Everitt (1969) standard error.
  public var kappa: CohenKappa
  /// Scott's pi.
  public var scottPi: ChanceCorrectedAgreement
  /// Krippendorff's alpha (nominal).
  public var alpha: KrippendorffAlpha
  /// Gwet's AC1 with two categories.
  public var gwetAC1: ChanceCorrectedAgreement
  /// Set when high agreement with low kappa comes from prevalence.
  public var paradox: KappaParadox?

  /// Computes every figure of `cells`.
  public init(cells: TwoByTwo) {
    self.cells = cells
    let table = cells.table
    self.kappa = table.cohenKappa()
    self.scottPi = table.scottPi()
    self.alpha = table.krippendorffAlpha()
    self.gwetAC1 = table.gwetAC1(categories: 2)
    self.paradox = KappaParadox(cells: cells, kappa: kappa.value)
  }

  /// The Landis and Koch label of kappa, or nil when kappa is undefined.
  public var label: LandisKoch? { kappa.value.value.map(LandisKoch.init(kappa:)) }
}
