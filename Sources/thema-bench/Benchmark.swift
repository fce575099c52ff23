import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One benchmark of `thema-bench`: a name, what it measures, and a run that prints figures.
protocol Benchmark {
  /// The name to select it on the command line, e.g. `load`.
  static var name: String { get }
  /// One line: what is measured.
  static var summary: String { get }
  /// Runs it and returns the figures to print.
  static func run(_ options: BenchOptions) throws -> [Figure]
}

/// The command-line options of `thema-bench`.
struct BenchOptions: Sendable {
  var size = CorpusSize()
  var repetitions = 3
  /// A corpus folder made by `shared/bench/gen_corpus.py`, for the `peers` benchmark.
  var corpus: String?
  var folder = FileManager.default.temporaryDirectory.appendingPathComponent("thema-bench").path
}

/// A measured figure: `label: value unit`.
struct Figure: Sendable {
  var label: String
  var value: Double
  var unit: String
}

/// Timing and memory helpers.
enum Measure {
  /// Runs `body` `repetitions` times and returns the median wall time in seconds with the last
  /// result.
  static func median<T>(_ repetitions: Int, _ body: () throws -> T) rethrows -> (Double, T) {
    var times: [Double] = []
    var last: T?
    for _ in 0..<max(1, repetitions) {
      let start = DispatchTime.now().uptimeNanoseconds
      last = try body()
      times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    times.sort()
    guard let result = last else { fatalError("repetitions is at least 1") }
    return (times[times.count / 2], result)
  }

  /// The peak resident memory of this process so far, in MiB.
  static func peakMemoryMiB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
  }
}
