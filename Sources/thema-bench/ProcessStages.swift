import Foundation

/// `thema` itself, as whole processes on the generated study: start-up, loading the study, the
/// work and the output, as a researcher waits for them. Peak memory is the process's own (from
/// `wait4`). Needs `thema` built beside `thema-bench` (`swift build -c release`).
enum ProcessStages {
  static let all: [Stage] = [
    stage("status", "status", "thema status: load the study and summarize it"),
    stage("agree", "agree", "thema agree: the agreement report"),
    stage("diff", "diff T1", "thema diff T1: disagreements on one transcript"),
    stage("table", "table", "thema table: the quote table as Markdown"),
    stage("report", "report T1 --include-children", "thema report: the code report of T1"),
    stage("export", "export --all", "thema export --all: every table and report in Exports/"),
    stage("qdpx", "export --format qdpx", "thema export --format qdpx: a REFI-QDA project"),
  ]

  static func stage(_ short: String, _ command: String, _ summary: String) -> Stage {
    let name = "thema-" + short
    let arguments = command.split(separator: " ").map(String.init)
    return Stage(
      name: name, summary: summary, budget: nil, memoryBase: .corpus, placement: .here
    ) { context in
      guard let thema = ChildProcess.themaExecutable() else {
        return [
          .skipped(
            name, summary,
            because: "thema is not built beside thema-bench; run swift build -c release")
        ]
      }
      return [
        try timed(
          thema, name: name, summary: "thema " + command,
          repetitions: context.options.repetitions, scratch: context.scratch
        ) { _ in (arguments, context.studyRoot) }
      ]
    }
  }

  /// Runs `thema` `repetitions` times, run `n` with the arguments and in the folder `run(n)`
  /// gives; a failing run stops the stage.
  static func timed(
    _ thema: String, name: String, summary: String, repetitions: Int, scratch: String,
    run: (Int) throws -> (arguments: [String], folder: String)
  ) throws -> StageResult {
    let errors = scratch + "/thema-stderr.txt"
    var samples: [Double] = []
    var processor: [Double] = []
    var peak = 0.0
    for number in 0..<max(1, repetitions) {
      let (arguments, folder) = try run(number)
      let outcome = try ChildProcess.run(thema, arguments, in: folder, errorFile: errors)
      guard outcome.status == 0 else {
        let said = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
        throw BenchFailure(
          "thema \(arguments.prefix(6).joined(separator: " ")) exited \(outcome.status): \(said.prefix(500))"
        )
      }
      samples.append(outcome.seconds)
      processor.append(outcome.processorSeconds)
      peak = max(peak, outcome.peakMemoryMiB)
    }
    var result = StageResult(
      name: name, summary: summary, samples: samples,
      processorSeconds: Statistics(processor).median)
    result.peakMemoryMiB = peak
    return result
  }
}
