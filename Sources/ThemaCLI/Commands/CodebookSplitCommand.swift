import ThemaCore

/// `thema codebook split`: replaces one code by several, assigning its codings.
enum CodebookSplitCommand: Command {
  static let spec = CommandSpec(
    name: "codebook split", group: .codebooks,
    abstract: "Replace a code by two or more new codes and assign each of its codings",
    discussion: """
      The new codes take the code's place among its siblings. Each coding of the code goes to \
      the new code its segment is assigned to with --assign TRANSCRIPT:SEGMENT=NEWID, and the \
      rest to --rest NEWID. A split that would leave any coding without a code is refused and \
      lists them. Every codings file is migrated in one step, and the revision is logged.
      """,
    arguments: [CodebookRevisionRunner.codeArgument],
    options: [
      OptionSpec(
        "--into", value: "ID:NAME", help: "A new code, e.g. '3c:Peer supervisors'", repeatable: true
      ),
      OptionSpec(
        "--assign", value: "T:S=ID",
        help: "Send a segment's codings to a new code, e.g. PM-01:S12=3c", repeatable: true),
      OptionSpec("--rest", value: "ID", help: "Send every coding not assigned to this new code"),
    ] + CodebookRevisionRunner.options,
    examples: [
      Example(
        "thema codebook split T4/3a --into '3c:Supervision by peers' --into '3d:Supervision by clinicians' --assign PM-02:S14=3c --rest 3d",
        "Split 3a in two.")
    ])

  static func run(_ context: inout CommandContext) throws -> Int32 {
    let arguments = context.arguments
    var codes: [Code] = []
    for text in arguments.values("--into") {
      guard let colon = text.firstIndex(of: ":") else {
        throw UsageError.invalidValue(
          option: "--into", value: text, expected: "ID:NAME, e.g. '3c:Peer supervisors'")
      }
      codes.append(
        Code(
          id: String(text[..<colon]).trimmed(),
          name: String(text[text.index(after: colon)...]).trimmed()))
    }
    var assignments: [SplitAssignment] = []
    for text in arguments.values("--assign") {
      guard let assignment = SplitAssignment(parsing: text) else {
        throw UsageError.invalidValue(
          option: "--assign", value: text, expected: "TRANSCRIPT:SEGMENT=NEWID, e.g. PM-01:S12=3c")
      }
      assignments.append(assignment)
    }
    let rest = arguments.value("--rest")
    return try CodebookRevisionRunner.run(&context) { _, path in
      .split(code: path, into: codes, assignments: assignments, rest: rest)
    }
  }
}
