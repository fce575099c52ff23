/// What a command accepts and how its help reads: the single source for parsing, `--help`,
/// usage lines and shell completions.
public struct CommandSpec: Sendable {
  /// The words that invoke it, e.g. `codebook show`.
  public var name: String
  /// The section of `thema --help` it is listed under.
  public var group: CommandGroup
  /// One line: what it is for.
  public var abstract: String
  /// Paragraphs shown by `--help` after the usage.
  public var discussion: String
  /// Positional arguments in order.
  public var arguments: [ArgumentSpec]
  /// Options and flags.
  public var options: [OptionSpec]
  /// Example invocations with a line of explanation each.
  public var examples: [Example]
  /// Hidden commands are left out of help and completions (e.g. completion helpers).
  public var isHidden: Bool

  /// Creates a spec.
  public init(
    name: String, group: CommandGroup, abstract: String, discussion: String = "",
    arguments: [ArgumentSpec] = [], options: [OptionSpec] = [], examples: [Example] = [],
    isHidden: Bool = false
  ) {
    self.name = name
    self.group = group
    self.abstract = abstract
    self.discussion = discussion
    self.arguments = arguments
    self.options = options
    self.examples = examples
    self.isHidden = isHidden
  }

  /// The options every command takes besides its own.
  public static let globalOptions: [OptionSpec] = [
    OptionSpec(
      "--project", value: "DIR",
      help:
        "The study folder (default: the nearest folder above holding Codebooks/ and Transcripts/)",
      completion: .folders),
    OptionSpec("--no-color", help: "Never colour the output (also when NO_COLOR is set)"),
    OptionSpec("--help", short: "-h", help: "Show help for this command"),
  ]

  /// This command's options followed by the global ones.
  public var allOptions: [OptionSpec] { options + Self.globalOptions }

  /// `thema code <ID> --coder NAME [--apply SEGMENT=CODES ...]`
  public var usage: String {
    var parts = ["thema", name]
    for argument in arguments {
      let base = "<\(argument.name)>" + (argument.isVariadic ? " ..." : "")
      parts.append(argument.isOptional ? "[\(base)]" : base)
    }
    for option in options {
      var text = option.name
      if let value = option.valueName { text += " \(value)" }
      if option.isRepeatable { text += " ..." }
      parts.append(option.isRequired ? text : "[\(text)]")
    }
    return parts.joined(separator: " ")
  }
}

/// The sections of `thema --help`, in the order shown.
public enum CommandGroup: String, Sendable, CaseIterable {
  /// Overview and checks.
  case study = "STUDY"
  /// Getting transcripts in.
  case transcripts = "TRANSCRIPTS"
  /// Codebooks and their revision.
  case codebooks = "CODEBOOKS"
  /// Coding.
  case coding = "CODING"
  /// Agreement and consensus.
  case agreement = "AGREEMENT AND CONSENSUS"
  /// Reports and tables.
  case output = "REPORTS AND EXPORTS"
  /// Shell integration.
  case shell = "SHELL"
}

/// A positional argument.
public struct ArgumentSpec: Sendable {
  /// Its name in usage lines, e.g. `ID`.
  public var name: String
  /// One line of help.
  public var help: String
  /// Whether it may be left out.
  public var isOptional: Bool
  /// Whether it takes all remaining positional words.
  public var isVariadic: Bool
  /// What a shell may complete it with.
  public var completion: Completion

  /// Creates an argument.
  public init(
    _ name: String, help: String, optional: Bool = false, variadic: Bool = false,
    completion: Completion = .none
  ) {
    self.name = name
    self.help = help
    self.isOptional = optional
    self.isVariadic = variadic
    self.completion = completion
  }
}

/// An option (`--coder NAME`) or flag (`--dry-run`).
public struct OptionSpec: Sendable {
  /// The long name with dashes, e.g. `--coder`.
  public var name: String
  /// A one-letter alias with a dash, e.g. `-h`.
  public var short: String?
  /// The value's name in help (`NAME`); nil for a flag.
  public var valueName: String?
  /// One line of help.
  public var help: String
  /// Whether it may be given several times.
  public var isRepeatable: Bool
  /// Whether it must be given.
  public var isRequired: Bool
  /// The values it accepts, when it is a choice; checked by the parser.
  public var choices: [String]
  /// What a shell may complete its value with.
  public var completion: Completion

  /// Creates an option; with `value` nil it is a flag.
  public init(
    _ name: String, short: String? = nil, value: String? = nil, help: String,
    repeatable: Bool = false, required: Bool = false, choices: [String] = [],
    completion: Completion = .none
  ) {
    self.name = name
    self.short = short
    self.valueName = value
    self.help = help
    self.isRepeatable = repeatable
    self.isRequired = required
    self.choices = choices
    self.completion = choices.isEmpty ? completion : .choices(choices)
  }

  /// Whether the option takes a value.
  public var takesValue: Bool { valueName != nil }
}

/// What a shell completion script offers for an argument or option value.
public enum Completion: Sendable, Equatable {
  /// Nothing in particular.
  case none
  /// Files.
  case files
  /// Folders.
  case folders
  /// The study's transcript IDs.
  case transcripts
  /// The study's coders.
  case coders
  /// The study's codebook names.
  case codebooks
  /// A fixed list.
  case choices([String])
}

/// An example invocation for help text.
public struct Example: Sendable {
  /// The command line.
  public var command: String
  /// What it does.
  public var explanation: String

  /// Creates an example.
  public init(_ command: String, _ explanation: String) {
    self.command = command
    self.explanation = explanation
  }
}
