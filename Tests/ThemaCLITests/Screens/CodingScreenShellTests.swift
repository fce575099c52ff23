import Foundation
import Testing
import ThemaCore
import ThemaStore
import ThemaTerminal

@testable import ThemaCLI

/// The coding screen's shell on a copy of the sample study, with a scripted terminal: saving
/// before the next key, the lock, changes made by others, signals, and the refusals.
@Suite(.tags(.fileIO)) struct CodingScreenShellTests {
  struct Outcome {
    var status: Int32
    var out: String
    var err: String
  }

  private func run(
    _ study: TestStudy, _ words: [String], _ terminal: ScriptedTerminal,
    variables: [String: String] = ["TERM": "xterm-256color"]
  ) throws -> Outcome {
    var context = CommandContext(
      arguments: try ArgumentParser.parse(words, for: CodeCommand.spec), out: .buffer,
      err: .buffer,
      environment: CommandEnvironment(
        variables: variables, currentFolder: study.root, stdinIsTerminal: true,
        stdoutIsTerminal: true))
    let status = try CodingScreenShell.run(&context, system: terminal.system)
    return Outcome(status: status, out: context.out.text, err: context.err.text)
  }

  private func keys(_ chunks: String...) -> [ScriptedTerminal.Step] {
    chunks.map { .input(KeyScript.bytes($0)) }
  }

  private let alicePM04 = "Transcripts/PM-04/codings/alice.tsv"

  @Test func savesEveryChangeBeforeReadingTheNextKey() throws {
    let study = try TestStudy.sample()
    let original = study.read(alicePM04) ?? ""
    let codings = original.split(separator: "\n").filter { $0.hasPrefix("S") }.count
    let terminal = ScriptedTerminal(steps: keys(":S2{enter}", "aT1/1a{enter}", "s", "u", "q"))
    nonisolated(unsafe) var seen: [Int: String] = [:]
    terminal.beforeInput = { count in seen[count] = study.read(self.alicePM04) ?? "" }
    let outcome = try run(study, ["PM-04", "--coder", "alice"], terminal)
    #expect(outcome.status == 0)
    #expect(seen[1]?.contains("S2\tT1/1/1a") == false)
    #expect(seen[2]?.contains("S2\tT1/1/1a\n") == true)
    #expect(seen[3]?.contains("S2\tT1/1/1a\t\t*\n") == true)
    #expect(seen[4]?.contains("S2\tT1/1/1a\n") == true)
    #expect(study.read(alicePM04)?.contains("S2\tT1/1/1a\n") == true)
    #expect(terminal.isRestored)
    #expect(
      outcome.out
        == "alice on PM-04: \(codings + 1) codings on 19 of 42 segments; saved in \(alicePM04).\n")
  }

  @Test func refusesASecondScreenOfTheSameCoderButNotOfAnother() throws {
    let study = try TestStudy.sample()
    let project = Project(root: study.root, currentFolder: study.root)
    let transcript = try #require(TranscriptID(rawValue: "PM-04"))
    let lock = try project.lockSheet(
      of: try #require(Coder(rawValue: "alice")), for: transcript, purpose: "another screen")
    let before = study.snapshot()
    let refused = ScriptedTerminal(steps: keys("aT1/1a{enter}", "q"))
    #expect {
      try run(study, ["PM-04", "--coder", "alice"], refused)
    } throws: { error in
      guard let diagnostic = error as? Diagnostic, case .locked = diagnostic.problem else {
        return false
      }
      return diagnostic.message.hasPrefix("\(alicePM04) is being written by another Thema process")
        && diagnostic.message.hasSuffix("close the other coding screen")
    }
    #expect(refused.attributeChanges == 0)
    #expect(refused.output.isEmpty)
    let bob = ScriptedTerminal(steps: keys(":S2{enter}", "aT1/1a{enter}", "q"))
    #expect(try run(study, ["PM-04", "--coder", "bob"], bob).status == 0)
    #expect(study.read("Transcripts/PM-04/codings/bob.tsv")?.contains("S2\tT1/1/1a\n") == true)
    #expect(study.snapshot()[alicePM04] == before[alicePM04])
    _ = consume lock
  }

  @Test func reloadsInsteadOfOverwritingAChangeMadeByAnotherProgram() throws {
    let study = try TestStudy.sample()
    let theirs =
      "# transcript: PM-04\n# coder: alice\nsegment\tcode\tspan\tflags\tmemo\nS6\tT1/1/1c\n"
    let terminal = ScriptedTerminal(steps: keys(":S2{enter}", "aT1/1a{enter}", "q"))
    terminal.beforeInput = { count in
      if count == 1 { try? study.write(self.alicePM04, theirs) }
    }
    let outcome = try run(study, ["PM-04", "--coder", "alice"], terminal)
    #expect(outcome.status == 0)
    #expect(study.read(alicePM04) == theirs)
    #expect(terminal.outputText.contains("was changed by another program; reloaded it"))
    #expect(outcome.out.hasPrefix("alice on PM-04: 1 coding on 1 of 42 segments"))
  }

  @Test func noticesAChangeOnDiskWhileTheCoderIsIdle() throws {
    let study = try TestStudy.sample()
    let theirs = "# transcript: PM-04\n# coder: alice\nS6\tT1/1/1c\n"
    let terminal = ScriptedTerminal(steps: keys("j", "k") + [.pause] + keys("q"))
    terminal.beforeInput = { count in
      if count == 1 { try? study.write(self.alicePM04, theirs) }
    }
    _ = try run(study, ["PM-04", "--coder", "alice"], terminal)
    #expect(terminal.outputText.contains("(1 coding)."))
    #expect(study.read(alicePM04) == theirs)
  }

  @Test func stopsChangingAFileAnotherProgramBroke() throws {
    let study = try TestStudy.sample()
    let broken = "S6\tnot a code path!\n"
    let terminal = ScriptedTerminal(steps: keys("j", "aT1/1a{enter}", "q"))
    terminal.beforeInput = { count in
      if count == 1 { try? study.write(self.alicePM04, broken) }
    }
    _ = try run(study, ["PM-04", "--coder", "alice"], terminal)
    #expect(study.read(alicePM04) == broken)
    #expect(terminal.outputText.contains("Changes are off"))
  }

  @Test(arguments: [TerminalSignal.interrupt, .terminate, .hangup])
  func aSignalEndsTheScreenWithWorkSavedAndTheTerminalRestored(signal: TerminalSignal) throws {
    let study = try TestStudy.sample()
    let terminal = ScriptedTerminal(
      steps: keys(":S2{enter}", "aT1/1a{enter}") + [.signal(signal)] + keys("aT1/1b{enter}"))
    let outcome = try run(study, ["PM-04", "--coder", "alice"], terminal)
    #expect(outcome.status == signal.exitStatus)
    #expect(study.read(alicePM04)?.contains("S2\tT1/1/1a\n") == true)
    #expect(study.read(alicePM04)?.contains("S2\tT1/1/1b") == false)
    #expect(terminal.isRestored)
    #expect(terminal.outputText.hasSuffix("\u{1B}[?1049l"))
  }

  @Test func suspendsAndResumesOnCtrlZ() throws {
    let study = try TestStudy.sample()
    let terminal = ScriptedTerminal(steps: [.signal(.suspend)] + keys("q"))
    #expect(try run(study, ["PM-04", "--coder", "alice"], terminal).status == 0)
    #expect(terminal.stops == 1)
    #expect(terminal.isRestored)
  }

  @Test func redrawsAfterAResize() throws {
    let study = try TestStudy.sample()
    let terminal = ScriptedTerminal(
      steps: [.resize(TerminalSize(rows: 40, columns: 120))] + keys("q"))
    _ = try run(study, ["PM-04", "--coder", "alice"], terminal)
    let clears = terminal.outputText.split(separator: "\u{1B}[2J", omittingEmptySubsequences: false)
    #expect(clears.count == 3)
    #expect(clears.last?.contains("\u{1B}[40;") == true)
  }

  @Test func asksBeforeStartingANewCoder() throws {
    let study = try TestStudy.sample()
    let declined = ScriptedTerminal(steps: keys("n\n"))
    #expect(throws: CommandFailure.self) {
      try run(study, ["PM-04", "--coder", "alcie"], declined)
    }
    #expect(declined.attributeChanges == 0)
    let accepted = ScriptedTerminal(steps: keys("y\n", "aT1/1a{enter}", "q"))
    var outcome = try run(study, ["PM-04", "--coder", "alcie"], accepted)
    #expect(outcome.status == 0)
    #expect(
      outcome.err.hasPrefix(
        "No coder 'alcie' has codings in this study yet (known coders: alice, bob). Did you mean 'alice'?"
      ))
    #expect(study.read("Transcripts/PM-04/codings/alcie.tsv")?.contains("T1/1/1a") == true)
    outcome = try run(
      study, ["PM-05", "--coder", "carol", "--new-coder"], ScriptedTerminal(steps: keys("q")))
    #expect(outcome.err.isEmpty)
  }

  @Test func opensWithoutReadingOtherCodersFiles() throws {
    let study = try TestStudy.sample()
    try study.write("Transcripts/PM-01/codings/bob.tsv", "S2\tbroken line with !\n")
    let terminal = ScriptedTerminal(steps: keys("q"))
    #expect(try run(study, ["PM-01", "--coder", "alice"], terminal).status == 0)
    #expect(!terminal.outputText.contains("broken"))
  }

  @Test func namesTheFileAndLineOfABrokenCodebook() throws {
    let study = try TestStudy.sample()
    let codebook = study.read("Codebooks/program-managers.md") ?? ""
    try study.write(
      "Codebooks/program-managers.md",
      codebook.replacingOccurrences(of: "#### 1b Shared", with: "#### 1a Shared"))
    let before = study.snapshot()
    #expect {
      try run(study, ["PM-04", "--coder", "alice"], ScriptedTerminal(steps: keys("q")))
    } throws: { error in
      let list = error as? DiagnosticList
      return list?.diagnostics.first?.location?.file == "Codebooks/program-managers.md"
        && list?.diagnostics.first?.location?.line != nil
    }
    #expect(study.snapshot() == before)
  }

  @Test func suggestsTheTranscriptMeant() throws {
    let study = try TestStudy.sample()
    #expect {
      try run(study, ["PM-4", "--coder", "alice"], ScriptedTerminal(steps: []))
    } throws: { error in
      guard case .unknownTranscript(let id, let suggestions) = error as? Problem else {
        return false
      }
      return id == "PM-4" && suggestions.first == "PM-04"
    }
  }

  @Test func refusesATerminalThatCannotDrawAScreen() throws {
    let study = try TestStudy.sample()
    let terminal = ScriptedTerminal(steps: [])
    #expect {
      try run(study, ["PM-04", "--coder", "alice"], terminal, variables: ["TERM": "dumb"])
    } throws: { error in
      (error as? CommandFailure)?.message.contains("TERM is 'dumb'") == true
    }
    #expect(terminal.attributeChanges == 0)
  }

  @Test func saysWhatToDoWithoutATerminal() throws {
    let study = try TestStudy.sample()
    let before = study.snapshot()
    let result = study.run(["code", "PM-04", "--coder", "alice"])
    #expect(result.status == 1)
    #expect(
      result.err
        == "error: the coding screen needs a terminal, but standard input or output is not one. "
        + "Run 'thema code PM-04 --coder alice' in a terminal, or code from a script with --apply "
        + "SEGMENT=CODES, --remove SEGMENT=CODES or --done (see 'thema code --help')\n")
    #expect(study.snapshot() == before)
  }

  @Test func keepsTheScriptableFormAsItWas() throws {
    let study = try TestStudy.sample()
    let result = study.run(["code", "PM-04", "--coder", "alice", "--memo", "x"])
    #expect(result.status == 1)
    #expect(result.err.hasPrefix("error: nothing to do"))
    let applied = study.run(["code", "PM-04", "--coder", "alice", "--apply", "S2=T1/1a"])
    #expect(applied.status == 0)
  }
}

extension Tag {
  @Tag static var fileIO: Self
  @Tag static var terminal: Self
  @Tag static var endToEnd: Self
}
