#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A terminal that plays a script of input, signals and resizes through the `TerminalSystem`
/// seam and records what is written and how the attributes change, so screens and their
/// shells are tested without a real TTY, without sleeping and without real signals.
///
/// When the script runs out, the keyboard reports end of input, as a closed SSH session would.
/// Use it from one thread at a time.
public final class ScriptedTerminal: @unchecked Sendable {
  /// One step of the script.
  public enum Step: Sendable {
    /// Bytes typed, delivered by one read.
    case input([UInt8])
    /// A signal arriving.
    case signal(TerminalSignal)
    /// The window changing to a size (delivered as `SIGWINCH`).
    case resize(TerminalSize)
    /// A quiet moment: one poll times out with nothing to read.
    case pause
  }

  /// The steps not played yet.
  public private(set) var steps: [Step]
  /// Every byte written to the screen.
  public private(set) var output: [UInt8] = []
  /// The terminal attributes as last set.
  public private(set) var attributes: termios
  /// The attributes the terminal had at the start.
  public let original: termios
  /// How many times the attributes were set.
  public private(set) var attributeChanges = 0
  /// How many times the process was stopped (Ctrl-Z).
  public private(set) var stops = 0
  /// Whether signals are being watched right now.
  public private(set) var isWatchingSignals = false
  /// The window size reported.
  public private(set) var size: TerminalSize
  /// Called before each keyboard read with the number of input steps read so far, so a test can
  /// look at the world (files on disk) between keys.
  public var beforeInput: ((Int) -> Void)?
  private var inputsRead = 0

  /// The descriptor the scripted signals come from.
  static let signalDescriptor: Int32 = 1000

  /// A terminal of `size` that will play `steps`.
  public init(size: TerminalSize = TerminalSize(rows: 24, columns: 80), steps: [Step]) {
    self.size = size
    self.steps = steps
    var attributes = termios()
    attributes.c_lflag = tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
    attributes.c_iflag = tcflag_t(ICRNL | IXON)
    attributes.c_oflag = tcflag_t(OPOST)
    self.original = attributes
    self.attributes = attributes
  }

  /// The written bytes as text.
  public var outputText: String { String(decoding: output, as: UTF8.self) }

  /// Whether the attributes are back to how they started.
  public var isRestored: Bool { attributes.isSame(as: original) }

  /// The seam, wired to this script.
  public var system: TerminalSystem {
    TerminalSystem(
      read: { [self] descriptor, buffer in read(descriptor, buffer) },
      write: { [self] _, bytes in
        output.append(contentsOf: bytes)
        return .success(bytes.count)
      },
      poll: { [self] descriptors, _ in .success(poll(descriptors)) },
      getAttributes: { [self] _ in .success(attributes) },
      setAttributes: { [self] _, new in
        attributes = new
        attributeChanges += 1
        return .success(())
      },
      windowSize: { [self] _ in .success(size) },
      watchSignals: { [self] _ in
        isWatchingSignals = true
        return .success(Watch(owner: self))
      },
      stopProcess: { [self] in stops += 1 })
  }

  private func poll(_ descriptors: [Int32]) -> [Bool] {
    guard let step = steps.first else { return descriptors.map { $0 != Self.signalDescriptor } }
    switch step {
    case .input: return descriptors.map { $0 != Self.signalDescriptor }
    case .signal, .resize: return descriptors.map { $0 == Self.signalDescriptor }
    case .pause:
      steps.removeFirst()
      return descriptors.map { _ in false }
    }
  }

  private func read(_ descriptor: Int32, _ buffer: UnsafeMutableRawBufferPointer) -> Result<
    Int, Errno
  > {
    if descriptor == Self.signalDescriptor {
      guard let step = steps.first else { return .failure(.wouldBlock) }
      let number: Int32
      switch step {
      case .signal(let signal): number = signal.number
      case .resize(let newSize):
        size = newSize
        number = TerminalSignal.resize.number
      default: return .failure(.wouldBlock)
      }
      steps.removeFirst()
      buffer[0] = UInt8(number)
      return .success(1)
    }
    beforeInput?(inputsRead)
    guard let step = steps.first else { return .success(0) }
    guard case .input(let bytes) = step else { return .failure(.wouldBlock) }
    steps.removeFirst()
    inputsRead += 1
    let count = min(bytes.count, buffer.count)
    for index in 0..<count { buffer[index] = bytes[index] }
    if count < bytes.count { steps.insert(.input(Array(bytes[count...])), at: 0) }
    return .success(count)
  }

  private final class Watch: SignalWatch, @unchecked Sendable {
    let owner: ScriptedTerminal
    init(owner: ScriptedTerminal) { self.owner = owner }
    var descriptor: Int32 { ScriptedTerminal.signalDescriptor }
    func cancel() { owner.isWatchingSignals = false }
  }
}
