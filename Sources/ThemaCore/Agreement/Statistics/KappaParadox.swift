/// The first kappa paradox of Feinstein and Cicchetti (1990): high agreement with a low kappa
/// because the code is applied to almost all units or almost none, so agreement expected by chance
/// is itself high.
///
/// Thema flags a code when p_o ≥ 0.80, κ < 0.60 and the prevalence index |a - d| / n ≥ 0.50:
/// the coders agree on at least four units in five, kappa is at most "moderate", and one answer
/// dominates. PABAK and Gwet's AC1 are the figures to read alongside.
public struct KappaParadox: Hashable, Sendable {
  /// p_o.
  public var percentAgreement: Double
  /// κ.
  public var kappa: Double
  /// (a - d) / n.
  public var prevalenceIndex: Double
  /// 2 p_o - 1.
  public var pabak: Double

  /// The thresholds of the flag.
  public static let minimumAgreement = 0.80
  /// κ must be below this.
  public static let kappaBelow = 0.60
  /// |prevalence index| must be at least this.
  public static let minimumPrevalence = 0.50

  /// The paradox of `cells` with its kappa, or nil when the code does not show it.
  public init?(cells: TwoByTwo, kappa: Estimate) {
    guard let kappa = kappa.value, let po = cells.percentAgreement.value,
      let prevalence = cells.prevalenceIndex.value
    else { return nil }
    guard po >= Self.minimumAgreement, kappa < Self.kappaBelow,
      abs(prevalence) >= Self.minimumPrevalence
    else { return nil }
    self.percentAgreement = po
    self.kappa = kappa
    self.prevalenceIndex = prevalence
    self.pabak = 2 * po - 1
  }

  /// Whether the code is rare (mostly "neither") rather than near-universal.
  public var isRare: Bool { prevalenceIndex < 0 }
}
