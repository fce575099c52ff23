import ThemaCore

/// `thema codebook retire`: marks a code retired, keeping its codings.
enum CodebookRetireCommand: Command {
  static let spec = CommandSpec(
    name: "codebook retire", group: .codebooks,
    abstract: "Retire a code: it stays in the codebook for old codings but is no longer offered",
    discussion: """
      Adds a 'Retired:' field with the reason to the code. Its codings stay; 'thema check' \
      lists them as warnings until they are recoded or the code is merged into another.
      """,
    arguments: [CodebookRevisionRunner.codeArgument],
    options: [OptionSpec("--reason", value: "TEXT", help: "Why it is retired")]
      + CodebookRevisionRunner.options,
    examples: [
      Example("thema codebook retire T2/2c --reason 'too rare to keep'", "Retire 2c of table 2.")
    ])

  static func run(_ context: inout CommandContext) throws -> Int32 {
    let reason = context.arguments.value("--reason") ?? ""
    let formatter = ISODate.today(context.environment)
    return try CodebookRevisionRunner.run(&context) { _, path in
      .retire(
        code: path, reason: reason.isEmpty ? "retired \(formatter)" : "\(formatter): \(reason)")
    }
  }
}
