/// A mistake in how a command was called (exit status 64), as data; the wording is in
/// `message`.
public enum UsageError: Error, Hashable, Sendable {
  /// A command name that does not exist.
  case unknownCommand(String, suggestions: [String])
  /// A group such as `codebook` given without its subcommand.
  case missingSubcommand(group: String, available: [String])
  /// An option the command does not take.
  case unknownOption(String, suggestions: [String])
  /// An option given without its value.
  case missingValue(option: String, valueName: String)
  /// A required positional argument left out.
  case missingArgument(name: String)
  /// A required option left out.
  case missingOption(name: String, valueName: String)
  /// More positional arguments than the command takes.
  case unexpectedArgument(String)
  /// An option given twice that takes one value.
  case repeatedOption(String)
  /// A value the option does not accept.
  case invalidValue(option: String, value: String, expected: String)
  /// Two options that cannot go together.
  case conflictingOptions(String, String)

  /// The message after `Error: `.
  public var message: String {
    switch self {
    case .unknownCommand(let name, let suggestions):
      return "Unknown command '\(name)'." + Self.didYouMean(suggestions)
    case .missingSubcommand(let group, let available):
      return
        "'\(group)' needs a subcommand: \(available.joined(separator: ", "))."
    case .unknownOption(let name, let suggestions):
      return "Unknown option '\(name)'." + Self.didYouMean(suggestions)
    case .missingValue(let option, let valueName):
      return "Missing value for '\(option) \(valueName)'."
    case .missingArgument(let name):
      return "Missing expected argument '<\(name)>'."
    case .missingOption(let name, let valueName):
      return "Missing expected option '\(valueName.isEmpty ? name : "\(name) \(valueName)")'."
    case .unexpectedArgument(let argument):
      return "Unexpected argument '\(argument)'."
    case .repeatedOption(let name):
      return "Option '\(name)' is given more than once; it takes one value."
    case .invalidValue(let option, let value, let expected):
      return "The value '\(value)' is invalid for '\(option)': expected \(expected)."
    case .conflictingOptions(let first, let second):
      return "Options '\(first)' and '\(second)' cannot be used together."
    }
  }

  private static func didYouMean(_ suggestions: [String]) -> String {
    switch suggestions.count {
    case 0: return ""
    case 1: return " Did you mean '\(suggestions[0])'?"
    default:
      return " Did you mean one of: " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
    }
  }
}
