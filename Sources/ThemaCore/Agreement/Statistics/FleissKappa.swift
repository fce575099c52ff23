/// Fleiss' kappa (1971) for any number of coders, with Gwet's (2014) treatment of units that some
/// coders did not rate, as irrCAC computes it.
///
/// For unit i with r_i ratings, r_ik of them in category k:
/// p_a = mean over units with r_i ≥ 2 of Σ_k r_ik (r_ik - 1) / (r_i (r_i - 1));
/// π_k = mean over all rated units of r_ik / r_i; p_e = Σ_k π_k^2; κ = (p_a - p_e) / (1 - p_e).
/// With two coders and no missing data it equals Scott's pi. Units carry weights like
/// `CoincidenceMatrix`; a negative weight takes a unit back out.
public struct FleissKappa: Hashable, Sendable {
  /// The number of categories.
  public let size: Int
  private var agreementSum = 0.0
  private var pairableUnits = 0.0
  private var shareSums: [Double]
  private var ratedUnits = 0.0

  /// An empty accumulator for `size` categories.
  public init(size: Int) {
    self.size = size
    self.shareSums = Array(repeating: 0, count: size)
  }

  /// Adds a unit given how many of its ratings fell in each category, `weight` times.
  public mutating func add(counts: [Int], weight: Double = 1) {
    let r = counts.reduce(0, +)
    guard r >= 1 else { return }
    ratedUnits += weight
    for category in 0..<size where counts[category] > 0 {
      shareSums[category] += weight * Double(counts[category]) / Double(r)
    }
    guard r >= 2 else { return }
    pairableUnits += weight
    let pairs = counts.reduce(0) { $0 + $1 * ($1 - 1) }
    agreementSum += weight * Double(pairs) / Double(r * (r - 1))
  }

  /// Adds every sum of `other` (which must have the same size).
  public mutating func add(_ other: FleissKappa) {
    agreementSum += other.agreementSum
    pairableUnits += other.pairableUnits
    ratedUnits += other.ratedUnits
    for index in shareSums.indices { shareSums[index] += other.shareSums[index] }
  }

  /// Fleiss' kappa with its observed and expected agreement.
  public func kappa() -> ChanceCorrectedAgreement {
    guard pairableUnits > 0, ratedUnits > 0 else { return .undefined(.noUnits) }
    let pa = agreementSum / pairableUnits
    let shares = shareSums.map { $0 / ratedUnits }
    let pe = shares.reduce(0) { $0 + $1 * $1 }
    if shares.filter({ $0 > 1e-12 }).count < 2 {
      return ChanceCorrectedAgreement(
        value: .undefined(.singleCategory), observed: .value(pa), expected: .value(1))
    }
    return .from(observed: pa, expected: pe, whenExpectedIsOne: .singleCategory)
  }
}
