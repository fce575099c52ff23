import Foundation
import ThemaCore
import ThemaStore

/// `thema import FILE...`: turns transcript sources into the study's segmented transcripts.
enum ImportCommand: Command {
  static let spec = CommandSpec(
    name: "import", group: .transcripts,
    abstract:
      "Import transcripts (text, .vtt, .srt, Otter, Rev, Word .docx) or a REFI-QDA project (.qdpx)",
    discussion: """
      Each FILE becomes Transcripts/<ID>/transcript.txt: normalized text (UTF-8, NFC), one \
      segment per speaker turn, turns longer than --max-words split at paragraphs, then \
      sentences. The format is detected: plain text with speaker labels ('Interviewer:', \
      'P3:', 'Speaker 1 (00:02):') or none, Otter and Rev exports, Zoom's saved transcript, \
      WebVTT captions from Zoom (Name: text) and Teams (<v Name>), SubRip, and Word documents \
      (bold or 'Name:' labels, tables row by row). Text may be UTF-8, UTF-16 with a \
      byte-order mark, or Windows-1252 (with a warning).

      The ID is --id, the 'id' column of --attributes, the folder for a file kept in \
      Transcripts/<ID>/, or the file's name. --attributes reads a CSV with a 'file' or 'id' \
      column; its other columns (group, county, arm, wave, ...) become the transcript's \
      attributes. Each transcript records its source's name, format and SHA-256.

      --redact names.txt replaces listed names (whole words, any case) with a placeholder or \
      pseudonym ('Maria Lopez => P3') and adds them to the study's list, \
      .thema/redactions.txt, which every import applies. --speaker-map renames speakers \
      ('Dr. Jane Roe,Interviewer').

      An existing transcript is only replaced with --force: unchanged segments keep their IDs, \
      and codings of segments whose text changed or vanished are listed (they stay in their \
      files). A file that cannot be imported is reported and changes nothing; the others go \
      on, and the exit status is 1.

      A REFI-QDA project (FILE.qdpx, from NVivo, ATLAS.ti, MAXQDA, QualCoder or 'thema export \
      --format qdpx') is imported on its own, all or nothing: its code book becomes \
      Codebooks/<name>.md (--codebook NAME, else a name made from the project's), each text \
      source a transcript (its cases' variables as attributes), each selection's codings the \
      codings of the segments it covers, in the sheet of the user who made the selection \
      (--credit coding: the user each coding names), and notes on selections memos. Positions \
      are counted as the project's tool counts them, detected from the project or chosen with \
      --positions: codepoints (the standard), codepoints-lf (ATLAS.ti: CRLF counts as one) or \
      utf16 (NVivo for Windows). Sources without text, pictures, PDFs, media and selections \
      that cannot be placed are reported.
      """,
    arguments: [
      ArgumentSpec("FILE", help: "Source files to import", variadic: true, completion: .files)
    ],
    options: [
      OptionSpec("--id", value: "ID", help: "The transcript ID, for a single file"),
      OptionSpec("--group", value: "NAME", help: "The 'group' attribute of every file"),
      OptionSpec(
        "--codebook", value: "NAME",
        help: "The codebook the transcripts are coded with (for a .qdpx: the name its codes get)",
        completion: .codebooks),
      OptionSpec(
        "--attributes", value: "FILE", help: "A CSV of attributes by file name or ID",
        completion: .files),
      OptionSpec(
        "--redact", value: "FILE", help: "Names to replace: 'name' or 'name => replacement'",
        completion: .files),
      OptionSpec(
        "--speaker-map", value: "FILE", help: "A CSV of speaker names to rename: name,new name",
        completion: .files),
      OptionSpec(
        "--max-words", value: "N", help: "Split turns longer than this (default 200)"),
      OptionSpec("--force", help: "Replace transcripts that exist already"),
      OptionSpec(
        "--positions", value: "MODE",
        help: "How a .qdpx counts selection positions (default: detect)",
        choices: ["auto"] + RefiPositionScheme.allCases.map(\.rawValue)),
      OptionSpec(
        "--credit", value: "USER",
        help: "Whose codings a .qdpx's are: the selection's creator (default) or the coding's",
        choices: RefiImportOptions.Credit.allCases.map(\.rawValue)),
      OptionSpec("--dry-run", help: "Print what would be written; write nothing"),
    ],
    examples: [
      Example(
        "thema import interviews/P03.vtt --id CAPP-03 --group Participant",
        "Import a Zoom recording's captions as CAPP-03."),
      Example(
        "thema import raw/*.docx raw/*.vtt --attributes raw/attributes.csv --redact names.txt",
        "Import a batch with attributes, replacing real names."),
      Example(
        "thema import Transcripts/*/original.* --attributes Transcripts/attributes.csv --dry-run",
        "Show what re-importing the study's originals would write."),
      Example(
        "thema import exchange/project.qdpx --codebook pilot --credit coding",
        "Import an NVivo project, crediting each coding to the user it names."),
    ])

  static func run(_ context: inout CommandContext) throws -> Int32 {
    let arguments = context.arguments
    let files = arguments.arguments("FILE")
    if let projectFile = files.first(where: isProjectFile) {
      guard files.count == 1 else {
        throw UsageError.invalidValue(
          option: "FILE", value: projectFile,
          expected: "a .qdpx project on its own (import it in a command of its own)")
      }
      return try runProject(projectFile, context: &context)
    }
    let project = try context.openProject()
    var explicitID: TranscriptID?
    if let text = arguments.value("--id") {
      guard files.count == 1 else {
        throw UsageError.invalidValue(
          option: "--id", value: text, expected: "one FILE (an ID names a single transcript)")
      }
      guard let id = TranscriptID(rawValue: text) else { throw Problem.invalidTranscriptID(text) }
      explicitID = id
    }
    let maxWords = try arguments.integer("--max-words", in: 10...100_000) ?? 200
    var problems: [Diagnostic] = []
    let settings = try settings(
      maxWords: maxWords, project: project, context: &context, problems: &problems)
    let dryRun = arguments.flag("--dry-run")
    let requests = files.map { file in
      ImportRequest(
        display: file,
        path: file.hasPrefix("/") ? file : context.environment.currentFolder + "/" + file)
    }
    var settingsForRun = settings.import
    settingsForRun.keepsText = dryRun
    let results = project.importSources(
      requests, explicitID: explicitID, settings: settingsForRun, dryRun: dryRun
    ) { done, total in
      context.progress("Importing… \(done)/\(total)")
    }
    context.endProgress()
    context.warn(results.flatMap(\.diagnostics))
    if dryRun { printTexts(results, project: project, context: &context) }
    context.out.write(ImportSummary.render(results, dryRun: dryRun, style: context.outStyle))
    let redacted = ImportSummary.redactions(results)
    if !redacted.isEmpty { context.out.write(redacted) }
    if !dryRun, !settings.newRedactions.isEmpty, results.contains(where: { $0.outcome != .failed })
    {
      let added = try project.mergeIntoRedactionList(settings.newRedactions)
      if added > 0 {
        context.out.write(
          "Added \(plural(added, "name")) to \(project.display(Project.redactionListPath)).\n")
      }
    }
    return results.contains { $0.outcome == .failed } ? 1 : 0
  }

  /// The settings from the options, reading the option files; throws every problem found in
  /// them, before any source is read.
  static func settings(
    maxWords: Int, project: Project, context: inout CommandContext, problems: inout [Diagnostic]
  ) throws -> (import: ImportSettings, newRedactions: [RedactionList.Entry]) {
    let arguments = context.arguments
    var options = ImportOptions(maxWords: maxWords)
    var attributes = AttributeTable()
    var newRedactions: [RedactionList.Entry] = []
    if let file = arguments.value("--attributes"),
      let text = readOptionFile(file, context: &context, problems: &problems)
    {
      let parsed = AttributeTable.parse(csv: text, file: file)
      problems += parsed.diagnostics
      attributes = parsed.value ?? attributes
    }
    if let file = arguments.value("--speaker-map"),
      let text = readOptionFile(file, context: &context, problems: &problems)
    {
      let parsed = SpeakerMap.parse(csv: text, file: file)
      problems += parsed.diagnostics
      options.speakerMap = parsed.value ?? options.speakerMap
    }
    var redactions = RedactionList()
    do {
      redactions = try project.readRedactionList()
    } catch {
      problems += error.diagnostics
    }
    if let file = arguments.value("--redact"),
      let text = readOptionFile(file, context: &context, problems: &problems)
    {
      let parsed = RedactionList.parse(text, file: file)
      problems += parsed.diagnostics
      newRedactions = parsed.value?.entries ?? []
      redactions.merge(newRedactions)
    }
    options.redactions = redactions
    guard !problems.hasErrors else { throw DiagnosticList(problems) }
    context.warn(problems)
    let settings = ImportSettings(
      options: options, attributes: attributes, group: arguments.value("--group"),
      codebook: arguments.value("--codebook"), force: arguments.flag("--force"))
    return (settings, newRedactions)
  }

  /// The text of an option file (CSV or list), decoded as leniently as a source.
  private static func readOptionFile(
    _ file: String, context: inout CommandContext, problems: inout [Diagnostic]
  ) -> String? {
    let path = file.hasPrefix("/") ? file : context.environment.currentFolder + "/" + file
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      let reason = (error as NSError).localizedFailureReason ?? error.localizedDescription
      problems.append(
        Diagnostic(.error, .cannotRead(reason: reason), at: SourceLocation(file: file)))
      return nil
    }
    do {
      let source = try TextDecoding.source([UInt8](data))
      problems += source.warnings.map {
        Diagnostic(.warning, .importing($0), at: SourceLocation(file: file))
      }
      return source.text
    } catch .emptySource {
      return ""
    } catch {
      problems.append(Diagnostic(.error, .importing(error), at: SourceLocation(file: file)))
      return nil
    }
  }

  /// Each transcript a dry run would write, under a header naming its file.
  private static func printTexts(
    _ results: [ImportResult], project: Project, context: inout CommandContext
  ) {
    for result in results {
      guard let text = result.text, let id = result.id else { continue }
      let verb =
        result.outcome == .unchanged
        ? "unchanged" : "would \(result.outcome == .created ? "create" : "replace")"
      context.out.write(
        context.outStyle.bold("==> \(project.display(project.transcriptPath(id))) (\(verb)) <==")
          + "\n" + text + "\n")
    }
  }
}
