import ThemaCore
import ThemaStore

/// `thema export --all`: regenerates every table and report in `Exports/`; `thema export
/// --format qdpx` writes the study as a REFI-QDA project.
enum ExportCommand: Command {
  static let spec = CommandSpec(
    name: "export", group: .output,
    abstract: "Regenerate every table and report in Exports/, or write a REFI-QDA project (.qdpx)",
    discussion: """
      For each codebook, writes its quote table in every format to \
      Exports/tables/<codebook>.{md,csv,html,docx,tex,json}, and a code report of each \
      top-level code with the codes below it to Exports/reports/<codebook>/<ID>.md. The output \
      depends only on the study: the same input gives byte-identical files (no dates, fixed \
      order, fixed ZIP timestamps), so Exports/ can be committed and diffed. Files are written \
      atomically and only when they change; other files in Exports/ are left alone.

      --check writes nothing and exits 1 when a file in Exports/ differs from what the study \
      gives now, e.g. in CI after the codings changed. Before anything is written, every quote \
      is checked against .thema/redactions.txt.

      --format qdpx writes the transcripts of one codebook (--codebook NAME when the study has \
      several; --transcripts to pick some) as a REFI-QDA project for NVivo, ATLAS.ti, MAXQDA \
      and QualCoder, to Exports/<codebook>.qdpx or --out FILE: the codebook, each transcript \
      as a text source (a line 'S2 | speaker' above each segment's text), its attributes as a \
      case's variables, and every coder's codings and the consensus as selections made by \
      users of those names, with memos as notes. 'thema import' reads it back unchanged. The \
      same study gives the same bytes; every transcript is checked against \
      .thema/redactions.txt first.
      """,
    options: [
      OptionSpec("--all", help: "Every table and report"),
      OptionSpec(
        "--format", value: "FORMAT", help: "qdpx: the study as a REFI-QDA project",
        choices: ["qdpx"]),
      OptionSpec(
        "--codebook", value: "NAME", help: "qdpx: the codebook whose transcripts to export",
        completion: .codebooks),
      OptionSpec(
        "--transcripts", value: "ID", help: "qdpx: only these transcripts", repeatable: true,
        completion: .transcripts),
      OptionSpec(
        "--out", value: "FILE", help: "qdpx: the file (default: Exports/<codebook>.qdpx)",
        completion: .files),
      OptionSpec("--check", help: "Write nothing; exit 1 when Exports/ is out of date"),
      OptionSpec("--quotes", value: "N", help: "Quotes per table row, 0 to 20 (default: 2)"),
      OptionSpec(
        "--max-words", value: "N", help: "Cut quotes longer than this many words (default: 50)"),
    ] + CollateArguments.options
      + [
        OptionSpec(
          "--allow-identifiers",
          help: "Export even when a quote holds a name from .thema/redactions.txt (warns instead)")
      ],
    examples: [
      Example("thema export --all", "Regenerate Exports/ after coding or resolving."),
      Example("thema export --all --check", "Fail when the committed Exports/ is stale."),
      Example(
        "thema export --format qdpx --codebook program-managers",
        "Write Exports/program-managers.qdpx for NVivo, ATLAS.ti or MAXQDA."),
    ])

  /// One file the export produces.
  struct File {
    /// Its path relative to the study.
    var path: String
    /// Its content.
    var bytes: [UInt8]
  }

  static func run(_ context: inout CommandContext) throws -> Int32 {
    let arguments = context.arguments
    switch (arguments.flag("--all"), arguments.value("--format")) {
    case (true, .some):
      throw UsageError.conflictingOptions("--all", "--format")
    case (false, nil):
      throw UsageError.missingOption(name: "--all", valueName: "")
    case (false, .some):
      return try runProject(&context)
    case (true, nil):
      break
    }
    let options = try CollateArguments.collateOptions(arguments)
    let (project, study) = try context.loadStudy()
    var files: [File] = []
    var texts: [ExportedText] = []
    var unresolved: Set<TranscriptID> = []
    for name in study.codebookNames {
      guard let codebook = study.codebooks[name] else { continue }
      let collation = try Collation(study: study, codebook: codebook, source: options.source)
      unresolved.formUnion(collation.unresolved)
      let (made, shown) = try exporting { () throws(ExportProblem) in
        try codebookFiles(for: collation, options: options)
      }
      files += made
      texts += shown
    }
    try ExportOutput.checkPrivacy(
      texts, project: project, allowed: arguments.flag("--allow-identifiers"), context: &context)
    if arguments.flag("--check") {
      let stale = files.filter { project.existingBytes($0.path) != $0.bytes }.map(\.path)
      guard stale.isEmpty else { throw Problem.exporting(.exportsStale(files: stale)) }
      context.out.write("Exports/ is up to date (\(plural(files.count, "file"))).\n")
      return 0
    }
    var written = 0
    for file in files {
      let folder = file.path.split(separator: "/").dropLast().joined(separator: "/")
      try project.createExportFolder(folder)
      if try project.writeExport(file.bytes, to: file.path) {
        written += 1
        context.out.write("Wrote \(project.display(file.path)).\n")
      }
    }
    context.out.write(
      "\(plural(files.count, "file")) in \(project.display(Project.exportsFolder))/, "
        + "\(written) changed.\n")
    ExportOutput.noteUnresolved(Array(unresolved), context: &context)
    return 0
  }

  /// The files of one codebook, and every text they show, for the privacy check.
  static func codebookFiles(for collation: Collation, options: CollateOptions)
    throws(ExportProblem)
    -> ([File], [ExportedText])
  {
    let name = collation.index.codebook.name
    let table = try QuoteTable.build(collation, options: options)
    var files: [File] = []
    for format in ExportFormat.tableFormats {
      files.append(
        File(
          path: "\(Project.exportsFolder)/tables/\(name).\(format.fileExtension)",
          bytes: try table.rendered(as: format)))
    }
    var texts = table.exportedTexts
    for entry in collation.index.entries where entry.depth == 1 {
      let report = try CodeReport.build(
        collation, codes: [entry.path], includeChildren: true, options: options)
      files.append(
        File(
          path: "\(Project.exportsFolder)/reports/\(name)/\(entry.code.id).md",
          bytes: report.rendered(as: .md)))
      texts += report.exportedTexts
    }
    return (files, texts)
  }
}
