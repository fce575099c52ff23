import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The clocks and counters the stages read.
enum Measure {
  /// Seconds on the monotonic clock.
  static func now() -> Double {
    Double(DispatchTime.now().uptimeNanoseconds) / 1e9
  }

  /// The processor time of the calling thread so far, in seconds, precise to the nanosecond
  /// (time spent waiting while other processes run is not counted).
  static func threadProcessorSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// User and system processor time of this process so far, all threads, in seconds.
  static func processorSeconds() -> Double {
    let usage = resourceUsage()
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }

  /// The peak resident memory of this process so far, in MiB.
  static func peakMemoryMiB() -> Double {
    Double(resourceUsage().ru_maxrss) / 1024
  }

  static func seconds(_ time: timeval) -> Double {
    Double(time.tv_sec) + Double(time.tv_usec) / 1e6
  }

  private static func resourceUsage() -> rusage {
    var usage = rusage()
    #if canImport(Glibc)
      getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
      getrusage(RUSAGE_SELF, &usage)
    #endif
    return usage
  }
}

/// How figures are written in the report.
enum Format {
  /// `1.23 s`, `12.3 ms`, `45 µs`.
  static func duration(_ seconds: Double) -> String {
    if seconds >= 1 { return String(format: "%.2f s", seconds) }
    if seconds >= 0.1 { return String(format: "%.3f s", seconds) }
    if seconds >= 0.001 { return String(format: "%.1f ms", seconds * 1e3) }
    return String(format: "%.0f µs", seconds * 1e6)
  }

  /// A round limit: `1 s`, `5 ms`.
  static func limit(_ seconds: Double) -> String {
    seconds >= 1 ? "\(number(seconds)) s" : "\(number(seconds * 1e3)) ms"
  }

  /// A whole number with thousands separators: `315,902`.
  static func count(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
      out.append(digit)
    }
    return (value < 0 ? "-" : "") + out
  }

  /// A figure with as many decimals as it needs: `315,902`, `48.7`, `0.844`.
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "-" }
    if value.rounded() == value && abs(value) < 1e15 { return count(Int(value)) }
    if abs(value) >= 100 { return count(Int(value.rounded())) }
    if abs(value) >= 10 { return String(format: "%.1f", value) }
    return String(format: "%.3g", value)
  }

  /// `81.3 MB`.
  static func megabytes(_ bytes: Double) -> String {
    String(format: "%.1f MB", bytes / 1e6)
  }
}
