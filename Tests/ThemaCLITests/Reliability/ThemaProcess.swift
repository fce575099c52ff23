import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A real `thema` process in a study's folder, for the crash and concurrency harnesses: the
/// binary `swift test` built, not the in-process CLI, so that `kill -9` and two processes at
/// once are real.
struct ThemaProcess {
  /// How a run ended.
  enum Outcome: Equatable {
    /// It exited by itself with this status.
    case exited(Int32)
    /// It was killed with SIGKILL before it exited.
    case killed
  }

  let binary: String

  /// The binary beside the test bundle, or `.build/debug/thema` (built when missing).
  static func find() throws -> ThemaProcess {
    ThemaProcess(binary: try Tmux.thema())
  }

  /// Runs `thema` with `arguments` in `folder`; with `killAfter`, sends SIGKILL once that many
  /// seconds have passed and the process is still running. Standard output goes to
  /// `output` when given (what the process reported), else nowhere.
  func run(
    _ arguments: [String], in folder: String, killAfter: Double? = nil, output: String? = nil,
    environment: [String: String] = [:]
  ) throws -> (outcome: Outcome, seconds: Double) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: binary)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    // Sanitizer settings pass through, so `swift test --sanitize=...` runs work.
    let inherited = ProcessInfo.processInfo.environment.filter { $0.key.hasSuffix("SAN_OPTIONS") }
    process.environment = inherited.merging(["PATH": "/usr/bin:/bin", "NO_COLOR": "1"]) { $1 }
      .merging(environment) { $1 }
    process.standardInput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    if let output {
      FileManager.default.createFile(atPath: output, contents: nil)
      process.standardOutput = FileHandle(forWritingAtPath: output)
    } else {
      process.standardOutput = FileHandle.nullDevice
    }
    let start = Date()
    try process.run()
    if let killAfter {
      let deadline = start.addingTimeInterval(killAfter)
      while process.isRunning && Date() < deadline { usleep(500) }
      if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }
    process.waitUntilExit()
    let seconds = Date().timeIntervalSince(start)
    if process.terminationReason == .uncaughtSignal { return (.killed, seconds) }
    return (.exited(process.terminationStatus), seconds)
  }
}

/// A small seeded random number generator (SplitMix64), so that a failing round can be
/// replayed with the seed it prints.
struct SeededRandom: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Settings the harnesses read from the environment: few rounds in CI, thousands by hand.
enum HarnessSettings {
  /// `THEMA_<NAME>_ROUNDS`, else `default`.
  static func rounds(_ name: String, default value: Int) -> Int {
    ProcessInfo.processInfo.environment["THEMA_\(name)_ROUNDS"].flatMap { Int($0) } ?? value
  }

  /// `THEMA_SEED`, else a fixed seed, so CI runs the same rounds every time.
  static var seed: UInt64 {
    ProcessInfo.processInfo.environment["THEMA_SEED"].flatMap { UInt64($0) } ?? 20_261_123
  }
}
