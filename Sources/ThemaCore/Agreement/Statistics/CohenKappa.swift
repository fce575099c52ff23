/// Cohen's kappa (1960) with the large-sample standard error of Fleiss, Cohen and Everitt (1969),
/// its 95% normal confidence interval, and the test of kappa = 0.
///
/// κ = (p_o - p_e) / (1 - p_e), p_e = Σ p_i. p_.i. The standard error is the non-null one that SAS
/// PROC FREQ ("ASE"), statsmodels and irrCAC print; the null standard error (variance under
/// κ = 0) is only for z = κ / SE_0.
public struct CohenKappa: Hashable, Sendable {
  /// κ.
  public var value: Estimate
  /// p_o.
  public var observed: Estimate
  /// p_e = Σ p_i. p_.i.
  public var expected: Estimate
  /// The Fleiss, Cohen and Everitt (1969) large-sample standard error.
  public var standardError: Estimate
  /// κ ± 1.96 SE, not clipped.
  public var confidenceInterval: Estimated<Interval>
  /// The standard error under the null hypothesis κ = 0.
  public var nullStandardError: Estimate
  /// z = κ / SE_0, the test of κ = 0.
  public var z: Estimate

  /// Creates a result from its parts.
  public init(
    value: Estimate, observed: Estimate, expected: Estimate, standardError: Estimate,
    confidenceInterval: Estimated<Interval>, nullStandardError: Estimate, z: Estimate
  ) {
    self.value = value
    self.observed = observed
    self.expected = expected
    self.standardError = standardError
    self.confidenceInterval = confidenceInterval
    self.nullStandardError = nullStandardError
    self.z = z
  }

  static func undefined(_ reason: UndefinedReason) -> CohenKappa {
    CohenKappa(
      value: .undefined(reason), observed: .undefined(reason), expected: .undefined(reason),
      standardError: .undefined(reason), confidenceInterval: .undefined(reason),
      nullStandardError: .undefined(reason), z: .undefined(reason))
  }
}

extension ContingencyTable {
  /// Cohen's kappa of the table, with its standard errors and interval.
  ///
  /// Undefined when the table is empty, or when both coders used one and the same category on
  /// every unit (p_e = 1). When p_o = p_e = 0 (the coders never chose alike and never used the
  /// same categories) κ is 0, not -1.
  public func cohenKappa() -> CohenKappa {
    let n = total
    guard n > 0 else { return .undefined(.noUnits) }
    let count = Double(n)
    let rows = rowTotals.map { Double($0) / count }
    let columns = columnTotals.map { Double($0) / count }
    let po = Double(agreements) / count
    let pe = zip(rows, columns).reduce(0) { $0 + $1.0 * $1.1 }
    if isSingleCategory {
      var result = CohenKappa.undefined(.singleCategory)
      result.observed = .value(po)
      result.expected = .value(1)
      return result
    }
    let kappa = (po - pe) / (1 - pe)
    let oneMinus = 1 - kappa
    var diagonal = 0.0
    var offDiagonal = 0.0
    for i in 0..<size {
      for j in 0..<size {
        let p = Double(self.count(row: i, column: j)) / count
        guard p > 0 else { continue }
        if i == j {
          let term = 1 - (rows[i] + columns[i]) * oneMinus
          diagonal += p * term * term
        } else {
          let term = columns[i] + rows[j]
          offDiagonal += p * term * term
        }
      }
    }
    let shift = kappa - pe * oneMinus
    let scale = (1 - pe) * (1 - pe) * count
    let positive = diagonal + oneMinus * oneMinus * offDiagonal
    let variance = Self.difference(positive, shift * shift) / scale
    let cubic = (0..<size).reduce(0) { $0 + rows[$1] * columns[$1] * (rows[$1] + columns[$1]) }
    let nullVariance = Self.difference(pe + pe * pe, cubic) / scale
    let standardError = Estimate.squareRoot(ofVariance: variance)
    let nullStandardError = Estimate.squareRoot(ofVariance: nullVariance)
    let z = nullStandardError.combined(with: .value(kappa)) { error, kappa in
      Estimate.ratio(kappa, error, else: .zeroNullStandardError)
    }
    return CohenKappa(
      value: .value(kappa), observed: .value(po), expected: .value(pe),
      standardError: standardError,
      confidenceInterval: Interval.normal95(.value(kappa), standardError: standardError),
      nullStandardError: nullStandardError, z: z)
  }

  /// `a - b`, or 0 when the difference is below the rounding error of terms that size: a variance
  /// that is exactly 0 (a coder who never used a category) must not turn into a standard error
  /// of 1e-8 through the square root.
  private static func difference(_ a: Double, _ b: Double) -> Double {
    let result = a - b
    return result <= max(abs(a), abs(b)) * 1e-12 ? 0 : result
  }
}
