import Foundation
import ThemaCore
import ThemaStore

/// What the five `thema codebook` revision commands share: finding the code, applying the
/// revision to the study, locking every file it changes, and writing them all in one
/// transaction with a line in the codebook's revision log.
enum CodebookRevisionRunner {
  /// The options every revision command takes.
  static let options: [OptionSpec] = [
    OptionSpec(
      "--codebook", value: "NAME",
      help: "The codebook (needed only when the code exists in several)",
      completion: .codebooks),
    OptionSpec("--by", value: "NAME", help: "Who makes the revision, for the log (default: $USER)"),
    OptionSpec("--note", value: "TEXT", help: "Why, for the log"),
    OptionSpec("--dry-run", help: "Show what would change and write nothing"),
  ]

  /// The code reference argument.
  static let codeArgument = ArgumentSpec(
    "CODE", help: "The code: its path or any unambiguous short form, e.g. T1/1a")

  /// Runs a revision built by `make` from the codebook and the resolved code.
  static func run(
    _ context: inout CommandContext,
    make: (CodebookIndex, CodePath) throws -> CodebookRevision
  ) throws -> Int32 {
    let arguments = context.arguments
    let (project, study) = try context.loadStudy()
    let reference = arguments.argument("CODE") ?? ""
    let name = try codebookName(for: reference, in: study, given: arguments.value("--codebook"))
    let index = CodebookIndex(try study.codebook(named: name))
    let revision = try make(index, try index.resolve(reference))
    let planned = try revise(study, name, revision)
    let summary = describe(revision, planned, index: index)
    if arguments.flag("--dry-run") {
      context.out.write(summary + "\nDry run: nothing was written.\n")
      return 0
    }
    try AtomicFile.createFolder(project.absolute(".thema"))
    var paths = [(project.absolute(".thema/revision"), project.display(".thema/revision"))]
    for sheet in planned.sheets {
      let path = sheetPath(sheet, project)
      paths.append((project.absolute(path), project.display(path)))
    }
    for id in planned.decisions.keys.sorted()
    where !planned.sheets.contains(where: { $0.transcript == id && $0.coder == .consensus }) {
      let path = project.consensusPath(id)
      paths.append((project.absolute(path), project.display(path)))
    }
    // Writers that coded with the old codebook finish first, and none starts until the
    // revision is done (see Project.codebookGuard).
    let codebookLock = try project.lockFile(
      project.codebookPath(name), purpose: "thema codebook \(revision.verb)", timeout: 10)
    let locks: FileLockSet
    do {
      locks = try FileLockSet(paths, purpose: "thema codebook \(revision.verb)")
    } catch {
      if case .locked(let file, let holder) = error.problem {
        throw Problem.revision(.fileInUse(file: file, holder: holder))
      }
      throw error
    }
    // Read the study again under the locks, so that work saved since the first read is migrated.
    let fresh = project.load()
    if fresh.diagnostics.hasErrors { throw StudyHasErrors(diagnostics: fresh.diagnostics) }
    let final = try revise(fresh.study, name, revision)
    let lockedPaths = Set(paths.map(\.0))
    for sheet in final.sheets
    where !lockedPaths.contains(project.absolute(sheetPath(sheet, project))) {
      throw CommandFailure(
        "\(sheetPath(sheet, project)) changed while the revision was prepared; run it again")
    }
    var writes = [
      PendingWrite(path: project.codebookPath(name), data: Data(final.codebook.markdown().utf8))
    ]
    for sheet in final.sheets {
      writes.append(PendingWrite(path: sheetPath(sheet, project), data: Data(sheet.tsv().utf8)))
    }
    for (id, log) in final.decisions.sorted(by: { $0.key < $1.key }) {
      writes.append(PendingWrite(path: project.decisionsPath(id), data: Data(log.jsonl().utf8)))
    }
    writes.append(
      try logWrite(
        revision, final, name: name, project: project, index: index, arguments: arguments,
        environment: context.environment))
    try project.commit(writes)
    _ = consume locks
    _ = consume codebookLock
    context.out.write(
      summary
        + "\nLogged in \(project.display(project.codebookPath(name).dropLast(3) + ".changes")).\n")
    return 0
  }

  private static func revise(_ study: Study, _ name: String, _ revision: CodebookRevision) throws
    -> StudyRevision
  {
    do {
      return try study.revising(codebook: name, with: revision)
    } catch let problem as RevisionProblem {
      throw Problem.revision(problem)
    }
  }

  private static func sheetPath(_ sheet: CodingSheet, _ project: Project) -> String {
    sheet.coder == .consensus
      ? project.consensusPath(sheet.transcript) : project.codingsPath(sheet.transcript, sheet.coder)
  }

  /// The codebook to revise: `--codebook`, else the only codebook in which the code resolves.
  static func codebookName(for reference: String, in study: Study, given: String?) throws -> String
  {
    if let given { return try study.codebook(named: given).name }
    var matches: [String] = []
    var firstError: Problem?
    for name in study.codebookNames {
      guard let codebook = study.codebooks[name] else { continue }
      do {
        _ = try CodebookIndex(codebook).resolve(reference)
        matches.append(name)
      } catch {
        if firstError == nil || study.codebooks.count == 1 { firstError = error }
      }
    }
    if matches.count == 1 { return matches[0] }
    if matches.count > 1 {
      throw CommandFailure(
        "code '\(reference)' exists in several codebooks (\(matches.joined(separator: ", "))); "
          + "choose one with --codebook NAME")
    }
    throw firstError ?? Problem.unknownCodebook(name: "(none)", available: [])
  }

  private static func resultText(_ revision: CodebookRevision, _ index: CodebookIndex) -> String {
    switch revision {
    case .rename(let path, let newID, _):
      return (path.parent ?? CodePath(components: [])).appending(newID ?? path.last).description
    case .move(let path, let parent):
      return (parent ?? CodePath(components: [])).appending(path.last).description
    case .merge(_, let target):
      return target.description
    case .split(let path, let codes, _, _):
      return codes.map { (path.parent ?? CodePath(components: [])).appending($0.id).description }
        .joined(separator: " ")
    case .retire:
      return "retired"
    }
  }

  private static func describe(
    _ revision: CodebookRevision, _ planned: StudyRevision, index: CodebookIndex
  )
    -> String
  {
    let total = planned.changedCodings.values.reduce(0, +)
    let byCoder = planned.changedCodings.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
    var text = "\(revision.verb) \(revision.code) -> \(resultText(revision, index)): "
    text += "\(plural(total, "coding")) change"
    if !byCoder.isEmpty { text += " (" + byCoder.joined(separator: ", ") + ")" }
    text += "; the codebook and \(plural(planned.sheets.count, "codings file")) are rewritten."
    return text
  }

  private static func logWrite(
    _ revision: CodebookRevision, _ planned: StudyRevision, name: String, project: Project,
    index: CodebookIndex, arguments: ParsedArguments, environment: CommandEnvironment
  ) throws -> PendingWrite {
    let path = "Codebooks/\(name).changes"
    var log = RevisionLog()
    if FileManager.default.fileExists(atPath: project.absolute(path)) {
      let text = try project.readText(path)
      log = try RevisionLog.parse(text, file: project.display(path)).get()
    }
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    log.entries.append(
      RevisionLog.Entry(
        time: formatter.string(from: Date()), action: revision.verb,
        code: revision.code.description,
        result: resultText(revision, index),
        codingsChanged: planned.changedCodings.values.reduce(0, +),
        by: arguments.value("--by") ?? environment.variables["USER"] ?? "unknown",
        note: arguments.value("--note") ?? ""))
    return PendingWrite(path: path, data: Data(log.text(codebookFile: "\(name).md").utf8))
  }
}
