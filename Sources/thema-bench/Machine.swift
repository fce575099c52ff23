import Foundation

/// The machine the figures were taken on, for the report's header: cores, processor, memory,
/// and the load average (other work on a shared machine slows every figure down).
struct Machine: Codable, Sendable {
  var cores: Int
  var processor: String
  var memoryGiB: Double
  var loadAverageAtStart: Double?
  var loadAverageAtEnd: Double?
  var build: String

  static func current() -> Machine {
    #if DEBUG
      let build = "debug (figures are not meaningful; use -c release)"
    #else
      let build = "release"
    #endif
    return Machine(
      cores: ProcessInfo.processInfo.activeProcessorCount, processor: processorName(),
      memoryGiB: Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824,
      loadAverageAtStart: loadAverage(), build: build)
  }

  /// `2 cores, AMD EPYC, 23.4 GiB, release build`.
  var description: String {
    "\(cores) cores, \(processor), \(String(format: "%.1f", memoryGiB)) GiB, \(build) build"
  }

  /// The one-minute load average from `/proc/loadavg`, where there is one.
  static func loadAverage() -> Double? {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8),
      let first = text.split(separator: " ").first
    else { return nil }
    return Double(first)
  }

  private static func processorName() -> String {
    guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else {
      return "unknown processor"
    }
    for line in text.split(separator: "\n") where line.hasPrefix("model name") {
      if let colon = line.firstIndex(of: ":") {
        return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      }
    }
    return "unknown processor"
  }
}
