import ThemaCore
import ThemaStore

/// Where an export goes and the checks before it is written: the privacy check against the
/// redaction list, then stdout or an atomic write to a file inside the study.
enum ExportOutput {
  /// Checks `texts` against the study's redaction list. Each finding is an error naming the
  /// transcript file, line and column; with `allowed` (`--allow-identifiers`) a warning.
  ///
  /// Throws every finding as a `DiagnosticList`, before anything is written.
  static func checkPrivacy(
    _ texts: [ExportedText], project: Project, allowed: Bool, context: inout CommandContext
  ) throws {
    let list = try project.readRedactionList()
    let findings = IdentifierCheck.findings(in: texts, list: list)
    guard !findings.isEmpty else { return }
    var transcriptTexts: [TranscriptID: String] = [:]
    var diagnostics: [Diagnostic] = []
    for finding in findings {
      let path = project.transcriptPath(finding.transcript)
      if transcriptTexts[finding.transcript] == nil {
        transcriptTexts[finding.transcript] = (try? project.readText(path)) ?? ""
      }
      var location = SourceLocation(file: project.display(path))
      if let text = transcriptTexts[finding.transcript],
        let place = IdentifierCheck.location(
          of: finding.name, segment: finding.segment, inTranscriptText: text)
      {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        location = SourceLocation(
          file: project.display(path), line: place.line, column: place.column,
          sourceLine: place.line <= lines.count ? String(lines[place.line - 1]) : nil)
      }
      diagnostics.append(
        Diagnostic(allowed ? .warning : .error, .exporting(finding.problem), at: location))
    }
    if allowed {
      context.warn(diagnostics)
    } else {
      throw DiagnosticList(diagnostics)
    }
  }

  /// Writes `bytes` to `--out` (checked to lie inside the study), to `fallback` (a
  /// project-relative path, for formats that cannot go to a terminal), or to standard output.
  static func write(
    _ bytes: [UInt8], project: Project, fallback: String?, context: inout CommandContext
  ) throws {
    var destination: String?
    if let out = context.arguments.value("--out") {
      destination = try project.exportDestination(out, from: context.environment.currentFolder)
    } else if let fallback {
      let folder = (fallback.split(separator: "/").dropLast()).joined(separator: "/")
      if !folder.isEmpty { try project.createExportFolder(folder) }
      destination = fallback
    }
    guard let destination else {
      context.out.write(String(decoding: bytes, as: UTF8.self))
      return
    }
    let written = try project.writeExport(bytes, to: destination)
    context.out.write(
      written
        ? "Wrote \(project.display(destination)).\n"
        : "\(project.display(destination)) is up to date.\n")
  }

  /// A note on standard error when some codings are unresolved, so a user writing to a file
  /// learns it too.
  static func noteUnresolved(_ transcripts: [TranscriptID], context: inout CommandContext) {
    guard !transcripts.isEmpty else { return }
    let style = context.errStyle
    context.err.write(
      "\(style.note("note:")) \(Collation.list(transcripts.sorted().map(\.rawValue))) "
        + "\(transcripts.count == 1 ? "has" : "have") several coders and no finished consensus "
        + "yet, as the note under the output says. Resolve them with 'thema resolve', or pick "
        + "one coder with --source coder:NAME.\n")
  }
}
