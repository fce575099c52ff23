import ThemaCore
import ThemaStore

/// `thema table`: a thematic quote table for a paper.
enum TableCommand: Command {
  static let spec = CommandSpec(
    name: "table", group: .output,
    abstract: "A thematic quote table: themes, counts and illustrative quotes, for a paper",
    discussion: """
      One row per theme and subtheme of the codebook, in codebook order and labelled as a paper \
      writes them (Theme 1, Subtheme 1a): its description, the number of interviews it occurs \
      in (split by an attribute with --by), and illustrative quotes with who said them. Each \
      top-level code is one table; --domain picks one.

      Quotes: starred ones (*) first, then spread across interviews, spans before whole \
      segments, and 8 to --max-words words long before shorter or longer ones; a passage \
      appears once per table, interviewer turns never. Long quotes are cut at a word boundary \
      with an ellipsis; quotation marks are typographic.

      Formats: md (default), csv, html, docx, tex, json; --out FILE picks the format from its \
      extension. Without --out the table goes to standard output, except docx, which is \
      written to Exports/<codebook>.docx (one file per codebook when the study has several and \
      none is named). Before anything is written, quotes are checked against \
      .thema/redactions.txt.
      """,
    options: [
      OptionSpec(
        "--codebook", value: "NAME",
        help: "The codebook (needed when the study has several and --domain does not tell)",
        completion: .codebooks),
      OptionSpec("--domain", value: "CODE", help: "Only this top-level code's table, e.g. T1"),
      OptionSpec("--quotes", value: "N", help: "Quotes per row, 0 to 20 (default: 2)"),
      OptionSpec(
        "--max-words", value: "N", help: "Cut quotes longer than this many words (default: 50)"),
      OptionSpec(
        "--format", value: "FORMAT", help: "md (default), csv, html, docx, tex or json",
        choices: ExportFormat.tableFormats.map(\.rawValue)),
    ] + CollateArguments.options + CollateArguments.outputOptions,
    examples: [
      Example(
        "thema table --codebook program-managers --format docx",
        "Every table of the codebook as Exports/program-managers.docx, ready for Word."),
      Example(
        "thema table --domain T1 --quotes 3 --by county --out Exports/table1.md",
        "Table 1 with three quotes per row and counts by county, as Markdown."),
      Example(
        "thema table --codebook capp-participants --attribution '{arm}, {county} County'",
        "Attribute quotes by trial arm and county."),
    ])

  static func run(_ context: inout CommandContext) throws -> Int32 {
    let arguments = context.arguments
    let options = try CollateArguments.collateOptions(arguments)
    let format = try CollateArguments.format(arguments, among: ExportFormat.tableFormats)
    let (project, study) = try context.loadStudy()
    let domainReference = arguments.value("--domain")
    let codebooks: [Codebook]
    if arguments.value("--codebook") == nil, domainReference == nil, format == .docx,
      arguments.value("--out") == nil, study.codebooks.count > 1
    {
      // Word files go to Exports/ anyway: one per codebook, as a new user would expect.
      codebooks = study.codebookNames.compactMap { study.codebooks[$0] }
    } else {
      codebooks = [
        try CollateArguments.codebook(
          study, named: arguments.value("--codebook"),
          references: domainReference.map { [$0] } ?? [])
      ]
    }
    var outputs: [(bytes: [UInt8], stem: String)] = []
    var texts: [ExportedText] = []
    var unresolved: [TranscriptID] = []
    for codebook in codebooks {
      let domain = try domainReference.map { reference throws(Problem) in
        try CodebookIndex(codebook).resolve(reference)
      }
      let collation = try Collation(study: study, codebook: codebook, source: options.source)
      let table = try exporting { () throws(ExportProblem) in
        try QuoteTable.build(collation, domain: domain, options: options)
      }
      texts += table.exportedTexts
      unresolved += collation.unresolved
      let bytes = try exporting { () throws(ExportProblem) in
        try table.rendered(as: format, style: CollateArguments.style(arguments))
      }
      outputs.append((bytes, codebook.name + (domain.map { "-" + $0.description } ?? "")))
    }
    try ExportOutput.checkPrivacy(
      texts, project: project, allowed: arguments.flag("--allow-identifiers"), context: &context)
    for output in outputs {
      try ExportOutput.write(
        output.bytes, project: project,
        fallback: format == .docx ? "\(Project.exportsFolder)/\(output.stem).docx" : nil,
        context: &context)
    }
    ExportOutput.noteUnresolved(unresolved, context: &context)
    return 0
  }
}
