extension ContingencyTable {
  /// Brennan and Prediger's (1981) kappa with chance agreement 1/q for q categories (the same as
  /// Bennett et al.'s S and Randolph's free-marginal kappa): (p_o - 1/q) / (1 - 1/q).
  ///
  /// For q = 2 this is PABAK, 2 p_o - 1 (Byrt, Bishop and Carlin 1993). `categories` is q, the
  /// number of categories the coders could choose from; it defaults to the table's size. Undefined
  /// when q < 2 or the table is empty.
  public func brennanPrediger(categories: Int? = nil) -> ChanceCorrectedAgreement {
    let q = categories ?? size
    guard total > 0 else { return .undefined(.noUnits) }
    let po = Double(agreements) / Double(total)
    guard q >= 2 else {
      return ChanceCorrectedAgreement(
        value: .undefined(.fewerThanTwoCategories), observed: .value(po), expected: .value(1))
    }
    return .from(
      observed: po, expected: 1 / Double(q), whenExpectedIsOne: .fewerThanTwoCategories)
  }
}
