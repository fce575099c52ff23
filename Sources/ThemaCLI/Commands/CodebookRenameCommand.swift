import ThemaCore

/// `thema codebook rename`: a new ID or name for a code; every coding follows.
enum CodebookRenameCommand: Command {
  static let spec = CommandSpec(
    name: "codebook rename", group: .codebooks,
    abstract: "Give a code a new ID or name; every coder's codings and the consensus follow",
    discussion: """
      Changes the codebook and migrates every codings file (each coder's and the consensus) in \
      one step that either completes or changes nothing, and logs the revision in \
      Codebooks/<name>.changes. Refused while a coder has one of those files open.
      """,
    arguments: [CodebookRevisionRunner.codeArgument],
    options: [
      OptionSpec("--id", value: "ID", help: "The new ID, e.g. 1d"),
      OptionSpec("--name", value: "NAME", help: "The new name"),
    ] + CodebookRevisionRunner.options,
    examples: [
      Example(
        "thema codebook rename T1/1a --name 'Lived experience required for hiring'", "Rename."),
      Example("thema codebook rename T4/3b --id 3d --dry-run", "See what a new ID would change."),
    ])

  static func run(_ context: inout CommandContext) throws -> Int32 {
    let newID = context.arguments.value("--id")
    let newName = context.arguments.value("--name")
    return try CodebookRevisionRunner.run(&context) { _, path in
      .rename(code: path, newID: newID, newName: newName)
    }
  }
}
