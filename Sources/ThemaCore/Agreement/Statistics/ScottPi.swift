extension ContingencyTable {
  /// Scott's pi (1955): chance agreement from the coders' pooled category proportions,
  /// p_e = Σ ((p_k. + p_.k) / 2)^2. With two coders this is Fleiss' kappa.
  ///
  /// Undefined when the table is empty or every rating is one category.
  public func scottPi() -> ChanceCorrectedAgreement {
    let n = total
    guard n > 0 else { return .undefined(.noUnits) }
    let rowTotals = rowTotals
    let columnTotals = columnTotals
    let twice = Double(2 * n)
    let pe = (0..<size).reduce(0.0) {
      let share = Double(rowTotals[$1] + columnTotals[$1]) / twice
      return $0 + share * share
    }
    let po = Double(agreements) / Double(n)
    if (0..<size).contains(where: { rowTotals[$0] + columnTotals[$0] == 2 * n }) {
      return ChanceCorrectedAgreement(
        value: .undefined(.singleCategory), observed: .value(po), expected: .value(1))
    }
    return .from(observed: po, expected: pe, whenExpectedIsOne: .singleCategory)
  }
}
