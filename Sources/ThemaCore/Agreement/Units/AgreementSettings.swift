/// How a comparison counts: the unit, the level codes are compared at, and for the overlap unit
/// the minimum overlap of two spans.
public struct AgreementSettings: Hashable, Sendable {
  /// The unit of comparison.
  public var unit: AgreementUnit
  /// Codes as coded or rolled up.
  public var level: AgreementLevel
  /// For the overlap unit: the minimum share, in percent (1 to 100), of two spans' union they
  /// must share to match. MAXQDA's default is 90.
  public var overlapThreshold: Int

  /// The overlap threshold used when none is given.
  public static let defaultOverlapThreshold = 90

  /// Creates settings; the defaults are segments, codes as coded, 90% overlap.
  public init(
    unit: AgreementUnit = .segment, level: AgreementLevel = .asCoded,
    overlapThreshold: Int = AgreementSettings.defaultOverlapThreshold
  ) {
    self.unit = unit
    self.level = level
    self.overlapThreshold = overlapThreshold
  }
}
