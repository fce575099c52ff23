/// Krippendorff's alpha for nominal data, α = 1 - D_o / D_e, computed from a coincidence matrix
/// (Krippendorff 2011): any number of coders, and units some coders did not rate.
///
/// Each unit with m ≥ 2 values adds, for every ordered pair of its values from different coders,
/// 1 / (m - 1) to the cell of their two categories; a unit with a single value cannot be paired
/// and adds nothing. D_o is the share of coincidences off the diagonal; D_e the share expected from
/// the category totals n_c: Σ_{c≠k} n_c n_k / (n (n - 1)). Units may carry a weight (a run of
/// characters counts as that many units) and a negative weight takes a unit back out.
public struct CoincidenceMatrix: Hashable, Sendable {
  /// The number of categories.
  public let size: Int
  private var cells: [Double]

  /// An empty matrix of `size` categories.
  public init(size: Int) {
    self.size = size
    self.cells = Array(repeating: 0, count: size * size)
  }

  /// The coincidences of categories `first` and `second`.
  public func coincidences(_ first: Int, _ second: Int) -> Double { cells[first * size + second] }

  /// Adds a unit given how many of its values fell in each category (`counts[c]`), `weight` times.
  public mutating func add(counts: [Int], weight: Double = 1) {
    let m = counts.reduce(0, +)
    guard m >= 2 else { return }
    let scale = weight / Double(m - 1)
    for first in 0..<size where counts[first] > 0 {
      for second in 0..<size where counts[second] > 0 {
        let pairs = counts[first] * (counts[second] - (first == second ? 1 : 0))
        if pairs > 0 { cells[first * size + second] += Double(pairs) * scale }
      }
    }
  }

  /// Adds every cell of `other` (which must have the same size).
  public mutating func add(_ other: CoincidenceMatrix) {
    for index in cells.indices { cells[index] += other.cells[index] }
  }

  /// n, the number of pairable values.
  public var pairableValues: Double { cells.reduce(0, +) }

  /// Krippendorff's alpha (nominal) with its observed and expected disagreement.
  public func alpha() -> KrippendorffAlpha {
    let totals = (0..<size).map { row in (0..<size).reduce(0.0) { $0 + cells[row * size + $1] } }
    let n = totals.reduce(0, +)
    guard n > 0 else {
      return KrippendorffAlpha(
        value: .undefined(.noExpectedDisagreement), observedDisagreement: .undefined(.noUnits),
        expectedDisagreement: .undefined(.noUnits), pairableValues: 0)
    }
    let diagonal = (0..<size).reduce(0.0) { $0 + cells[$1 * size + $1] }
    let observed = (n - diagonal) / n
    let sumOfSquares = totals.reduce(0.0) { $0 + $1 * $1 }
    let expected = n > 1 ? (n * n - sumOfSquares) / (n * (n - 1)) : 0
    // Categories are distinct only when two totals are positive; test that exactly rather than
    // trusting a floating-point D_e that should be 0.
    let usedCategories = totals.filter { $0 > n * 1e-12 }.count
    let value: Estimate =
      usedCategories < 2 || expected <= 0
      ? .undefined(.noExpectedDisagreement) : .value(1 - observed / expected)
    return KrippendorffAlpha(
      value: value, observedDisagreement: .value(observed),
      expectedDisagreement: .value(expected), pairableValues: n)
  }
}

/// Krippendorff's alpha (nominal) with its parts.
public struct KrippendorffAlpha: Hashable, Sendable {
  /// α = 1 - D_o / D_e.
  public var value: Estimate
  /// D_o, the observed disagreement.
  public var observedDisagreement: Estimate
  /// D_e, the disagreement expected by chance.
  public var expectedDisagreement: Estimate
  /// n, the number of pairable values.
  public var pairableValues: Double

  /// Creates a result.
  public init(
    value: Estimate, observedDisagreement: Estimate, expectedDisagreement: Estimate,
    pairableValues: Double
  ) {
    self.value = value
    self.observedDisagreement = observedDisagreement
    self.expectedDisagreement = expectedDisagreement
    self.pairableValues = pairableValues
  }
}

extension ContingencyTable {
  /// The coincidence matrix of two coders' paired units: each unit gives one coincidence in each
  /// direction.
  public var coincidences: CoincidenceMatrix {
    var matrix = CoincidenceMatrix(size: size)
    var counts = Array(repeating: 0, count: size)
    for row in 0..<size {
      for column in 0..<size {
        let units = count(row: row, column: column)
        guard units > 0 else { continue }
        counts[row] += 1
        counts[column] += 1
        matrix.add(counts: counts, weight: Double(units))
        counts[row] = 0
        counts[column] = 0
      }
    }
    return matrix
  }

  /// Krippendorff's alpha (nominal) for two coders. For two coders without missing data,
  /// α = π + (1 - π) / (2n), where π is Scott's pi.
  public func krippendorffAlpha() -> KrippendorffAlpha { coincidences.alpha() }
}
