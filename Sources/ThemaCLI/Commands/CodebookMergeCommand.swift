import ThemaCore

/// `thema codebook merge`: folds one code into another.
enum CodebookMergeCommand: Command {
  static let spec = CommandSpec(
    name: "codebook merge", group: .codebooks,
    abstract: "Fold a code into another: its codings become the target's and it is removed",
    discussion: """
      Codings of the code become codings of the target (a segment coded with both keeps one \
      coding, with both memos); its subcodes move under the target. Every codings file is \
      migrated in one step, and the revision is logged.
      """,
    arguments: [CodebookRevisionRunner.codeArgument],
    options: [OptionSpec("--into", value: "CODE", help: "The code that absorbs it", required: true)]
      + CodebookRevisionRunner.options,
    examples: [Example("thema codebook merge T2/3b --into T2/3a", "Fold 3b into 3a.")])

  static func run(_ context: inout CommandContext) throws -> Int32 {
    let target = try context.arguments.required("--into")
    return try CodebookRevisionRunner.run(&context) { index, path in
      .merge(code: path, into: try index.resolve(target))
    }
  }
}
