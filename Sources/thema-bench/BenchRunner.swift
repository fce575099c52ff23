import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the chosen stages: makes sure the generated study is there, runs each stage in a
/// `thema-bench` process of its own (or here), and gathers the results into a report.
enum BenchRunner {
  /// Every stage, in the order of the issue.
  static let stages: [Stage] =
    [
      StudyStages.generate, ImportStage.stage, StudyStages.load, StudyStages.agree,
      StudyStages.disagree, StudyStages.table, StudyStages.report,
    ] + ExportStages.all + [ScreenStage.stage] + ProcessStages.all + [PeersStage.stage]

  /// Names that select several stages.
  static let groups: [String: @Sendable (Stage) -> Bool] = [
    "exports": { $0.name.hasPrefix("export-") },
    "thema": { $0.name.hasPrefix("thema-") },
  ]

  /// The stages `names` select, in their usual order; every stage but `peers` (which needs
  /// `--peers`) when `names` is empty.
  static func selected(_ names: [String], peers: Bool) throws(BenchOptions.UsageError) -> [Stage] {
    if names.isEmpty { return stages.filter { $0.name != "peers" || peers } }
    for name in names where groups[name] == nil && !stages.contains(where: { $0.name == name }) {
      throw BenchOptions.UsageError(message: "unknown stage \(name); see --help")
    }
    return stages.filter { stage in
      names.contains { $0 == stage.name || groups[$0]?(stage) == true }
    }
  }

  static func run(_ options: BenchOptions, stages chosen: [Stage]) -> BenchReport {
    let manager = FileManager.default
    let scratch = manager.temporaryDirectory.appendingPathComponent(
      "thema-bench-\(getpid())"
    ).path
    try? manager.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    defer { try? manager.removeItem(atPath: scratch) }
    let studyRoot = options.corpus ?? scratch + "/study"
    var report = BenchReport(
      machine: .current(), size: options.size, corpusPath: options.corpus,
      repetitions: options.repetitions, inProcess: options.inProcess)
    let context = StageContext(options: options, studyRoot: studyRoot, scratch: scratch)
    let generates = chosen.contains { $0.name == StudyStages.generate.name }
    if chosen.contains(where: \.usesStudy) && !generates
      && !CorpusWriter.holds(options.size, at: studyRoot)
    {
      progress("writing the \(options.size.name) study (not timed)")
      do {
        try CorpusWriter.write(options.size, to: studyRoot)
      } catch {
        report.failure = "cannot write the study: \(error)"
        return report
      }
    }
    for stage in chosen {
      progress(stage.name)
      var results: [StageResult]
      do {
        results = try runStage(stage, context: context)
      } catch {
        results = [.skipped(stage.name, stage.summary, because: "failed: \(error)")]
        report.failure = report.failure ?? "\(stage.name) failed"
      }
      if stage.usesStudy && report.corpusBytes == nil {
        report.corpusBytes = Double(CorpusWriter.size(of: studyRoot))
      }
      for var result in results {
        if result.skipped == nil {
          result.budget = result.budget ?? stage.budget
          if stage.memoryBase == .corpus { result.memoryBaseBytes = report.corpusBytes }
        }
        // The budgets are the archive's; the coding screen's transcript is the same at every
        // size, so its budget always applies.
        result.finish(judged: options.size.name == "archive" || stage.memoryBase == .none)
        report.stages.append(result)
      }
    }
    report.machine.loadAverageAtEnd = Machine.loadAverage()
    return report
  }

  /// Runs `stage` here, or in a child `thema-bench` that runs it alone and answers in JSON.
  private static func runStage(_ stage: Stage, context: StageContext) throws -> [StageResult] {
    guard stage.placement == .ownProcess && !context.options.inProcess else {
      var results = try stage.run(context)
      if stage.placement == .ownProcess {
        let peak = Measure.peakMemoryMiB()
        for index in results.indices where results[index].peakMemoryMiB == nil {
          results[index].peakMemoryMiB = peak
        }
      }
      return results
    }
    var options = context.options
    options.corpus = context.studyRoot
    let outcome = try ChildProcess.run(
      ChildProcess.ownExecutable(), [stage.name] + options.childArguments, capturingOutput: true)
    guard outcome.status == 0 || outcome.status == 1,
      let child = try? BenchReport.decoder.decode(BenchReport.self, from: outcome.output)
    else {
      throw BenchFailure("the stage's process exited \(outcome.status) without a report")
    }
    if let failure = child.failure, child.stages.allSatisfy({ $0.skipped != nil }) {
      throw BenchFailure(child.stages.first?.skipped ?? failure)
    }
    return child.stages
  }

  private static func progress(_ text: String) {
    guard isatty(2) == 1 else { return }
    FileHandle.standardError.write(Data("thema-bench: \(text)…\n".utf8))
  }
}
