import Foundation
import ThemaCore
import ThemaStore

/// One stage of `thema-bench`: a name to select it by, what it measures, the budget for
/// it, and a run that returns its results (one row of the report, or several).
struct Stage: Sendable {
  /// What a stage's peak memory is compared with.
  enum MemoryBase: Sendable {
    /// The generated study's size on disk (`Codebooks/` and `Transcripts/`).
    case corpus
    /// The bytes the stage reads, which it reports itself (import).
    case input
    /// Nothing: the stage works on data of its own (the coding screen's transcript).
    case none
  }

  /// How the stage is run by default.
  enum Placement: Sendable {
    /// In a child `thema-bench` process of its own, so its peak memory is its own.
    case ownProcess
    /// In the `thema-bench` process itself: it starts `thema` processes and times them.
    case here
  }

  var name: String
  var summary: String
  var budget: Budget?
  var memoryBase: MemoryBase
  var placement = Placement.ownProcess
  /// Whether the stage reads the generated study (which is written first when missing).
  var usesStudy = true
  var run: @Sendable (StageContext) throws -> [StageResult]
}

/// What a running stage works with.
struct StageContext: Sendable {
  var options: BenchOptions
  /// The folder of the generated study.
  var studyRoot: String
  /// A scratch folder the stage may fill; it is removed after the run.
  var scratch: String

  var project: Project { Project(root: studyRoot, currentFolder: studyRoot) }

  /// The generated study, loaded and checked; not timed.
  func loadStudy() throws -> Study {
    let loaded = project.load()
    guard !loaded.diagnostics.hasErrors else {
      throw BenchFailure(
        "the generated study at \(studyRoot) has errors: "
          + (loaded.diagnostics.first.map { String(describing: $0) } ?? ""))
    }
    return loaded.study
  }

  /// The only codebook of the generated study.
  func codebook(of study: Study) throws -> Codebook {
    guard let codebook = study.codebooks.values.first else {
      throw BenchFailure("the generated study has no codebook")
    }
    return codebook
  }

  /// Runs `body` `options.repetitions` times: each run's wall time, the median processor time
  /// of a run, the peak memory after the first run, and the last run's result.
  func timed<T>(_ body: () throws -> T) rethrows -> Timing<T> {
    var samples: [Double] = []
    var processor: [Double] = []
    var peak = 0.0
    var last: T?
    for run in 0..<max(1, options.repetitions) {
      // Let the last run's result go first, so two never weigh on the peak memory together.
      last = nil
      let processorStart = Measure.processorSeconds()
      let start = Measure.now()
      last = try body()
      samples.append(Measure.now() - start)
      processor.append(Measure.processorSeconds() - processorStart)
      // Later runs can only add the allocator's leftovers from earlier ones (memory freed on
      // one thread is not always reused on another), which no single command meets.
      if run == 0 { peak = Measure.peakMemoryMiB() }
    }
    guard let result = last else { preconditionFailure("at least one repetition runs") }
    return Timing(
      samples: samples, processor: Statistics(processor).median, peakMemoryMiB: peak,
      last: result)
  }
}

/// What `StageContext.timed` measured.
struct Timing<T> {
  /// Each run's wall time, in seconds.
  var samples: [Double]
  /// The median processor time of a run, all threads.
  var processor: Double
  /// The process's peak resident memory after the first run, in MiB.
  var peakMemoryMiB: Double
  /// The last run's result.
  var last: T
}

/// What a stage's figures are held to (the budgets, for `--size archive`).
enum Budget: Codable, Sendable, Equatable {
  /// The median run takes less than this many seconds.
  case seconds(Double)
  /// The work divided by the median run is at least this many MB/s.
  case throughput(megabytesPerSecond: Double)
  /// Every sample (each key of the coding screen) takes less than this many seconds of the
  /// processor. Its wall time is reported too, but on a shared machine that includes waiting
  /// while other processes run.
  case everySample(seconds: Double)

  /// How the budget reads in the report: `< 1 s`, `>= 50 MB/s`, `each < 5 ms`.
  var text: String {
    switch self {
    case .seconds(let limit): "< \(Format.limit(limit))"
    case .throughput(let rate): ">= \(Format.number(rate)) MB/s"
    case .everySample(let limit): "each < \(Format.limit(limit)) cpu"
    }
  }

  /// The figure the budget is about and whether it is met.
  func check(_ statistics: Statistics, workBytes: Double?, worstProcessor: Double?)
    -> (measured: String, met: Bool)
  {
    switch self {
    case .seconds(let limit):
      return (Format.duration(statistics.median), statistics.median < limit)
    case .throughput(let rate):
      guard let workBytes, statistics.median > 0 else { return ("no work measured", false) }
      let measured = workBytes / 1e6 / statistics.median
      return ("\(Format.number(measured)) MB/s", measured >= rate)
    case .everySample(let limit):
      let worst = worstProcessor ?? statistics.max
      return ("worst \(Format.duration(worst)) cpu", worst < limit)
    }
  }
}

/// A figure a stage reports beside its timing: `segments: 210,482`.
struct Detail: Codable, Sendable {
  var label: String
  var value: Double
  var unit: String

  init(_ label: String, _ value: Double, _ unit: String = "") {
    self.label = label
    self.value = value
    self.unit = unit
  }

  init(_ label: String, _ value: Int) {
    self.init(label, Double(value))
  }
}

/// A peer tool's time for the same operation on the same corpus (`shared/bench/PEERS.md`).
struct PeerFigure: Codable, Sendable {
  var tool: String
  var operation: String
  var seconds: Double
}
