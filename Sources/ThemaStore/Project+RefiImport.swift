import Foundation
import ThemaCore

/// What importing a REFI-QDA project would write into the study, and what stops it.
public struct RefiImportPlan: Sendable {
  /// The project as Thema reads it (with each transcript's `codebook` attribute set when the
  /// study will have several codebooks).
  public var imported: RefiProjectImport
  /// The files to write, as one transaction.
  public var writes: [PendingWrite]
  /// Files that are already there with the same content.
  public var unchanged: [String]
  /// Errors (nothing may be written) and warnings.
  public var diagnostics: [Diagnostic]
}

extension Project {
  /// Plans the import of `imported` (read from `source`, the path shown in messages): the
  /// codebook as `Codebooks/<name>.md`, each transcript, each coder's codings and the consensus
  /// (with a decision log made at `time`). Reads the study; writes nothing.
  ///
  /// Refused, with errors: a transcript or codebook the study has with other content, codings
  /// that do not fit their transcript or codebook, and a second codebook while existing
  /// transcripts name none.
  public func planRefiImport(_ imported: RefiProjectImport, source: String, time: String)
    -> RefiImportPlan
  {
    var plan = RefiImportPlan(imported: imported, writes: [], unchanged: [], diagnostics: [])
    let existingCodebooks = Set(listFiles(in: Self.codebooksFolder, withExtension: "md"))
    if let codebook = imported.codebook {
      let path = codebookPath(codebook.name)
      let markdown = codebook.markdown()
      // Never write a codebook that would not load: read back what would be written.
      plan.diagnostics += Codebook.parse(
        markdown: markdown, name: codebook.name, file: display(path)
      )
      .diagnostics.filter { $0.severity == .error }
      add(Data(markdown.utf8), at: path, to: &plan) {
        .codebookExists(name: codebook.name)
      }
      var all = existingCodebooks
      all.insert(codebook.name)
      if all.count > 1 {
        for index in plan.imported.transcripts.indices
        where plan.imported.transcripts[index].attributes["codebook"] == nil {
          plan.imported.transcripts[index].attributes["codebook"] = codebook.name
        }
        if !existingCodebooks.isEmpty && !existingCodebooks.contains(codebook.name) {
          checkExistingTranscriptsNameCodebooks(adding: codebook.name, into: &plan)
        }
      }
    }
    let codebooks = (try? codebooksForCheck(plan.imported.codebook)) ?? [:]
    for transcript in plan.imported.transcripts {
      let id = transcript.id
      add(Data(transcript.text().utf8), at: transcriptPath(id), to: &plan) {
        .transcriptExists(id: id.rawValue)
      }
      let sheets = plan.imported.sheets[id] ?? [:]
      for (coder, sheet) in sheets.sorted(by: { $0.key < $1.key }) {
        let path = coder == .consensus ? consensusPath(id) : codingsPath(id, coder)
        check(sheet, path: path, transcript: transcript, codebooks: codebooks, into: &plan)
        add(Data(sheet.tsv().utf8), at: path, to: &plan) { .transcriptExists(id: id.rawValue) }
      }
      if let log = plan.imported.decisionLog(for: id, time: time, source: source),
        existingBytes(decisionsPath(id)) == nil
      {
        plan.writes.append(PendingWrite(path: decisionsPath(id), data: Data(log.jsonl().utf8)))
      }
    }
    return plan
  }

  /// Writes a plan's files as one transaction: all of them, or none.
  /// - Returns: the paths written.
  @discardableResult
  public func commitRefiImport(_ plan: RefiImportPlan) throws(Diagnostic) -> [String] {
    try commit(plan.writes)
  }

  /// Adds a write of `data` at `path`, unless the file holds it already; a file with other
  /// content is the error `conflict` gives.
  private func add(
    _ data: Data, at path: String, to plan: inout RefiImportPlan,
    conflict: () -> RefiProjectProblem
  ) {
    guard let existing = existingBytes(path) else {
      plan.writes.append(PendingWrite(path: path, data: data))
      return
    }
    if Data(existing) == data {
      plan.unchanged.append(path)
    } else {
      plan.diagnostics.append(
        Diagnostic(.error, .refiProject(conflict()), at: SourceLocation(file: display(path))))
    }
  }

  /// The study's codebooks with the imported one, to check codings against.
  private func codebooksForCheck(_ imported: Codebook?) throws -> [String: Codebook] {
    var codebooks: [String: Codebook] = [:]
    for name in listFiles(in: Self.codebooksFolder, withExtension: "md") {
      let path = codebookPath(name)
      let parsed = Codebook.parse(markdown: try readText(path), name: name, file: display(path))
      if let codebook = parsed.value { codebooks[name] = codebook }
    }
    if let imported { codebooks[imported.name] = imported }
    return codebooks
  }

  /// Errors for codings that would not load: a span outside its segment, an unknown code.
  private func check(
    _ sheet: CodingSheet, path: String, transcript: Transcript, codebooks: [String: Codebook],
    into plan: inout RefiImportPlan
  ) {
    guard let codebook = try? Study(codebooks: codebooks).codebook(for: transcript) else { return }
    let problems = sheet.validate(
      transcript: transcript, codebook: CodebookIndex(codebook), file: display(path))
    plan.diagnostics += problems.filter { $0.severity == .error }
  }

  /// Errors for existing transcripts that name no codebook, when a second one is added.
  private func checkExistingTranscriptsNameCodebooks(
    adding name: String, into plan: inout RefiImportPlan
  ) {
    var missing: [String] = []
    for folder in listFolders(in: Self.transcriptsFolder) {
      guard let id = TranscriptID(rawValue: folder),
        let text = try? readText(transcriptPath(id)),
        let transcript = Transcript.parse(text: text, file: transcriptPath(id)).value
      else { continue }
      if transcript.codebookName == nil { missing.append(folder) }
    }
    guard !missing.isEmpty else { return }
    plan.diagnostics.append(
      Diagnostic(
        .error, .refiProject(.transcriptsNeedCodebook(ids: missing, codebook: name)),
        at: SourceLocation(file: display(Self.transcriptsFolder))))
  }
}
