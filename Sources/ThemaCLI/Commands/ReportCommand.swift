import ThemaCore
import ThemaStore

/// `thema report`: every passage coded with some codes, across interviews.
enum ReportCommand: Command {
  static let spec = CommandSpec(
    name: "report", group: .output,
    abstract: "A code report: every passage coded with a code, across all interviews",
    discussion: """
      For each CODE, every coded segment or span in every interview, grouped by interview, with \
      who said it, the coder, a star for illustrative quotes and the memo; --context N adds the \
      N segments before and after each one. Counts per interview, and per attribute value with \
      --by. --include-children adds the codings of the codes below each CODE.

      Formats: md (default), html, csv, json; --out FILE picks the format from its extension. \
      Before anything is written, passages, memos and context are checked against \
      .thema/redactions.txt.
      """,
    arguments: [
      ArgumentSpec("CODE", help: "Codes, e.g. T1/1/1a, or T2/1a when unambiguous", variadic: true)
    ],
    options: [
      OptionSpec(
        "--codebook", value: "NAME",
        help: "The codebook (needed when the codes exist in several)", completion: .codebooks),
      OptionSpec("--include-children", help: "Include codings of the codes below each CODE"),
      OptionSpec(
        "--context", value: "N", help: "Show N segments before and after each passage (0 to 20)"),
      OptionSpec(
        "--format", value: "FORMAT", help: "md (default), html, csv or json",
        choices: ExportFormat.reportFormats.map(\.rawValue)),
    ] + CollateArguments.options + CollateArguments.outputOptions,
    examples: [
      Example(
        "thema report T1/1/1a --context 1",
        "Every passage coded 1a of Table 1, with a segment of context."),
      Example(
        "thema report T2/1 --include-children --by county --out Exports/bridging.html",
        "Theme 1 of Table 2 and its subthemes, counted by county, as a web page."),
    ])

  static func run(_ context: inout CommandContext) throws -> Int32 {
    let arguments = context.arguments
    let options = try CollateArguments.collateOptions(arguments)
    let contextSize = try arguments.integer("--context", in: 0...20) ?? 0
    let format = try CollateArguments.format(arguments, among: ExportFormat.reportFormats)
    let (project, study) = try context.loadStudy()
    let references = arguments.arguments("CODE")
    let codebook = try CollateArguments.codebook(
      study, named: arguments.value("--codebook"), references: references)
    let index = CodebookIndex(codebook)
    var codes: [CodePath] = []
    for reference in references { codes.append(try index.resolve(reference)) }
    let collation = try Collation(study: study, codebook: codebook, source: options.source)
    let report = try exporting { () throws(ExportProblem) in
      try CodeReport.build(
        collation, codes: codes, includeChildren: arguments.flag("--include-children"),
        context: contextSize, options: options)
    }
    try ExportOutput.checkPrivacy(
      report.exportedTexts, project: project, allowed: arguments.flag("--allow-identifiers"),
      context: &context)
    let bytes = report.rendered(as: format, style: CollateArguments.style(arguments))
    try ExportOutput.write(bytes, project: project, fallback: nil, context: &context)
    ExportOutput.noteUnresolved(collation.unresolved, context: &context)
    return 0
  }
}
