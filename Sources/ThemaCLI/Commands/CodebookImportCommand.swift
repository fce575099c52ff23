import Foundation
import ThemaCore
import ThemaStore

/// `thema codebook import FILE.qdc`: a REFI-QDA codebook from MAXQDA, NVivo, ATLAS.ti or
/// QualCoder as `Codebooks/NAME.md`.
enum CodebookImportCommand: Command {
  static let spec = CommandSpec(
    name: "codebook import", group: .codebooks,
    abstract: "Import a REFI-QDA codebook (.qdc) from MAXQDA, NVivo, ATLAS.ti or QualCoder",
    discussion: """
      Writes Codebooks/NAME.md (NAME: --name, else the file's name) with every code of the \
      file: its name, colour, description, whether it may be applied, its sets and its GUID, \
      so a later export keeps the identities other tools know. A name that starts with an ID \
      ('1a Peer role clarity') keeps that ID; other codes are numbered as an outline: 1, 2 at \
      the top, 1a, 1b below, 1a1, 1a2 further down. Paragraphs of the description that start \
      with 'Definition:', 'Include:', 'Exclude:' or 'Example:' become those fields.

      The file is checked whole before anything is written: a damaged or hostile file (cut \
      short, a DOCTYPE, the wrong root or namespace, two codes with one GUID, a code without \
      a name) is an error naming the line, and nothing changes. An existing codebook is \
      replaced only with --force, and not even then while codings use a code the file lacks; \
      a replaced codebook keeps its title, levels and description.
      """,
    arguments: [
      ArgumentSpec("FILE", help: "The .qdc file to import", completion: .files)
    ],
    options: [
      OptionSpec("--name", value: "NAME", help: "The codebook's name (default: the file's name)"),
      OptionSpec("--force", help: "Replace an existing codebook of that name"),
      OptionSpec("--dry-run", help: "Check the file and print the summary; write nothing"),
    ],
    examples: [
      Example(
        "thema codebook import ~/Downloads/peers.qdc --name peers",
        "Import MAXQDA's codebook export as Codebooks/peers.md."),
      Example(
        "thema codebook import peers.qdc --name peers --force",
        "Replace it with a newer export; codings keep their codes."),
    ])

  static func run(_ context: inout CommandContext) throws -> Int32 {
    let arguments = context.arguments
    let (project, study) = try context.loadStudy()
    let file = arguments.argument("FILE") ?? ""
    let name = try codebookName(arguments.value("--name"), file: file)
    let path = project.codebookPath(name)
    let existing = study.codebooks[name]
    let exists = existing != nil || FileManager.default.fileExists(atPath: project.absolute(path))
    if exists && !arguments.flag("--force") { throw Problem.refi(.codebookExists(name: name)) }
    let bytes = try readSource(file, context: context)
    let fileName = (file as NSString).lastPathComponent
    let parsed = Codebook.parse(
      qdc: bytes, name: name, title: existing?.title ?? name, file: file)
    guard var codebook = parsed.value, !parsed.diagnostics.hasErrors else {
      throw DiagnosticList(parsed.diagnostics)
    }
    codebook.levels = existing?.levels ?? []
    codebook.description = existing?.description ?? "Imported from \(fileName)."
    try checkReplacement(codebook, existing: existing, study: study, project: project)
    let markdown = codebook.markdown()
    let reparsed = Codebook.parse(markdown: markdown, name: name, file: project.display(path))
    guard reparsed.value == codebook, !reparsed.diagnostics.hasErrors else {
      if reparsed.diagnostics.hasErrors { throw DiagnosticList(reparsed.diagnostics) }
      throw CommandFailure(
        "the imported codebook would not read back as it was imported (a bug in Thema; please "
          + "report it with the file); nothing was written")
    }
    context.warn(parsed.diagnostics)
    let summary = summary(codebook, warnings: parsed.diagnostics.count)
    if arguments.flag("--dry-run") {
      context.out.write(
        "Would write \(project.display(path)): \(summary).\nDry run: nothing was written.\n")
      return 0
    }
    try AtomicFile.write(
      Data(markdown.utf8), to: project.absolute(path), display: project.display(path))
    context.out.write(
      "Wrote \(project.display(path)): \(summary).\n"
        + "See it with 'thema codebook show \(name)'; give codes other IDs with "
        + "'thema codebook rename'.\n")
    return 0
  }

  /// `--name`, or a name made from the file's (`My codebook.qdc` becomes `My-codebook`).
  private static func codebookName(_ given: String?, file: String) throws -> String {
    if let given {
      guard Codebook.isValidName(given) else { throw Problem.refi(.invalidCodebookName(given)) }
      return given
    }
    // A transcript ID follows the same rule as a codebook name, so its file-name form serves.
    guard let derived = TranscriptID(fileName: file)?.rawValue else {
      throw Problem.refi(.invalidCodebookName((file as NSString).lastPathComponent))
    }
    return derived
  }

  /// The file's bytes, refusing one past the size limit before reading it.
  private static func readSource(_ file: String, context: CommandContext) throws -> [UInt8] {
    let path = file.hasPrefix("/") ? file : context.environment.currentFolder + "/" + file
    let location = SourceLocation(file: file)
    let limit = Codebook.qdcLimits.maximumBytes
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
      throw Diagnostic(.error, .cannotRead(reason: "no such file"), at: location)
    }
    guard !isFolder.boolValue else {
      throw Diagnostic(.error, .cannotRead(reason: "it is a folder, not a .qdc file"), at: location)
    }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    if size > limit {
      throw Diagnostic(.error, .refi(.xml(.tooLarge(bytes: size, limit: limit))), at: location)
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Diagnostic(.error, .cannotRead(reason: "permission denied"), at: location)
    }
    return [UInt8](data)
  }

  /// Refuses a codebook that would take away codes codings use, or leave transcripts that
  /// name no codebook unsure of theirs.
  private static func checkReplacement(
    _ codebook: Codebook, existing: Codebook?, study: Study, project: Project
  ) throws {
    guard existing != nil else {
      let orphans = study.codebooks.isEmpty ? [] : study.transcriptsWithoutCodebook
      guard orphans.isEmpty else {
        let names = (study.codebookNames + [codebook.name]).sorted(by: NaturalOrder.less)
        throw DiagnosticList(
          orphans.map {
            Diagnostic(
              .error, .noCodebookForTranscript(transcript: $0.rawValue, available: names),
              at: SourceLocation(file: project.display(project.transcriptPath($0))))
          })
      }
      return
    }
    let kept = Set(codebook.flattened().map(\.path))
    let vanishing = study.codingCounts(codebook: codebook.name)
      .filter { !kept.contains($0.key) }
      .sorted { $0.key < $1.key }
      .map { "\($0.key) (\(plural($0.value, "coding")))" }
    if !vanishing.isEmpty {
      throw Problem.refi(.codedCodesWouldVanish(codebook: codebook.name, codes: vanishing))
    }
  }

  /// `14 codes in 3 levels (2 only group others), 2 sets, 1 warning`.
  static func summary(_ codebook: Codebook, warnings: Int) -> String {
    let entries = codebook.flattened()
    var text = "\(plural(entries.count, "code")) in \(plural(codebook.depth, "level"))"
    let grouping = entries.filter { !$0.code.isCodable }.count
    if grouping > 0 { text += " (\(grouping) only group\(grouping == 1 ? "s" : "") others)" }
    text += ", \(plural(codebook.allSets.count, "set"))"
    if warnings > 0 { text += ", \(plural(warnings, "warning"))" }
    return text
  }
}
