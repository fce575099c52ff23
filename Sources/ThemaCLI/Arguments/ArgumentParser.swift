import ThemaCore

/// Reads command-line words against a `CommandSpec`; the hand-written counterpart of
/// swift-argument-parser's contract (`--name value`, `--name=value`, `--` ends options, global
/// options anywhere, "Did you mean" for mistyped options).
public enum ArgumentParser {
  /// Parses `words` (after the command's name) for `spec`.
  public static func parse(_ words: [String], for spec: CommandSpec) throws(UsageError)
    -> ParsedArguments
  {
    let options = spec.allOptions
    var result = ParsedArguments(spec: spec, positional: [:], options: [:], flags: [])
    var positional: [String] = []
    var index = 0
    var onlyPositional = false
    while index < words.count {
      let word = words[index]
      index += 1
      if onlyPositional || !word.hasPrefix("-") || word == "-" || isNegativeNumber(word) {
        positional.append(word)
        continue
      }
      if word == "--" {
        onlyPositional = true
        continue
      }
      var name = word
      var inlineValue: String?
      if word.hasPrefix("--"), let equals = word.firstIndex(of: "=") {
        name = String(word[..<equals])
        inlineValue = String(word[word.index(after: equals)...])
      }
      guard let option = options.first(where: { $0.name == name || $0.short == name }) else {
        let names = options.map(\.name)
        throw .unknownOption(
          name, suggestions: Suggestions.closest(to: name, among: names, limit: 2))
      }
      if !option.takesValue {
        if inlineValue != nil {
          throw .invalidValue(
            option: option.name, value: inlineValue ?? "", expected: "no value (it is a flag)")
        }
        result.flags.insert(option.name)
        continue
      }
      var value = inlineValue
      if value == nil, index < words.count {
        let next = words[index]
        let isOptionName = options.contains { $0.name == next || $0.short == next }
        if !isOptionName {
          value = next
          index += 1
        }
      }
      guard let value else {
        throw .missingValue(option: option.name, valueName: option.valueName ?? "VALUE")
      }
      if !option.choices.isEmpty && !option.choices.contains(value) {
        throw .invalidValue(
          option: option.name, value: value,
          expected: "one of " + option.choices.joined(separator: ", "))
      }
      if !option.isRepeatable, result.options[option.name] != nil {
        throw .repeatedOption(option.name)
      }
      result.options[option.name, default: []].append(value)
    }
    if result.flag("--help") { return result }
    try assign(positional, to: &result)
    for option in spec.options
    where option.isRequired && result.options[option.name] == nil && !result.flag(option.name) {
      throw .missingOption(name: option.name, valueName: option.valueName ?? "")
    }
    return result
  }

  private static func assign(_ words: [String], to result: inout ParsedArguments) throws(UsageError)
  {
    var remaining = words[...]
    for argument in result.spec.arguments {
      if argument.isVariadic {
        if remaining.isEmpty && !argument.isOptional { throw .missingArgument(name: argument.name) }
        result.positional[argument.name] = Array(remaining)
        remaining = []
      } else if let first = remaining.first {
        result.positional[argument.name] = [first]
        remaining = remaining.dropFirst()
      } else if !argument.isOptional {
        throw .missingArgument(name: argument.name)
      }
    }
    if let extra = remaining.first { throw .unexpectedArgument(extra) }
  }

  private static func isNegativeNumber(_ word: String) -> Bool {
    word.count > 1 && word.hasPrefix("-") && Double(word) != nil
  }
}
