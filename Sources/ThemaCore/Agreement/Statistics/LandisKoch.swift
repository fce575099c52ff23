/// The strength-of-agreement labels of Landis and Koch (1977) for kappa: below 0 poor, 0-0.20
/// slight, 0.21-0.40 fair, 0.41-0.60 moderate, 0.61-0.80 substantial, 0.81-1 almost perfect.
///
/// They are conventions, not tests; the paper calls them "clearly arbitrary".
public enum LandisKoch: String, Hashable, Sendable, CaseIterable {
  /// κ < 0.
  case poor
  /// 0 ≤ κ ≤ 0.20.
  case slight
  /// 0.20 < κ ≤ 0.40.
  case fair
  /// 0.40 < κ ≤ 0.60.
  case moderate
  /// 0.60 < κ ≤ 0.80.
  case substantial
  /// κ > 0.80.
  case almostPerfect

  /// The label of `kappa`. Bounds belong to the lower band (0.40 is fair), with a tolerance of
  /// 1e-12 so that a kappa of 0.4 computed as 0.39999999999999997 or 0.4000000000000001 reads
  /// the same.
  public init(kappa: Double) {
    let tolerance = 1e-12
    switch kappa {
    case ..<(-tolerance): self = .poor
    case ...(0.2 + tolerance): self = .slight
    case ...(0.4 + tolerance): self = .fair
    case ...(0.6 + tolerance): self = .moderate
    case ...(0.8 + tolerance): self = .substantial
    default: self = .almostPerfect
    }
  }

  /// The label as the paper words it, e.g. `almost perfect`.
  public var text: String {
    switch self {
    case .poor: return "poor"
    case .slight: return "slight"
    case .fair: return "fair"
    case .moderate: return "moderate"
    case .substantial: return "substantial"
    case .almostPerfect: return "almost perfect"
    }
  }
}
