#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A C library error number, as a typed value (in the spirit of swift-system's `Errno`), so a
/// failed system call can be thrown, compared and described.
public struct Errno: Error, Hashable, Sendable, CustomStringConvertible {
  /// The raw `errno` value.
  public var rawValue: Int32

  /// Wraps a raw `errno` value.
  public init(rawValue: Int32) {
    self.rawValue = rawValue
  }

  /// The value of `errno` right now, just after a failed call.
  public static var current: Errno { Errno(rawValue: errno) }

  /// `EINTR`: a signal arrived during the call; the call may be retried.
  public static let interrupted = Errno(rawValue: EINTR)
  /// `EAGAIN`: nothing to read or write without blocking.
  public static let wouldBlock = Errno(rawValue: EAGAIN)
  /// `EIO`: the terminal went away (the SSH session closed).
  public static let ioError = Errno(rawValue: EIO)
  /// `ENOTTY`: the descriptor is not a terminal.
  public static let notATerminal = Errno(rawValue: ENOTTY)

  /// The system's text for the error, e.g. `Interrupted system call`.
  public var description: String { String(cString: strerror(rawValue)) }
}
