#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a command's text goes: a file descriptor (standard output or error) or a string buffer
/// that tests read back.
public struct OutputStream: TextOutputStream, Sendable {
  private enum Target: Sendable {
    case descriptor(Int32)
    case buffer
  }

  private let target: Target
  /// What was written, for a buffer stream.
  public private(set) var text = ""

  private init(target: Target) {
    self.target = target
  }

  /// Standard output.
  public static var standardOutput: OutputStream { OutputStream(target: .descriptor(1)) }
  /// Standard error.
  public static var standardError: OutputStream { OutputStream(target: .descriptor(2)) }
  /// A stream that keeps what is written in `text`.
  public static var buffer: OutputStream { OutputStream(target: .buffer) }

  /// Writes `string`.
  public mutating func write(_ string: String) {
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
