import Foundation
import ThemaCore

/// The `thema` command line: finds the subcommand, parses its arguments, runs it, prints what
/// went wrong and decides the exit status (0 success, 1 failure, 64 usage error).
public enum Thema {
  /// The version `thema --version` prints.
  public static let version = "0.1.0"

  /// Every subcommand, in the order `thema --help` lists them within their groups.
  static let commands: [any Command.Type] = CommandRegistry.all

  /// Runs the process's command line and exits.
  public static func main() -> Never {
    var out = OutputStream.standardOutput
    var err = OutputStream.standardError
    let status = run(
      Array(CommandLine.arguments.dropFirst()), environment: .current(), out: &out, err: &err)
    exit(status)
  }

  /// Runs `words` (the command line without the program name) and returns the exit status.
  public static func run(
    _ words: [String], environment: CommandEnvironment, out: inout OutputStream,
    err: inout OutputStream
  ) -> Int32 {
    let errStyle = TextStyle(
      isEnabled: environment.stderrIsTerminal && environment.allowsColor
        && !words.contains("--no-color"))
    if words.isEmpty || words == ["--help"] || words == ["-h"] || words == ["help"] {
      out.write(Help.overview(commands, version: version))
      return 0
    }
    if words.first == "--version" {
      out.write("thema \(version)\n")
      return 0
    }
    var commandWords = words
    if commandWords.first == "help" {
      commandWords = Array(commandWords.dropFirst()) + ["--help"]
    }
    let found: (index: Int, nameLength: Int)
    do {
      found = try find(commandWords)
    } catch {
      err.write(Help.usageError(error, spec: nil, style: errStyle))
      return 64
    }
    let command = commands[found.index]
    let rest = Array(commandWords.dropFirst(found.nameLength))
    let spec = command.spec
    let arguments: ParsedArguments
    do {
      arguments = try ArgumentParser.parse(rest, for: spec)
    } catch {
      err.write(Help.usageError(error, spec: spec, style: errStyle))
      return 64
    }
    if arguments.flag("--help") {
      out.write(Help.command(spec))
      return 0
    }
    var context = CommandContext(arguments: arguments, out: out, err: err, environment: environment)
    defer {
      out = context.out
      err = context.err
    }
    do {
      return try command.run(&context)
    } catch {
      context.endProgress()
      return report(error, spec: spec, context: &context)
    }
  }

  private static func report(_ error: any Error, spec: CommandSpec, context: inout CommandContext)
    -> Int32
  {
    let style = context.errStyle
    switch error {
    case let usage as UsageError:
      context.err.write(Help.usageError(usage, spec: spec, style: style))
      return 64
    case let broken as StudyHasErrors:
      context.warn(broken.diagnostics)
      let summary = DiagnosticPrinter.summary(broken.diagnostics) ?? "problems"
      context.err.write(
        "\(style.error("error:")) the study has \(summary); fix them first ('thema check' lists "
          + "every problem). Nothing was changed.\n")
      return 1
    case let list as DiagnosticList:
      context.warn(list.diagnostics)
      return 1
    case let diagnostic as Diagnostic:
      context.warn([diagnostic])
      return 1
    case let problem as Problem:
      context.warn([Diagnostic(.error, problem)])
      return 1
    case let failure as CommandFailure:
      context.err.write("\(style.error("error:")) \(failure.message)\n")
      return 1
    default:
      context.err.write("\(style.error("error:")) \(error)\n")
      return 1
    }
  }

  /// The position in `commands` of the command named by the first word(s) of `words`, and how
  /// many words its name takes.
  static func find(_ words: [String]) throws(UsageError) -> (index: Int, nameLength: Int) {
    var bestIndex = -1
    var bestLength = 0
    for (index, command) in commands.enumerated() {
      let nameWords = command.spec.name.split(separator: " ").map(String.init)
      if words.count >= nameWords.count, Array(words.prefix(nameWords.count)) == nameWords,
        nameWords.count > bestLength
      {
        bestIndex = index
        bestLength = nameWords.count
      }
    }
    if bestIndex >= 0 { return (bestIndex, bestLength) }
    let first = words.first ?? ""
    let visible = commands.map { $0.spec }.filter { !$0.isHidden }
    let groupMembers = visible.map(\.name).filter { $0.hasPrefix(first + " ") }
    if !groupMembers.isEmpty {
      if words.count == 1 || words[1].hasPrefix("-") {
        throw .missingSubcommand(
          group: first, available: groupMembers.map { String($0.dropFirst(first.count + 1)) })
      }
      let attempted = first + " " + words[1]
      let subcommands = groupMembers.map { String($0.dropFirst(first.count + 1)) }
      let close = Suggestions.closest(to: words[1], among: subcommands).map { first + " " + $0 }
      throw .unknownCommand(attempted, suggestions: close)
    }
    let names = Set(visible.map { String($0.name.split(separator: " ")[0]) })
    throw .unknownCommand(first, suggestions: Suggestions.closest(to: first, among: names.sorted()))
  }
}

/// A failure a command explains in one sentence, without a file location.
public struct CommandFailure: Error, Sendable {
  /// What went wrong and what to do.
  public var message: String

  /// Creates a failure with its message.
  public init(_ message: String) {
    self.message = message
  }
}
