/// One row of the report: a stage's samples and what is computed from them. It is also what a
/// child `thema-bench` process hands back to its parent, as JSON.
struct StageResult: Codable, Sendable {
  var name: String
  var summary: String
  /// Seconds of each run, or of each key for the coding screen.
  var samples: [Double]
  /// What one sample is: `run` or `key`.
  var sampleName = "run"
  /// The median processor time of a run, all threads, user and system, in seconds.
  var processorSeconds: Double?
  /// The most processor time one sample took (this thread's), where samples are keys.
  var worstProcessorSeconds: Double?
  /// The bytes one run works through, for throughput.
  var workBytes: Double?
  var budget: Budget?
  /// The peak resident memory of the process that ran the stage, in MiB (`getrusage`).
  var peakMemoryMiB: Double?
  /// What the peak memory is compared with, in bytes (the corpus on disk, or the input).
  var memoryBaseBytes: Double?
  var details: [Detail] = []
  /// The same operation by the peer tools, for the side-by-side table.
  var peers: [PeerFigure] = []
  /// Why the stage did not run, when it did not.
  var skipped: String?

  // Filled in by `finish()` for the report.
  var median: Double?
  var minimum: Double?
  var maximum: Double?
  var percentile99: Double?
  var budgetMeasured: String?
  var budgetMet: Bool?
  var memoryRatio: Double?
  var memoryBudgetMet: Bool?
  /// How many times faster than the fastest peer.
  var peerRatio: Double?

  init(
    name: String, summary: String, samples: [Double], processorSeconds: Double? = nil,
    details: [Detail] = []
  ) {
    self.name = name
    self.summary = summary
    self.samples = samples
    self.processorSeconds = processorSeconds
    self.details = details
  }

  /// A row from runs `StageContext.timed` measured.
  init<T>(name: String, summary: String, timing: Timing<T>, details: [Detail] = []) {
    self.init(
      name: name, summary: summary, samples: timing.samples, processorSeconds: timing.processor,
      details: details)
    peakMemoryMiB = timing.peakMemoryMiB
  }

  /// A row for a stage that could not run here.
  static func skipped(_ name: String, _ summary: String, because reason: String) -> StageResult {
    var result = StageResult(name: name, summary: summary, samples: [])
    result.skipped = reason
    return result
  }

  /// The memory budget: peak memory under three times the corpus size on disk.
  static let memoryFactor = 3.0

  /// Computes the statistics, and the budget verdicts when `judged` (the budgets are set for
  /// one size).
  mutating func finish(judged: Bool) {
    guard !samples.isEmpty else { return }
    let statistics = Statistics(samples)
    median = statistics.median
    minimum = statistics.min
    maximum = statistics.max
    percentile99 = samples.count >= 100 ? statistics.percentile(0.99) : nil
    if let budget {
      let (measured, met) = budget.check(
        statistics, workBytes: workBytes, worstProcessor: worstProcessorSeconds)
      budgetMeasured = measured
      budgetMet = judged ? met : nil
    }
    if let peakMemoryMiB, let memoryBaseBytes, memoryBaseBytes > 0 {
      let ratio = peakMemoryMiB * 1_048_576 / memoryBaseBytes
      memoryRatio = ratio
      memoryBudgetMet = judged ? ratio < Self.memoryFactor : nil
    }
    if let fastest = peers.map(\.seconds).min(), statistics.median > 0 {
      peerRatio = fastest / statistics.median
    }
  }
}

/// Median, extremes and percentiles of a set of samples.
struct Statistics: Sendable {
  let sorted: [Double]

  init(_ samples: [Double]) {
    sorted = samples.sorted()
  }

  var median: Double {
    guard !sorted.isEmpty else { return 0 }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
  }

  var min: Double { sorted.first ?? 0 }
  var max: Double { sorted.last ?? 0 }

  /// The sample below which `fraction` of the samples lie (nearest rank).
  func percentile(_ fraction: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
    return sorted[Swift.max(0, Swift.min(sorted.count - 1, rank))]
  }
}
