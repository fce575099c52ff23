#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Every system call the terminal layer makes, as a value: `live` calls the C library, tests
/// pass functions that script input and record output, so no test touches a real terminal.
///
/// The seam is deliberately small (read, write, poll, terminal attributes, window size,
/// signals, stopping the process), in the spirit of swift-system: typed `Errno` results instead
/// of `-1` and a global `errno`.
public struct TerminalSystem: Sendable {
  /// `read(2)` into the buffer; the number of bytes read, 0 at end of input.
  public var read:
    @Sendable (_ descriptor: Int32, _ buffer: UnsafeMutableRawBufferPointer)
      -> Result<Int, Errno>
  /// `write(2)` from the buffer; the number of bytes written.
  public var write:
    @Sendable (_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer)
      -> Result<Int, Errno>
  /// `poll(2)` for reading: which of the descriptors are readable (or hung up) within
  /// `timeout` milliseconds (-1 waits for ever).
  public var poll: @Sendable (_ descriptors: [Int32], _ timeout: Int32) -> Result<[Bool], Errno>
  /// `tcgetattr(3)`.
  public var getAttributes: @Sendable (_ descriptor: Int32) -> Result<termios, Errno>
  /// `tcsetattr(3)` with `TCSANOW`, so keys typed ahead are kept.
  public var setAttributes:
    @Sendable (_ descriptor: Int32, _ attributes: termios)
      -> Result<Void, Errno>
  /// `ioctl(TIOCGWINSZ)`: the window's size in cells.
  public var windowSize: @Sendable (_ descriptor: Int32) -> Result<TerminalSize, Errno>
  /// Starts watching `signals`; see `SignalWatch`.
  public var watchSignals: @Sendable (_ signals: [Int32]) -> Result<any SignalWatch, Errno>
  /// Stops this process (`SIGSTOP`) until it is continued: how Ctrl-Z suspends once the
  /// terminal has been restored.
  public var stopProcess: @Sendable () -> Void

  /// Creates a seam from its functions.
  public init(
    read: @escaping @Sendable (Int32, UnsafeMutableRawBufferPointer) -> Result<Int, Errno>,
    write: @escaping @Sendable (Int32, UnsafeRawBufferPointer) -> Result<Int, Errno>,
    poll: @escaping @Sendable ([Int32], Int32) -> Result<[Bool], Errno>,
    getAttributes: @escaping @Sendable (Int32) -> Result<termios, Errno>,
    setAttributes: @escaping @Sendable (Int32, termios) -> Result<Void, Errno>,
    windowSize: @escaping @Sendable (Int32) -> Result<TerminalSize, Errno>,
    watchSignals: @escaping @Sendable ([Int32]) -> Result<any SignalWatch, Errno>,
    stopProcess: @escaping @Sendable () -> Void
  ) {
    self.read = read
    self.write = write
    self.poll = poll
    self.getAttributes = getAttributes
    self.setAttributes = setAttributes
    self.windowSize = windowSize
    self.watchSignals = watchSignals
    self.stopProcess = stopProcess
  }

  /// The real system calls.
  public static let live = TerminalSystem(
    read: { descriptor, buffer in
      let count = systemRead(descriptor, buffer.baseAddress, buffer.count)
      return count >= 0 ? .success(count) : .failure(.current)
    },
    write: { descriptor, bytes in
      let count = systemWrite(descriptor, bytes.baseAddress, bytes.count)
      return count >= 0 ? .success(count) : .failure(.current)
    },
    poll: { descriptors, timeout in
      var requests = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
      let count = systemPoll(&requests, nfds_t(requests.count), timeout)
      guard count >= 0 else { return .failure(.current) }
      let ready = Int16(POLLIN) | Int16(POLLHUP) | Int16(POLLERR)
      return .success(requests.map { $0.revents & ready != 0 })
    },
    getAttributes: { descriptor in
      var attributes = termios()
      return tcgetattr(descriptor, &attributes) == 0 ? .success(attributes) : .failure(.current)
    },
    setAttributes: { descriptor, attributes in
      var attributes = attributes
      while tcsetattr(descriptor, TCSANOW, &attributes) != 0 {
        if errno != EINTR { return .failure(.current) }
      }
      return .success(())
    },
    windowSize: { descriptor in
      var size = winsize()
      guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0 else { return .failure(.current) }
      return .success(TerminalSize(rows: Int(size.ws_row), columns: Int(size.ws_col)))
    },
    watchSignals: { signals in
      do throws(Errno) {
        return .success(try DispatchSignalWatch(signals: signals))
      } catch {
        return .failure(error)
      }
    },
    stopProcess: {
      _ = kill(getpid(), SIGSTOP)
    }
  )
}

// The C functions under names that do not clash with the closures' labels above.
private func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(fd, buffer, count)
}

private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
  write(fd, buffer, count)
}

private func systemPoll(_ fds: UnsafeMutablePointer<pollfd>, _ count: nfds_t, _ timeout: Int32)
  -> Int32
{
  poll(fds, count, timeout)
}
