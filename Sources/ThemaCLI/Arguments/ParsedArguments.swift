import ThemaCore

/// A command line read against a `CommandSpec`: positional values by argument name, option
/// values by option name, and flags.
public struct ParsedArguments: Sendable {
  /// The command's spec.
  public let spec: CommandSpec
  /// Positional values by argument name (a variadic argument may hold several).
  public var positional: [String: [String]]
  /// Option values by long name, in the order given.
  public var options: [String: [String]]
  /// Flags given, by long name.
  public var flags: Set<String>

  /// The value of a single-valued option, or nil.
  public func value(_ name: String) -> String? { options[name]?.last }

  /// Every value of a repeatable option, in order; values may also be comma-separated.
  public func values(_ name: String) -> [String] { options[name] ?? [] }

  /// Whether a flag was given.
  public func flag(_ name: String) -> Bool { flags.contains(name) }

  /// The value of a positional argument, or nil.
  public func argument(_ name: String) -> String? { positional[name]?.first }

  /// Every value of a (variadic) positional argument.
  public func arguments(_ name: String) -> [String] { positional[name] ?? [] }

  /// The value of an option that must be given.
  public func required(_ name: String) throws(UsageError) -> String {
    guard let value = value(name) else {
      let valueName = spec.allOptions.first { $0.name == name }?.valueName ?? "VALUE"
      throw .missingOption(name: name, valueName: valueName)
    }
    return value
  }

  /// A whole number option within `range`, or nil when not given.
  public func integer(_ name: String, in range: ClosedRange<Int>) throws(UsageError) -> Int? {
    guard let text = value(name) else { return nil }
    guard let number = Int(text), range.contains(number) else {
      throw .invalidValue(
        option: name, value: text,
        expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
    }
    return number
  }

  /// A decimal option within `range`, or nil when not given.
  public func decimal(_ name: String, in range: ClosedRange<Double>) throws(UsageError) -> Double? {
    guard let text = value(name) else { return nil }
    guard let number = Double(text), number.isFinite, range.contains(number) else {
      throw .invalidValue(
        option: name, value: text,
        expected: "a number from \(range.lowerBound) to \(range.upperBound)")
    }
    return number
  }
}
