extension ContingencyTable {
  /// Gwet's AC1 (2008): chance agreement p_e = Σ π_k (1 - π_k) / (q - 1), π_k = (p_k. + p_.k) / 2,
  /// which stays stable when one category is very common (the kappa paradox).
  ///
  /// `categories` is q, the number of categories the coders could choose from (defaults to the
  /// table's size; categories nobody used add nothing to the sum). Undefined when q < 2 or the
  /// table is empty.
  public func gwetAC1(categories: Int? = nil) -> ChanceCorrectedAgreement {
    let q = categories ?? size
    let n = total
    guard n > 0 else { return .undefined(.noUnits) }
    let po = Double(agreements) / Double(n)
    guard q >= 2 else {
      return ChanceCorrectedAgreement(
        value: .undefined(.fewerThanTwoCategories), observed: .value(po),
        expected: .undefined(
          .fewerThanTwoCategories))
    }
    let rowTotals = rowTotals
    let columnTotals = columnTotals
    let twice = Double(2 * n)
    let spread = (0..<size).reduce(0.0) {
      let share = Double(rowTotals[$1] + columnTotals[$1]) / twice
      return $0 + share * (1 - share)
    }
    let pe = spread / Double(q - 1)
    return .from(observed: po, expected: pe, whenExpectedIsOne: .singleCategory)
  }
}
