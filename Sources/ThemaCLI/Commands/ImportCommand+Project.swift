import Foundation
import ThemaCore
import ThemaStore

/// `thema import FILE.qdpx`: a REFI-QDA project from NVivo, ATLAS.ti, MAXQDA, QualCoder or
/// Thema, imported as one transaction.
extension ImportCommand {
  /// Whether `file` is a REFI-QDA project (`.qdpx`, or a bare `.qde`).
  static func isProjectFile(_ file: String) -> Bool {
    let lowered = file.lowercased()
    return lowered.hasSuffix(".qdpx") || lowered.hasSuffix(".qde")
  }

  /// Imports the project `file` with the options that apply to it.
  static func runProject(_ file: String, context: inout CommandContext) throws -> Int32 {
    let arguments = context.arguments
    for option in ["--id", "--force", "--attributes"]
    where arguments.value(option) != nil
      || arguments.flag(option)
    {
      throw UsageError.invalidValue(
        option: option, value: arguments.value(option) ?? "",
        expected: "no \(option) with a .qdpx project: its sources, IDs and attributes come from it")
    }
    let project = try context.openProject()
    var problems: [Diagnostic] = []
    let settings = try settings(
      maxWords: try arguments.integer("--max-words", in: 10...100_000) ?? 200, project: project,
      context: &context, problems: &problems)
    var options = RefiImportOptions(transcripts: settings.import.options)
    if let positions = arguments.value("--positions"), positions != "auto" {
      options.positions = RefiPositionScheme(rawValue: positions)
    }
    options.credit =
      arguments.value("--credit").flatMap(RefiImportOptions.Credit.init) ?? .selection
    if let name = arguments.value("--codebook") {
      guard TranscriptID(rawValue: name) != nil else {
        throw UsageError.invalidValue(
          option: "--codebook", value: name,
          expected: "a codebook name of letters, digits, '.', '_' or '-'")
      }
      options.codebookName = name
    }
    let path = file.hasPrefix("/") ? file : context.environment.currentFolder + "/" + file
    let bytes: [UInt8]
    do {
      bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    } catch {
      let reason = (error as NSError).localizedFailureReason ?? error.localizedDescription
      throw Diagnostic(.error, .cannotRead(reason: reason), at: SourceLocation(file: file))
    }
    let parsed =
      file.lowercased().hasSuffix(".qde")
      ? RefiProjectImporter.importProjectFile(bytes, file: file, options: options)
      : RefiProjectImporter.importArchive(bytes, file: file, options: options)
    guard var imported = parsed.value, !parsed.diagnostics.hasErrors else {
      throw DiagnosticList(parsed.diagnostics)
    }
    if let group = arguments.value("--group") {
      for index in imported.transcripts.indices {
        imported.transcripts[index].attributes["group"] = group
      }
    }
    let plan = project.planRefiImport(
      imported, source: (file as NSString).lastPathComponent, time: ConsensusSupport.now())
    context.warn(parsed.diagnostics + plan.diagnostics)
    guard !plan.diagnostics.hasErrors else { return 1 }
    let dryRun = arguments.flag("--dry-run")
    context.out.write(summary(plan, file: file, project: project))
    if dryRun {
      context.out.write(
        "Dry run: would write \(plural(plan.writes.count, "file")); nothing was written.\n")
      return 0
    }
    let written = try project.commitRefiImport(plan)
    context.out.write(
      written.isEmpty
        ? "Nothing to write: the study holds all of it already.\n"
        : "Wrote \(plural(written.count, "file")).\n")
    return 0
  }

  /// What the project brought: codebook, transcripts, codings by coder, what was left out.
  private static func summary(_ plan: RefiImportPlan, file: String, project: Project) -> String {
    let imported = plan.imported
    let summary = imported.summary
    let origin = summary.origin.isEmpty ? "" : " (\(summary.origin.trimmed()))"
    var text = "Read '\(summary.projectName)'\(origin) from \(file):\n"
    if let codebook = imported.codebook {
      text +=
        "  codebook \(codebook.name): \(plural(codebook.flattened().count, "code")) "
        + "(\(project.display(project.codebookPath(codebook.name))))\n"
    } else {
      text += "  no codes\n"
    }
    let ids = imported.transcripts.map(\.id.rawValue)
    let shown =
      ids.count > 8
      ? ids.prefix(8).joined(separator: ", ") + ", ..."
      : ids.joined(
        separator: ", ")
    text +=
      "  \(plural(ids.count, "transcript")) from \(plural(summary.textSources, "text source"))"
    if summary.sourcesWithoutText > 0 { text += " (\(summary.sourcesWithoutText) without text)" }
    text += ids.isEmpty ? "\n" : ": \(shown)\n"
    if summary.otherSources > 0 {
      text += "  \(plural(summary.otherSources, "picture, PDF, audio or video source")) left out\n"
    }
    var byCoder: [String] = []
    for coder in imported.coders + [.consensus] {
      let count = imported.sheets.values.reduce(0) { $0 + ($1[coder]?.codings.count ?? 0) }
      if count > 0 || coder != .consensus { byCoder.append("\(coder) \(count)") }
    }
    text +=
      "  \(plural(summary.codings, "coding"))"
      + (byCoder.isEmpty ? "" : " (\(byCoder.joined(separator: ", ")))")
      + " from \(summary.placedSelections) of \(plural(summary.selections, "coded selection"))\n"
    if summary.redactions > 0 {
      text += "  \(plural(summary.redactions, "name")) redacted (.thema/redactions.txt)\n"
    }
    if !plan.unchanged.isEmpty {
      text += "  \(plural(plan.unchanged.count, "file")) already in the study as they are\n"
    }
    return text
  }
}
