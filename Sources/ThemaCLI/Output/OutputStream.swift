import ThemaTerminal

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a command's text goes: a file descriptor (standard output or error) or a string buffer
/// that tests read back.
///
/// A stream that goes to a terminal lets no control character from the study's files through:
/// everything written passes `TerminalText.filteredForTerminal`, which keeps only Thema's own
/// styling sequences, so a coder, speaker, code or file name cannot send escape sequences to
/// the terminal.
public struct OutputStream: TextOutputStream, Sendable {
  private enum Target: Sendable {
    case descriptor(Int32)
    case buffer
  }

  private let target: Target
  private let isTerminal: Bool
  /// What was written, for a buffer stream.
  public private(set) var text = ""

  private init(target: Target, isTerminal: Bool) {
    self.target = target
    self.isTerminal = isTerminal
  }

  /// Standard output.
  public static var standardOutput: OutputStream {
    OutputStream(target: .descriptor(1), isTerminal: isatty(1) == 1)
  }
  /// Standard error.
  public static var standardError: OutputStream {
    OutputStream(target: .descriptor(2), isTerminal: isatty(2) == 1)
  }
  /// A stream that keeps what is written in `text`.
  public static var buffer: OutputStream { OutputStream(target: .buffer, isTerminal: false) }
  /// A buffer that filters what is written as a terminal stream does, for tests.
  public static var terminalBuffer: OutputStream {
    OutputStream(target: .buffer, isTerminal: true)
  }

  /// Writes `string`.
  public mutating func write(_ string: String) {
    let string = isTerminal ? TerminalText.filteredForTerminal(string) : string
    switch target {
    case .buffer:
      text += string
    case .descriptor(let fd):
      var bytes = Array(string.utf8)
      bytes.withUnsafeMutableBytes { buffer in
        var offset = 0
        while offset < buffer.count {
          let result = systemWrite(
            fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
          if result < 0 {
            if errno == EINTR { continue }
            return
          }
          offset += result
        }
      }
    }
  }
}

private func systemWrite(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  write(fd, buffer, count)
}
