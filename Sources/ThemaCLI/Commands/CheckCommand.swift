import ThemaCore
import ThemaStore

/// `thema check`: validates every file of the study and lists every problem.
enum CheckCommand: Command {
  static let spec = CommandSpec(
    name: "check", group: .study,
    abstract: "Validate every codebook, transcript and codings file and list every problem",
    discussion: """
      Reads the whole study and prints each problem as 'path:line:column: error: message' with \
      the offending line. Exits 1 when there is any error, so it can guard a git hook or a CI \
      job; run it after merging a colleague's work. Nothing is changed.
      """,
    examples: [
      Example("thema check", "Check the study in the current folder."),
      Example("thema check --project ~/studies/capp", "Check another study."),
    ])

  static func run(_ context: inout CommandContext) throws -> Int32 {
    let project = try context.openProject()
    context.progress("Checking the study…")
    let loaded = project.load(reportingRetired: true)
    context.endProgress()
    let study = loaded.study
    let diagnostics =
      loaded.diagnostics + consensusProblems(project, study) + project.setAsideCodings()
    context.warn(diagnostics)
    let sheets = study.sheets.values.reduce(0) { $0 + $1.count }
    let counts =
      "\(study.codebooks.count) codebook\(study.codebooks.count == 1 ? "" : "s"), "
      + "\(study.transcripts.count) transcript\(study.transcripts.count == 1 ? "" : "s"), "
      + "\(sheets) codings file\(sheets == 1 ? "" : "s")"
      + (study.consensus.isEmpty
        ? "" : ", \(study.consensus.count) consensus file\(study.consensus.count == 1 ? "" : "s")")
    if let summary = DiagnosticPrinter.summary(diagnostics) {
      let failed = diagnostics.hasErrors
      let style = context.outStyle
      let verdict = failed ? style.error("\(summary).") : style.warning("\(summary).")
      context.out.write("Checked \(counts): \(verdict)\n")
      return failed ? 1 : 0
    }
    context.out.write("Checked \(counts): \(context.outStyle.good("no problems."))\n")
    return 0
  }

  /// Consensus files that do not hold what their decision log records.
  static func consensusProblems(_ project: Project, _ study: Study) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    for (id, consensus) in study.consensus.sorted(by: { $0.key < $1.key }) {
      let log = study.decisions[id] ?? DecisionLog()
      if Set(log.consensusCodings(transcript: id)) != Set(consensus.codings) {
        problems.append(
          Diagnostic(
            .error, .consensusOutOfStep(transcript: id.rawValue),
            at: SourceLocation(file: project.display(project.consensusPath(id)))))
      }
    }
    return problems
  }
}
