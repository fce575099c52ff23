/// The 2 x 2 table of one code: on how many units both coders applied it, only the first, only the
/// second, or neither.
///
/// ```
///                     second applied   second did not
///   first applied          both          firstOnly
///   first did not       secondOnly        neither
/// ```
/// Counts are units of the comparison: segments, characters or transcripts.
public struct TwoByTwo: Hashable, Sendable {
  /// Units both coders applied the code to (a).
  public var both: Int
  /// Units only the first coder applied it to (b).
  public var firstOnly: Int
  /// Units only the second coder applied it to (c).
  public var secondOnly: Int
  /// Units neither coder applied it to (d).
  public var neither: Int

  /// Creates a table.
  public init(both: Int = 0, firstOnly: Int = 0, secondOnly: Int = 0, neither: Int = 0) {
    self.both = both
    self.firstOnly = firstOnly
    self.secondOnly = secondOnly
    self.neither = neither
  }

  /// n = a + b + c + d.
  public var total: Int { both + firstOnly + secondOnly + neither }

  /// Units at least one coder applied the code to (a + b + c).
  public var applied: Int { both + firstOnly + secondOnly }

  /// The units the first coder applied the code to (a + b).
  public var firstApplied: Int { both + firstOnly }

  /// The units the second coder applied the code to (a + c).
  public var secondApplied: Int { both + secondOnly }

  /// The table as a 2 x 2 contingency table, category 0 = applied, 1 = not applied.
  public var table: ContingencyTable {
    ContingencyTable(rows: [[both, firstOnly], [secondOnly, neither]])
  }

  /// Adds another table cell by cell.
  public static func + (lhs: TwoByTwo, rhs: TwoByTwo) -> TwoByTwo {
    TwoByTwo(
      both: lhs.both + rhs.both, firstOnly: lhs.firstOnly + rhs.firstOnly,
      secondOnly: lhs.secondOnly + rhs.secondOnly, neither: lhs.neither + rhs.neither)
  }

  /// p_o = (a + d) / n: "neither applied" counts as agreement.
  public var percentAgreement: Estimate {
    .ratio(Double(both + neither), Double(total), else: .noUnits)
  }

  /// a / (a + b + c): agreement only over units where at least one coder applied the code.
  public var agreementWhereApplied: Estimate {
    .ratio(Double(both), Double(applied), else: .neitherApplied)
  }

  /// The prevalence index (a - d) / n (Byrt, Bishop and Carlin 1993): near ±1 when the code is
  /// almost always or almost never applied, which depresses kappa.
  public var prevalenceIndex: Estimate {
    .ratio(Double(both - neither), Double(total), else: .noUnits)
  }

  /// The bias index (b - c) / n: how much more often the first coder applies the code alone than
  /// the second.
  public var biasIndex: Estimate {
    .ratio(Double(firstOnly - secondOnly), Double(total), else: .noUnits)
  }

  /// Positive specific agreement 2a / (2a + b + c): of the applications, the share both made.
  public var positiveAgreement: Estimate {
    .ratio(Double(2 * both), Double(2 * both + firstOnly + secondOnly), else: .neitherApplied)
  }

  /// Negative specific agreement 2d / (2d + b + c): of the non-applications, the share both made.
  public var negativeAgreement: Estimate {
    .ratio(
      Double(2 * neither), Double(2 * neither + firstOnly + secondOnly),
      else: .bothAppliedEverywhere)
  }

  /// PABAK, the prevalence- and bias-adjusted kappa 2 p_o - 1 (Byrt, Bishop and Carlin 1993);
  /// Brennan and Prediger's kappa with two categories.
  public var pabak: Estimate { percentAgreement.map { 2 * $0 - 1 } }
}
