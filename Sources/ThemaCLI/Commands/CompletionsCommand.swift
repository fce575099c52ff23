import ThemaCore

/// `thema completions bash|zsh|fish`: prints a shell completion script.
enum CompletionsCommand: Command {
  static let spec = CommandSpec(
    name: "completions", group: .shell,
    abstract: "Print a shell completion script for bash, zsh or fish",
    discussion: """
      The script completes commands, options, option values with fixed choices, and the \
      study's transcript IDs, coders and codebooks (read from the study when you press Tab).
      """,
    arguments: [
      ArgumentSpec(
        "SHELL", help: "bash, zsh or fish", completion: .choices(["bash", "zsh", "fish"]))
    ],
    examples: [
      Example("thema completions bash > ~/.local/share/bash-completion/completions/thema", "bash"),
      Example("thema completions zsh > \"${fpath[1]}/_thema\"", "zsh"),
      Example("thema completions fish > ~/.config/fish/completions/thema.fish", "fish"),
    ])

  static func run(_ context: inout CommandContext) throws -> Int32 {
    let shell = context.arguments.argument("SHELL") ?? ""
    let specs = Thema.commands.map { $0.spec }.filter { !$0.isHidden }
    switch shell {
    case "bash": context.out.write(CompletionScripts.bash(specs))
    case "zsh": context.out.write(CompletionScripts.zsh(specs))
    case "fish": context.out.write(CompletionScripts.fish(specs))
    default:
      throw UsageError.invalidValue(option: "<SHELL>", value: shell, expected: "bash, zsh or fish")
    }
    return 0
  }
}

/// `thema __complete KIND`: lists transcript IDs, coders or codebooks for completion scripts.
enum CompleteCommand: Command {
  static let spec = CommandSpec(
    name: "__complete", group: .shell, abstract: "List names for shell completion",
    arguments: [ArgumentSpec("KIND", help: "transcripts, coders or codebooks")], isHidden: true)

  static func run(_ context: inout CommandContext) throws -> Int32 {
    guard let project = try? context.project() else { return 0 }
    let study = project.load().study
    let names: [String]
    switch context.arguments.argument("KIND") {
    case "transcripts": names = study.transcriptIDs.map(\.rawValue)
    case "coders": names = study.coders.map(\.rawValue)
    case "codebooks": names = study.codebookNames
    default: names = []
    }
    context.out.write(names.map { $0 + "\n" }.joined())
    return 0
  }
}
