/// A k x k table of two coders' choices on the same units: `count(row: i, column: j)` units the
/// first coder put in category i and the second in category j.
///
/// Every two-coder coefficient (Cohen's kappa, Scott's pi, Krippendorff's alpha, Brennan and
/// Prediger, Gwet's AC1) is computed from this table; a code's applied/not-applied table is the
/// 2 x 2 case (`TwoByTwo`). Only units both coders rated belong in it.
public struct ContingencyTable: Hashable, Sendable {
  /// The number of categories, k.
  public let size: Int
  private var counts: [Int]

  /// An empty table of `size` categories.
  public init(size: Int) {
    self.size = max(0, size)
    self.counts = Array(repeating: 0, count: self.size * self.size)
  }

  /// A table from its rows (rows are the first coder's categories); rows must be square.
  public init(rows: [[Int]]) {
    self.init(size: rows.count)
    for (row, values) in rows.enumerated() {
      for (column, count) in values.enumerated() where column < size {
        counts[row * size + column] = count
      }
    }
  }

  /// The units the first coder put in `row` and the second in `column`.
  public func count(row: Int, column: Int) -> Int { counts[row * size + column] }

  /// Adds `count` units to a cell.
  public mutating func add(row: Int, column: Int, count: Int = 1) {
    counts[row * size + column] += count
  }

  /// The table's rows.
  public var rows: [[Int]] {
    (0..<size).map { row in Array(counts[(row * size)..<(row * size + size)]) }
  }

  /// n, the number of units.
  public var total: Int { counts.reduce(0, +) }

  /// The units on the diagonal, where the coders agree.
  public var agreements: Int { (0..<size).reduce(0) { $0 + count(row: $1, column: $1) } }

  /// How many units the first coder put in each category.
  public var rowTotals: [Int] { (0..<size).map { row in rows[row].reduce(0, +) } }

  /// How many units the second coder put in each category.
  public var columnTotals: [Int] {
    (0..<size).map { column in (0..<size).reduce(0) { $0 + count(row: $1, column: column) } }
  }

  /// The proportion of units on which the coders agree, p_o = Σ n_ii / n.
  public var observedAgreement: Estimate {
    .ratio(Double(agreements), Double(total), else: .noUnits)
  }

  /// Whether both coders used one and the same category on every unit (expected agreement 1).
  var isSingleCategory: Bool {
    let n = total
    guard n > 0 else { return false }
    let rowTotals = rowTotals
    let columnTotals = columnTotals
    return (0..<size).contains { rowTotals[$0] == n && columnTotals[$0] == n }
  }

  /// The category-vs-rest 2 x 2 table of `category`: applied means "chose `category`".
  public func oneVersusRest(_ category: Int) -> TwoByTwo {
    let both = count(row: category, column: category)
    let firstOnly = rowTotals[category] - both
    let secondOnly = columnTotals[category] - both
    return TwoByTwo(
      both: both, firstOnly: firstOnly, secondOnly: secondOnly,
      neither: total - both - firstOnly - secondOnly)
  }
}

/// A chance-corrected agreement coefficient, (p_o - p_e) / (1 - p_e), with its expected agreement.
public struct ChanceCorrectedAgreement: Hashable, Sendable {
  /// The coefficient.
  public var value: Estimate
  /// p_o, the observed agreement.
  public var observed: Estimate
  /// p_e, the agreement expected by chance under the coefficient's model.
  public var expected: Estimate

  /// Creates a result.
  public init(value: Estimate, observed: Estimate, expected: Estimate) {
    self.value = value
    self.observed = observed
    self.expected = expected
  }

  /// (p_o - p_e) / (1 - p_e), undefined for `reason` when p_e is 1.
  static func from(
    observed po: Double, expected pe: Double, whenExpectedIsOne reason: UndefinedReason
  )
    -> ChanceCorrectedAgreement
  {
    ChanceCorrectedAgreement(
      value: .ratio(po - pe, 1 - pe, else: reason), observed: .value(po), expected: .value(pe))
  }

  /// Every figure undefined for `reason`.
  static func undefined(_ reason: UndefinedReason) -> ChanceCorrectedAgreement {
    ChanceCorrectedAgreement(
      value: .undefined(reason), observed: .undefined(reason), expected: .undefined(reason))
  }
}
