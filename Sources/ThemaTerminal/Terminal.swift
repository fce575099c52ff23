#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A terminal in raw mode showing a full screen: the one place raw mode is entered, the source
/// of key, resize and signal events, and the sink for frames.
///
/// Use it only inside `Terminal.withRawMode { terminal in ... }`, which always restores the
/// terminal: on return, on a thrown error, and when a signal (Ctrl-C, `kill`, a closed SSH
/// session) ends the loop, since signals arrive as events. Ctrl-Z restores the terminal, stops
/// the process, and enters raw mode again when it is continued.
public final class Terminal {
  /// The system calls it makes.
  public let system: TerminalSystem
  /// The keyboard's descriptor (standard input).
  public let input: Int32
  /// The screen's descriptor (standard output).
  public let output: Int32
  /// How long, in milliseconds, an Esc may wait for the rest of an escape sequence before it
  /// counts as a lone Esc.
  public var escapeTimeout: Int32 = 40
  /// The window's size as last measured.
  public private(set) var size: TerminalSize

  private let original: termios
  private let signals: any SignalWatch
  private var decoder = KeyDecoder()
  private var queued: [Key] = []
  private var renderer: FrameRenderer

  private init(
    system: TerminalSystem, input: Int32, output: Int32, original: termios,
    signals: any SignalWatch, usesColor: Bool
  ) {
    self.system = system
    self.input = input
    self.output = output
    self.original = original
    self.signals = signals
    self.renderer = FrameRenderer(usesColor: usesColor)
    self.size = TerminalSize(rows: 24, columns: 80)
    self.size = measure()
  }

  /// Runs `body` with the terminal in raw mode on the alternate screen, cursor hidden, and
  /// puts everything back however `body` ends.
  ///
  /// Signals are watched before raw mode is entered and until after it is left, so a signal at
  /// any moment finds the terminal restorable.
  public static func withRawMode<Result>(
    system: TerminalSystem = .live, input: Int32 = 0, output: Int32 = 1,
    profile: TerminalProfile, _ body: (Terminal) throws -> Result
  ) throws -> Result {
    let original = try system.getAttributes(input).get()
    let signals = try system.watchSignals(TerminalSignal.allCases.map(\.number)).get()
    defer { signals.cancel() }
    try system.setAttributes(input, original.makingRaw()).get()
    defer { _ = system.setAttributes(input, original) }
    let terminal = Terminal(
      system: system, input: input, output: output, original: original, signals: signals,
      usesColor: profile.usesColor)
    terminal.writeAll(Self.enterSequence)
    defer { terminal.writeAll(Self.leaveSequence) }
    return try body(terminal)
  }

  /// Alternate screen, no line wrap at the right edge, cursor hidden.
  static let enterSequence = Array("\u{1B}[?1049h\u{1B}[?7l\u{1B}[?25l".utf8)
  /// Default style, line wrap and cursor back, main screen back.
  static let leaveSequence = Array("\u{1B}[0m\u{1B}[?7h\u{1B}[?25h\u{1B}[?1049l".utf8)

  /// Draws `frame`, writing only what changed since the last frame, in one write.
  public func draw(_ frame: Frame) {
    writeAll(renderer.render(frame))
  }

  /// Waits for the next event: a key, a resize, a signal, or (after `idleTimeout`
  /// milliseconds, -1 for never) `.idle`. Suspend and resume are handled here and reported as
  /// `.redraw`.
  public func nextEvent(idleTimeout: Int32 = -1) -> TerminalEvent {
    while true {
      if !queued.isEmpty { return .key(queued.removeFirst()) }
      let timeout = decoder.isWaiting ? escapeTimeout : idleTimeout
      let ready: [Bool]
      switch system.poll([input, signals.descriptor], timeout) {
      case .success(let flags): ready = flags
      case .failure(.interrupted): continue
      case .failure: return .inputClosed
      }
      if ready.count > 1, ready[1], let event = readSignal() { return event }
      if ready.first == true {
        if let event = readInput() { return event }
        continue
      }
      if !ready.contains(true) {
        if decoder.isWaiting {
          queued += decoder.flush()
          continue
        }
        return .idle
      }
    }
  }

  /// Reads keyboard bytes into the queue; an event when the keyboard is gone.
  private func readInput() -> TerminalEvent? {
    var buffer = [UInt8](repeating: 0, count: 4096)
    let result = buffer.withUnsafeMutableBytes { system.read(input, $0) }
    switch result {
    case .success(0): return .inputClosed
    case .success(let count): queued += decoder.decode(buffer.prefix(count))
    case .failure(.interrupted), .failure(.wouldBlock): break
    case .failure: return .inputClosed
    }
    return nil
  }

  /// Reads one signal from the watch and answers it.
  private func readSignal() -> TerminalEvent? {
    var byte: UInt8 = 0
    let result = withUnsafeMutableBytes(of: &byte) { system.read(signals.descriptor, $0) }
    guard case .success(1) = result, let signal = TerminalSignal(number: Int32(byte)) else {
      return nil
    }
    switch signal {
    case .interrupt, .terminate, .hangup:
      return .signal(signal)
    case .suspend:
      suspend()
      return .redraw
    case .resume:
      resume()
      return .redraw
    case .resize:
      size = measure()
      renderer.invalidate()
      return .resize(size)
    }
  }

  /// Puts the terminal back as it was, stops the process, and takes the screen again when the
  /// shell continues it (`fg`).
  public func suspend() {
    writeAll(Self.leaveSequence)
    _ = system.setAttributes(input, original)
    system.stopProcess()
    resume()
  }

  /// Takes the screen again after the process was continued.
  private func resume() {
    _ = system.setAttributes(input, original.makingRaw())
    writeAll(Self.enterSequence)
    size = measure()
    renderer.invalidate()
  }

  private func measure() -> TerminalSize {
    if case .success(let measured) = system.windowSize(output), measured.rows > 0,
      measured.columns > 0
    {
      return measured
    }
    return size
  }

  /// Writes every byte, retrying after partial writes and interruptions; gives up quietly
  /// when the terminal is gone.
  private func writeAll(_ bytes: [UInt8]) {
    var offset = 0
    while offset < bytes.count {
      let result = bytes.withUnsafeBytes { buffer in
        system.write(output, UnsafeRawBufferPointer(rebasing: buffer[offset...]))
      }
      switch result {
      case .success(let count) where count > 0: offset += count
      case .failure(.interrupted), .failure(.wouldBlock): continue
      default: return
      }
    }
  }
}
