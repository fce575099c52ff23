import Dispatch

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Watches signals with Dispatch signal sources that write each signal's number to a pipe
/// (the self-pipe trick), so the key loop sees signals by polling the pipe with the keyboard.
///
/// Why this way: a C signal handler may only call async-signal-safe functions and can reach no
/// Swift state but globals. Dispatch runs our handler on an ordinary queue after the fact, so
/// the closure can hold the pipe and no global mutable state is needed. `signalfd` would need
/// the signals blocked in every thread, including Dispatch's workers that already run when the
/// screen opens, or a signal would take its default action (end the process) on one of them.
/// Each signal's disposition is set to ignore while watched, as Dispatch requires, and restored
/// by `cancel()`.
final class DispatchSignalWatch: SignalWatch, @unchecked Sendable {
  let descriptor: Int32
  private let writeEnd: Int32
  private let sources: [DispatchSourceSignal]
  private let previous: [(Int32, sigaction)]
  private let queue = DispatchQueue(label: "thema.terminal.signals")

  init(signals: [Int32]) throws(Errno) {
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { throw Errno.current }
    for end in ends {
      _ = fcntl(end, F_SETFD, FD_CLOEXEC)
      _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
    }
    descriptor = ends[0]
    writeEnd = ends[1]
    var previous: [(Int32, sigaction)] = []
    var sources: [DispatchSourceSignal] = []
    for signal in signals {
      var old = sigaction()
      _ = sigaction(signal, nil, &old)
      previous.append((signal, old))
      var ignore = sigaction()
      #if canImport(Darwin)
        ignore.__sigaction_u.__sa_handler = SIG_IGN
      #else
        ignore.__sigaction_handler.sa_handler = SIG_IGN
      #endif
      _ = sigaction(signal, &ignore, nil)
      let source = DispatchSource.makeSignalSource(signal: signal, queue: queue)
      source.setEventHandler(handler: Self.handler(signal: signal, writeEnd: ends[1]))
      source.resume()
      sources.append(source)
    }
    self.sources = sources
    self.previous = previous
  }

  private static func handler(signal: Int32, writeEnd: Int32) -> @Sendable () -> Void {
    {
      var byte = UInt8(truncatingIfNeeded: signal)
      _ = write(writeEnd, &byte, 1)
    }
  }

  func cancel() {
    for source in sources { source.cancel() }
    // Wait for a handler that may be running, so it does not write to a closed pipe.
    queue.sync {}
    for (signal, old) in previous {
      var restored = old
      _ = sigaction(signal, &restored, nil)
    }
    close(descriptor)
    close(writeEnd)
  }
}
