// All wording of `UndefinedReason` lives here: why the figure cannot exist, in plain words.

extension UndefinedReason {
  /// One sentence a researcher reads next to "undefined".
  public var explanation: String {
    switch self {
    case .noUnits:
      return "there are no units to compare"
    case .singleCategory:
      return
        "both coders made the same single choice on every unit, so agreement expected by chance is "
        + "100% and kappa is 0/0"
    case .noExpectedDisagreement:
      return
        "every value is the same category (or fewer than two values can be paired), so there is no "
        + "expected disagreement to compare with"
    case .fewerThanTwoCategories:
      return "there is only one category, so agreement by chance is certain"
    case .neitherApplied:
      return "neither coder applied the code"
    case .bothAppliedEverywhere:
      return "both coders applied the code to every unit"
    case .zeroNullStandardError:
      return "the standard error under the null hypothesis is 0"
    case .tooFewUnitsForJackknife:
      return "the jackknife needs at least two units to leave out"
    case .jackknifeReplicateUndefined:
      return "leaving out one of the units makes the pooled kappa undefined"
    case .noDefinedKappa:
      return "no code has a defined kappa"
    case .noCodesApplied:
      return "neither coder applied any code"
    case .noCodedSpans:
      return "neither coder coded a span with this code"
    case .singleCode:
      return "only one code was applied, so chance agreement 1/k is 100%"
    }
  }
}
