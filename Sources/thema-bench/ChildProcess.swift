import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a program as a whole process and reports what `wait4` says of it: exit status, wall
/// time, processor time and peak resident memory. Standard output is captured or thrown
/// away; standard error is inherited, or written to `errorFile`.
enum ChildProcess {
  struct Outcome: Sendable {
    var status: Int32
    var seconds: Double
    var processorSeconds: Double
    var peakMemoryMiB: Double
    var output: Data
  }

  /// Runs `executable` with `arguments` in `folder` and waits for it.
  static func run(
    _ executable: String, _ arguments: [String], in folder: String? = nil,
    capturingOutput: Bool = false, errorFile: String? = nil
  ) throws -> Outcome {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var pipeEnds: [Int32] = [-1, -1]
    if capturingOutput {
      guard pipe(&pipeEnds) == 0 else { throw BenchFailure("cannot make a pipe") }
      posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], 1)
      posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
      posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
    } else {
      posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    if let errorFile {
      posix_spawn_file_actions_addopen(&actions, 2, errorFile, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    }
    // Glibc's headers here lack posix_spawn_file_actions_addchdir_np: the child inherits the
    // folder, so change to it around the spawn (only the main thread starts processes).
    let manager = FileManager.default
    let previous = manager.currentDirectoryPath
    if let folder, !manager.changeCurrentDirectoryPath(folder) {
      throw BenchFailure("cannot change to \(folder)")
    }
    defer { if folder != nil { _ = manager.changeCurrentDirectoryPath(previous) } }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let start = Measure.now()
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
    if capturingOutput { close(pipeEnds[1]) }
    guard spawned == 0 else {
      if capturingOutput { close(pipeEnds[0]) }
      throw BenchFailure("cannot start \(executable): \(String(cString: strerror(spawned)))")
    }
    var output = Data()
    if capturingOutput {
      var buffer = [UInt8](repeating: 0, count: 65_536)
      while true {
        let count = read(pipeEnds[0], &buffer, buffer.count)
        if count > 0 {
          output.append(contentsOf: buffer[0..<count])
        } else if count == 0 || errno != EINTR {
          break
        }
      }
      close(pipeEnds[0])
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
    let seconds = Measure.now() - start
    let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return Outcome(
      status: exitStatus, seconds: seconds,
      processorSeconds: Measure.seconds(usage.ru_utime) + Measure.seconds(usage.ru_stime),
      peakMemoryMiB: Double(usage.ru_maxrss) / 1024, output: output)
  }

  /// This program's own path, to start it again for a stage.
  static func ownExecutable() -> String {
    if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      return path
    }
    return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
  }

  /// The `thema` executable built beside this one, if there is one.
  static func themaExecutable() -> String? {
    let path = URL(fileURLWithPath: ownExecutable()).deletingLastPathComponent()
      .appendingPathComponent("thema").path
    return FileManager.default.isExecutableFile(atPath: path) ? path : nil
  }
}
