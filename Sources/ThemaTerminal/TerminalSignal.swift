#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The signals a full-screen program must answer to keep the terminal usable.
public enum TerminalSignal: Hashable, Sendable, CaseIterable {
  /// `SIGINT`: Ctrl-C.
  case interrupt
  /// `SIGTERM`: asked to stop (`kill PID`).
  case terminate
  /// `SIGHUP`: the terminal went away (the window or SSH session closed).
  case hangup
  /// `SIGTSTP`: Ctrl-Z, suspend.
  case suspend
  /// `SIGCONT`: continued after a suspend (`fg`).
  case resume
  /// `SIGWINCH`: the window changed size.
  case resize

  /// The signal's number.
  public var number: Int32 {
    switch self {
    case .interrupt: return SIGINT
    case .terminate: return SIGTERM
    case .hangup: return SIGHUP
    case .suspend: return SIGTSTP
    case .resume: return SIGCONT
    case .resize: return SIGWINCH
    }
  }

  /// The signal with `number`, or nil.
  public init?(number: Int32) {
    guard let found = Self.allCases.first(where: { $0.number == number }) else { return nil }
    self = found
  }

  /// The exit status a program ends with when this signal ends it: 128 plus the number.
  public var exitStatus: Int32 { 128 + number }
}

/// Signals being watched: each one that arrives is written as one byte (its number) to a
/// descriptor the event loop polls together with the keyboard.
public protocol SignalWatch: AnyObject, Sendable {
  /// The descriptor that becomes readable when a signal arrived; each byte read is a signal
  /// number.
  var descriptor: Int32 { get }
  /// Stops watching and puts back how the process answered the signals before.
  func cancel()
}
