import Foundation
import Testing
import ThemaCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real `thema` binary in a real terminal: tmux runs the coding screen on a copy of the
/// sample study, real keystrokes code a few segments, `kill -9` ends the process, and the
/// codings file must hold exactly what the screen showed as applied. Skipped, with the reason
/// printed, when tmux is not installed (CI installs it).
@Suite(.tags(.terminal, .endToEnd)) struct CodingScreenEndToEndTests {
  @Test func codesWithRealKeysAndLosesNothingToKillNine() throws {
    guard let (study, session) = try Tmux.codingScreen(for: "the coding screen's end-to-end test")
    else { return }
    defer { session.close() }
    let file = "Transcripts/PM-04/codings/alice.tsv"
    let original = try #require(study.read(file))
    session.send(":", "S2", "Enter")
    try session.waitFor("S2 · 2/42")
    session.send("a", "T1/1a", "Enter")
    try session.waitFor("Applied T1/1a")
    session.send("v")
    try session.waitFor("Quote of")
    session.send("+", "+", "Enter")
    try session.waitFor("Narrowed T1/1a on S2")
    session.send(":", "S40", "Enter")
    try session.waitFor("S40 · 40/42")
    session.send("a", "T2/1a*", "Enter")
    try session.waitFor("Applied T2/1a*")
    session.send("a", "T3/1a", "Enter")
    try session.waitFor("Applied T3/1a")
    session.send("u")
    try session.waitFor("Undid: applied T3/1a")
    try session.killNine()

    // What was applied: S2's first sentence and two more words as a T1/1a quote, and a
    // starred T2/1a on S40; the T3/1a was undone.
    let text = try #require(study.read("Transcripts/PM-04/transcript.txt"))
    let transcript = try #require(Transcript.parse(text: text, file: "").value)
    let s2 = try #require(transcript.segments.first { $0.id.rawValue == "S2" })
    let coder = try #require(Coder(rawValue: "alice"))
    var expected = CodingSheet.parse(
      tsv: original, transcript: transcript.id, coder: coder, file: file
    ).sheet
    expected.apply(
      Coding(
        transcript: transcript.id, segment: s2.id, code: CodePath(components: ["T1", "1", "1a"]),
        span: Self.firstSentencePlusTwoWords(of: s2.text)))
    expected.apply(
      Coding(
        transcript: transcript.id, segment: SegmentID(number: 40),
        code: CodePath(components: ["T2", "1", "1a"]), flags: .quote))
    #expect(study.read(file) == expected.tsv())
    let leftovers = try FileManager.default.contentsOfDirectory(
      atPath: study.root + "/Transcripts/PM-04/codings"
    ).filter { $0.contains(".tmp-") }
    #expect(leftovers.isEmpty)
  }

  /// The span of a text's first sentence and the two words after it, in scalars, worked out
  /// here without the screen's code.
  static func firstSentencePlusTwoWords(of text: String) -> TextSpan {
    let scalars = Array(text.unicodeScalars)
    var wordEnds: [Int] = []
    var sentenceWord: Int?
    var index = 0
    while index < scalars.count {
      while index < scalars.count, scalars[index] == " " { index += 1 }
      guard index < scalars.count else { break }
      while index < scalars.count, scalars[index] != " " { index += 1 }
      wordEnds.append(index)
      if sentenceWord == nil, ".?!".unicodeScalars.contains(scalars[index - 1]) {
        sentenceWord = wordEnds.count - 1
      }
    }
    let last = min(wordEnds.count - 1, (sentenceWord ?? 0) + 2)
    return TextSpan(start: 0, end: wordEnds[last])
  }
}

/// Drives tmux from tests.
struct Tmux {
  let path: String

  /// alice's coding screen on PM-04 of a fresh copy of the sample study, once it shows; nil,
  /// with the reason printed, when tmux is not installed.
  static func codingScreen(for test: String) throws -> (TestStudy, Session)? {
    guard let tmux = find() else {
      print("Skipping \(test): tmux is not installed.")
      return nil
    }
    let binary = try thema()
    let study = try TestStudy.sample()
    let session = tmux.session(in: study.root, command: "exec \(binary) code PM-04 --coder alice")
    do {
      try session.waitFor("PM-04 · alice")
    } catch {
      session.close()
      throw error
    }
    return (study, session)
  }

  static func find() -> Tmux? {
    let folders =
      (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
      .split(separator: ":") + ["/usr/bin", "/usr/local/bin", "/opt/homebrew/bin"]
    for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/tmux") {
      return Tmux(path: "\(folder)/tmux")
    }
    return nil
  }

  /// The `thema` binary `swift test` built next to the test bundle, or one built now.
  static func thema() throws -> String {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("thema").path
    if FileManager.default.isExecutableFile(atPath: beside) { return beside }
    let debug = repositoryRoot + "/.build/debug/thema"
    if FileManager.default.isExecutableFile(atPath: debug) { return debug }
    let build = try run(
      "/usr/bin/env", ["swift", "build", "--package-path", repositoryRoot, "--product", "thema"])
    try #require(build.status == 0, Comment(rawValue: "swift build failed: \(build.output)"))
    return debug
  }

  /// Runs a program and returns its status and output.
  ///
  /// Spawned directly, with every descriptor but standard input, output and error closed in
  /// the child: the tmux server that `new-session` starts lives on, and whatever it inherited
  /// (such as the socket Foundation's `Process` watches to see the child end) would stay open
  /// with it, so waiting for the command would never end.
  @discardableResult
  static func run(_ executable: String, _ arguments: [String]) throws
    -> (status: Int32, output: String)
  {
    let outputPath = FileManager.default.temporaryDirectory
      .appendingPathComponent("thema-tmux-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: outputPath) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
    for descriptor in open.compactMap({ Int32($0) }) where descriptor > 2 {
      posix_spawn_file_actions_addclose(&actions, descriptor)
    }
    let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
    guard spawned == 0 else { throw SpawnFailure(code: spawned) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    return ((status >> 8) & 0xFF, text)
  }

  struct SpawnFailure: Error {
    var code: Int32
  }

  /// A detached session on a tmux server of its own (`-L`), so the test never touches the
  /// user's tmux and ends its server when done.
  func session(in folder: String, command: String, rows: Int = 24, columns: Int = 80) -> Session {
    let name = "thema-test-\(UUID().uuidString.prefix(8))"
    let session = Session(tmux: self, name: name)
    _ = try? session.tmux(
      ["new-session", "-d", "-s", name, "-x", "\(columns)", "-y", "\(rows)", "-c", folder, command])
    return session
  }

  struct Session {
    let tmux: Tmux
    let name: String

    func tmux(_ arguments: [String]) throws -> (status: Int32, output: String) {
      try Tmux.run(tmux.path, ["-L", name] + arguments)
    }

    func capture() -> String {
      (try? tmux(["capture-pane", "-p", "-t", name]).output) ?? ""
    }

    /// Types keys, one tmux argument at a time (`Enter`, `Escape` and so on are key names).
    func send(_ keys: String...) {
      for key in keys {
        let literal = !["Enter", "Escape", "Tab", "BTab", "Up", "Down", "Left", "Right"].contains(
          key)
        _ = try? tmux(["send-keys", "-t", name] + (literal ? ["-l"] : []) + [key])
      }
    }

    /// Waits until the screen shows `text`, for up to `seconds`.
    func waitFor(_ text: String, seconds: Double = 15) throws {
      let deadline = Date().addingTimeInterval(seconds)
      while Date() < deadline {
        if capture().contains(text) { return }
        usleep(50_000)
      }
      Issue.record("The screen never showed '\(text)'. It shows:\n\(capture())")
      throw SessionFailure()
    }

    /// Sends SIGKILL to the program in the pane and waits until it is gone.
    func killNine() throws {
      let pidText = try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"])
        .output.trimmingCharacters(in: .whitespacesAndNewlines)
      let pid = try #require(Int32(pidText))
      kill(pid, SIGKILL)
      let deadline = Date().addingTimeInterval(10)
      while kill(pid, 0) == 0 && Date() < deadline { usleep(20_000) }
    }

    func close() {
      _ = try? tmux(["kill-server"])
    }
  }

  struct SessionFailure: Error {}
}
