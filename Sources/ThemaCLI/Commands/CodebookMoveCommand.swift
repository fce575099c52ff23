import ThemaCore

/// `thema codebook move`: moves a code and its subcodes elsewhere in the tree.
enum CodebookMoveCommand: Command {
  static let spec = CommandSpec(
    name: "codebook move", group: .codebooks,
    abstract: "Move a code (with its subcodes) under another code; every coding follows",
    discussion: """
      The code keeps its ID and becomes the last child of its new parent (--top: a top-level \
      code). Codings of the code and its subcodes are migrated in every codings file in one \
      step, and the revision is logged.
      """,
    arguments: [CodebookRevisionRunner.codeArgument],
    options: [
      OptionSpec("--under", value: "CODE", help: "The new parent code"),
      OptionSpec("--top", help: "Make it a top-level code"),
    ] + CodebookRevisionRunner.options,
    examples: [
      Example(
        "thema codebook move T2/3b --under T3/2",
        "Move subtheme 3b of table 2 under theme 2 of table 3.")
    ])

  static func run(_ context: inout CommandContext) throws -> Int32 {
    let under = context.arguments.value("--under")
    let top = context.arguments.flag("--top")
    if under != nil && top { throw UsageError.conflictingOptions("--under", "--top") }
    if under == nil && !top { throw UsageError.missingOption(name: "--under", valueName: "CODE") }
    return try CodebookRevisionRunner.run(&context) { index, path in
      .move(code: path, under: try under.map { try index.resolve($0) })
    }
  }
}
