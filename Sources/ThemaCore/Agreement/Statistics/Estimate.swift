/// A figure that is either a number or undefined for a stated reason.
///
/// Agreement statistics divide by quantities that can be zero (expected agreement of 1 when both
/// coders used one category, no units at all). Thema never shows NaN and never substitutes a
/// made-up 1.0: such a figure is `.undefined` with the reason, which every format prints.
public enum Estimated<Value: Hashable & Sendable>: Hashable, Sendable {
  /// The figure.
  case value(Value)
  /// No figure exists; the reason says why.
  case undefined(UndefinedReason)

  /// The figure, or nil when undefined.
  public var value: Value? {
    if case .value(let value) = self { return value }
    return nil
  }

  /// Why the figure is undefined, or nil when it has a value.
  public var undefinedReason: UndefinedReason? {
    if case .undefined(let reason) = self { return reason }
    return nil
  }

  /// The figure transformed, or the same reason when undefined.
  public func map<Other>(_ transform: (Value) -> Other) -> Estimated<Other> {
    switch self {
    case .value(let value): return .value(transform(value))
    case .undefined(let reason): return .undefined(reason)
    }
  }

  /// The figure combined with another figure, or the first reason either is undefined for.
  public func combined<Other, Result>(
    with other: Estimated<Other>, _ combine: (Value, Other) -> Estimated<Result>
  ) -> Estimated<Result> {
    switch (self, other) {
    case (.value(let a), .value(let b)): return combine(a, b)
    case (.undefined(let reason), _), (_, .undefined(let reason)): return .undefined(reason)
    }
  }
}

/// A number that may be undefined, such as a kappa or a percent agreement.
public typealias Estimate = Estimated<Double>

extension Estimated where Value == Double {
  /// `numerator / denominator`, undefined for `reason` when the denominator is 0.
  static func ratio(_ numerator: Double, _ denominator: Double, else reason: UndefinedReason)
    -> Estimate
  {
    denominator == 0 ? .undefined(reason) : .value(numerator / denominator)
  }

  /// The square root of a variance, treating rounding noise below zero as zero.
  static func squareRoot(ofVariance variance: Double) -> Estimate {
    .value(variance > 0 ? variance.squareRoot() : 0)
  }
}

/// A two-sided 95% confidence interval.
public struct Interval: Hashable, Sendable {
  /// The lower bound.
  public var lower: Double
  /// The upper bound.
  public var upper: Double

  /// Creates an interval.
  public init(lower: Double, upper: Double) {
    self.lower = lower
    self.upper = upper
  }

  /// The 97.5th percentile of the standard normal distribution, the multiplier of a 95% normal
  /// interval (the value statsmodels, SAS and the oracle use).
  public static let normal975 = 1.959963984540054

  /// `estimate ± 1.96 · standardError`, not clipped to [-1, 1] (as SAS and statsmodels print it).
  public static func normal95(_ estimate: Estimate, standardError: Estimate) -> Estimated<Interval>
  {
    estimate.combined(with: standardError) { value, error in
      .value(Interval(lower: value - normal975 * error, upper: value + normal975 * error))
    }
  }
}

/// Why an agreement figure has no value. The wording is in `UndefinedReason+Explanation.swift`.
public enum UndefinedReason: String, Hashable, Sendable, CaseIterable {
  /// There are no units to compare.
  case noUnits
  /// Both coders used one and the same category on every unit: expected agreement is 1 and
  /// chance-corrected agreement is 0/0.
  case singleCategory
  /// Every value given is the same category (or fewer than two values can be paired), so the
  /// expected disagreement of Krippendorff's alpha is 0.
  case noExpectedDisagreement
  /// Fewer than two categories exist, so agreement by chance is certain (q = 1).
  case fewerThanTwoCategories
  /// Neither coder applied the code, so positive specific agreement is 0/0.
  case neitherApplied
  /// Both coders applied the code to every unit, so negative specific agreement is 0/0.
  case bothAppliedEverywhere
  /// The standard error under the null hypothesis is 0, so z is undefined.
  case zeroNullStandardError
  /// Fewer than two units (or segments) to leave out, so there is no jackknife.
  case tooFewUnitsForJackknife
  /// Leaving out one unit makes the pooled kappa undefined, so the jackknife has no value.
  case jackknifeReplicateUndefined
  /// No code has a defined kappa to average.
  case noDefinedKappa
  /// Neither coder applied any code.
  case noCodesApplied
  /// Neither coder coded a span with this code.
  case noCodedSpans
  /// Only one code was applied, so the chance agreement 1/k of Brennan and Prediger is 1.
  case singleCode
}
