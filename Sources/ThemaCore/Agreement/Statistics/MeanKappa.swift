/// The unweighted mean of the codes' kappas; codes whose kappa is undefined are left out and
/// counted.
public struct MeanKappa: Hashable, Sendable {
  /// The mean, or undefined when no code has a kappa.
  public var value: Estimate
  /// How many kappas were averaged.
  public var codes: Int
  /// How many codes were left out because their kappa is undefined.
  public var undefinedCodes: Int

  /// The mean of the defined `kappas`.
  public init(_ kappas: [Estimate]) {
    let defined = kappas.compactMap(\.value)
    self.codes = defined.count
    self.undefinedCodes = kappas.count - defined.count
    self.value =
      defined.isEmpty
      ? .undefined(.noDefinedKappa) : .value(defined.reduce(0, +) / Double(defined.count))
  }
}
