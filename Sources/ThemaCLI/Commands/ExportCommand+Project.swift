import ThemaCore
import ThemaStore

/// `thema export --format qdpx`: the transcripts of one codebook as a REFI-QDA project.
extension ExportCommand {
  static func runProject(_ context: inout CommandContext) throws -> Int32 {
    let arguments = context.arguments
    let (project, study) = try context.loadStudy()
    let codebook: Codebook
    if let name = arguments.value("--codebook") {
      codebook = try study.codebook(named: name)
    } else if study.codebooks.count == 1, let only = study.codebooks.values.first {
      codebook = only
    } else {
      throw Problem.exporting(.codebookNeeded(available: study.codebookNames))
    }
    let ids = try transcripts(of: codebook, in: study, asked: arguments.values("--transcripts"))
    var texts: [ExportedText] = []
    for id in ids {
      guard let transcript = study.transcripts[id] else { continue }
      for segment in transcript.segments {
        texts.append(
          ExportedText(
            part: "text", transcript: id, segment: segment.id,
            code: CodePath(components: []), text: segment.text))
      }
      for sheet in Array((study.sheets[id] ?? [:]).values)
        + [study.consensus[id]].compactMap({ $0 })
      {
        for coding in sheet.codings where !coding.memo.isEmpty {
          texts.append(
            ExportedText(
              part: "memo", transcript: id, segment: coding.segment, code: coding.code,
              text: coding.memo))
        }
      }
    }
    try ExportOutput.checkPrivacy(
      texts, project: project, allowed: arguments.flag("--allow-identifiers"), context: &context)
    let bytes = try exporting { () throws(ExportProblem) in
      try RefiProjectExporter.archive(study: study, codebook: codebook, transcripts: ids)
    }
    let fallback = "\(Project.exportsFolder)/\(codebook.name).qdpx"
    if arguments.flag("--check") {
      let path =
        try arguments.value("--out").map {
          try project.exportDestination($0, from: context.environment.currentFolder)
        } ?? fallback
      guard project.existingBytes(path) == bytes else {
        throw Problem.exporting(.exportsStale(files: [path]))
      }
      context.out.write("\(project.display(path)) is up to date.\n")
      return 0
    }
    try ExportOutput.write(bytes, project: project, fallback: fallback, context: &context)
    let coders = Set(ids.flatMap { (study.sheets[$0] ?? [:]).keys }).sorted()
    let consensus = ids.contains { study.consensus[$0] != nil }
    context.out.write(
      "\(plural(ids.count, "transcript")) of \(codebook.name), with the codings of "
        + (coders.isEmpty ? "no coder" : coders.map(\.rawValue).joined(separator: ", "))
        + (consensus ? " and the consensus" : "") + ".\n")
    return 0
  }

  /// The transcripts to export: those asked for (each coded with `codebook`), or every
  /// transcript coded with it.
  private static func transcripts(of codebook: Codebook, in study: Study, asked: [String]) throws
    -> [TranscriptID]
  {
    func codebookName(_ transcript: Transcript) -> String? {
      (try? study.codebook(for: transcript))?.name
    }
    guard !asked.isEmpty else {
      return study.transcriptIDs.filter { id in
        study.transcripts[id].map { codebookName($0) == codebook.name } ?? false
      }
    }
    var ids: [TranscriptID] = []
    for name in asked.flatMap({ $0.split(separator: ",").map(String.init) }) {
      let transcript = try study.transcript(named: name)
      let used = codebookName(transcript) ?? ""
      guard used == codebook.name else {
        throw Problem.refiProject(
          .transcriptOfOtherCodebook(
            id: transcript.id.rawValue, codebook: used, exported: codebook.name))
      }
      if !ids.contains(transcript.id) { ids.append(transcript.id) }
    }
    return ids
  }
}
