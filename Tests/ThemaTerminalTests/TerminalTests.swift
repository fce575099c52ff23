import Testing

@testable import ThemaTerminal

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

@Suite struct TerminalTests {
  private let profile = TerminalProfile(usesColor: true)

  private func bytes(_ text: String) -> ScriptedTerminal.Step { .input(Array(text.utf8)) }

  /// Reads events until the keyboard closes or a signal ends the screen.
  private func events(_ terminal: Terminal) -> [TerminalEvent] {
    var events: [TerminalEvent] = []
    while true {
      let event = terminal.nextEvent()
      events.append(event)
      if case .inputClosed = event { return events }
      if case .signal = event { return events }
    }
  }

  @Test func entersRawModeAndRestoresTheTerminalOnReturn() throws {
    let script = ScriptedTerminal(steps: [bytes("j")])
    let seen = try Terminal.withRawMode(system: script.system, profile: profile) { terminal in
      #expect(!script.isRestored)
      #expect(script.attributes.c_lflag & tcflag_t(ECHO | ICANON) == 0)
      #expect(script.attributes.c_lflag & tcflag_t(ISIG) != 0)
      #expect(script.isWatchingSignals)
      return events(terminal)
    }
    #expect(seen == [.key(.character("j")), .inputClosed])
    #expect(script.isRestored)
    #expect(!script.isWatchingSignals)
    #expect(script.outputText.hasPrefix("\u{1B}[?1049h"))
    #expect(script.outputText.hasSuffix("\u{1B}[?1049l"))
  }

  struct Failure: Error {}

  @Test func restoresTheTerminalWhenTheBodyThrows() {
    let script = ScriptedTerminal(steps: [])
    #expect(throws: Failure.self) {
      try Terminal.withRawMode(system: script.system, profile: profile) { _ in
        throw Failure()
      }
    }
    #expect(script.isRestored)
    #expect(!script.isWatchingSignals)
    #expect(script.outputText.hasSuffix("\u{1B}[?25h\u{1B}[?1049l"))
  }

  @Test(arguments: [TerminalSignal.interrupt, .terminate, .hangup])
  func reportsSignalsThatEndTheScreen(signal: TerminalSignal) throws {
    let script = ScriptedTerminal(steps: [bytes("k"), .signal(signal), bytes("never read")])
    let seen = try Terminal.withRawMode(system: script.system, profile: profile) { events($0) }
    #expect(seen == [.key(.character("k")), .signal(signal)])
    #expect(script.isRestored)
  }

  @Test func suspendsWithTheTerminalRestoredAndTakesItBackOnResume() throws {
    let script = ScriptedTerminal(steps: [.signal(.suspend), bytes("j")])
    var restoredWhileStopped = false
    let seen = try Terminal.withRawMode(system: script.system, profile: profile) { terminal in
      let first = terminal.nextEvent()
      restoredWhileStopped = script.stops == 1
      return [first] + events(terminal)
    }
    #expect(restoredWhileStopped)
    #expect(seen == [.redraw, .key(.character("j")), .inputClosed])
    // Raw on entry, restored before stopping, raw again after, restored at the end.
    #expect(script.attributeChanges == 4)
    #expect(
      script.outputText.split(separator: "\u{1B}[?1049l", omittingEmptySubsequences: false).count
        == 3)
    #expect(script.isRestored)
  }

  @Test func reportsTheNewSizeOnResize() throws {
    let size = TerminalSize(rows: 40, columns: 120)
    let script = ScriptedTerminal(steps: [.resize(size)])
    let seen = try Terminal.withRawMode(system: script.system, profile: profile) { terminal in
      events(terminal) + [.resize(terminal.size)]
    }
    #expect(seen == [.resize(size), .inputClosed, .resize(size)])
  }

  @Test func readsALoneEscapeAfterTheQuietTime() throws {
    let script = ScriptedTerminal(steps: [bytes("\u{1B}"), .pause, bytes("\u{1B}[A")])
    let seen = try Terminal.withRawMode(system: script.system, profile: profile) { events($0) }
    #expect(seen == [.key(.escape), .key(.up), .inputClosed])
  }

  @Test func reportsIdleWhenNothingHappens() throws {
    let script = ScriptedTerminal(steps: [.pause])
    let seen = try Terminal.withRawMode(system: script.system, profile: profile) {
      $0.nextEvent(idleTimeout: 10)
    }
    #expect(seen == .idle)
  }

  @Test func drawsFramesThroughTheRenderer() throws {
    let script = ScriptedTerminal(size: TerminalSize(rows: 2, columns: 6), steps: [])
    try Terminal.withRawMode(system: script.system, profile: profile) { terminal in
      var frame = Frame(size: terminal.size)
      frame.put("hello", row: 1, column: 0)
      terminal.draw(frame)
    }
    #expect(script.outputText.contains("\u{1B}[2;1Hhello"))
  }

  @Test(arguments: [
    (["TERM": "xterm-256color"], false, true),
    (["TERM": "screen", "NO_COLOR": "1"], false, false),
    (["TERM": "xterm"], true, false),
  ])
  func decidesColourFromTheEnvironment(
    variables: [String: String], noColorFlag: Bool, usesColor: Bool
  ) throws {
    #expect(
      try TerminalProfile.detect(variables: variables, noColor: noColorFlag).usesColor
        == usesColor)
  }

  @Test func refusesDumbAndUnknownTerminals() {
    #expect(throws: TerminalProfile.Unsupported.dumb) {
      try TerminalProfile.detect(variables: ["TERM": "dumb"])
    }
    #expect(throws: TerminalProfile.Unsupported.noTerm) {
      try TerminalProfile.detect(variables: [:])
    }
  }

  @Test func makingRawSetsTheReadConditionsByTheirConstants() {
    var attributes = termios()
    attributes.c_lflag = tcflag_t(ECHO | ICANON | ISIG)
    var raw = attributes.makingRaw()
    let (minimum, time) = withUnsafeBytes(of: &raw.c_cc) { ($0[Int(VMIN)], $0[Int(VTIME)]) }
    #expect(minimum == 1)
    #expect(time == 0)
    #expect(raw.c_lflag == tcflag_t(ISIG))
  }

  /// The live seam's signal watch, with a signal whose default action is to do nothing.
  /// Dispatch registers the source asynchronously, so the signal is sent again until the pipe
  /// shows it (a signal sent before registration is ignored, which is harmless for a resize).
  @Test func liveSignalWatchDeliversSignalsThroughItsPipe() throws {
    let watch = try TerminalSystem.live.watchSignals([SIGWINCH]).get()
    defer { watch.cancel() }
    var ready = [false]
    for _ in 0..<100 where ready == [false] {
      kill(getpid(), SIGWINCH)
      ready = try TerminalSystem.live.poll([watch.descriptor], 50).get()
    }
    #expect(ready == [true])
    var byte: UInt8 = 0
    let count = withUnsafeMutableBytes(of: &byte) {
      TerminalSystem.live.read(watch.descriptor, $0)
    }
    #expect(try count.get() == 1)
    #expect(Int32(byte) == SIGWINCH)
  }
}
