import Foundation
import Testing

@testable import ThemaCLI

@Suite struct StatusTests {
  @Test func showsTheSampleStudyAtAGlance() throws {
    let result = try TestStudy.sample().run(["status"])
    #expect(result.status == 0, "\(result.err)")
    let out = result.out
    #expect(out.contains("12 transcripts · 2 codebooks · 2 coders (alice, bob) · 4 double-coded"))
    #expect(out.contains("Program manager   8  PM-01 PM-02 PM-03 PM-04 PM-05 PM-06 PM-07 PM-08"))
    #expect(out.contains("Double-coded: CAPP-01, PM-01, PM-02, PM-05."))
    #expect(!out.contains("\u{1B}["), "no colour when stdout is not a terminal")
  }

  @Test func colourOnlyOnATerminalAndNeverWithNoColor() throws {
    let study = try TestStudy.sample()
    func run(_ variables: [String: String], _ extra: [String] = []) -> String {
      var out = OutputStream.buffer
      var err = OutputStream.buffer
      let environment = CommandEnvironment(
        variables: variables, currentFolder: study.root, stdoutIsTerminal: true,
        stderrIsTerminal: true)
      _ = Thema.run(["status"] + extra, environment: environment, out: &out, err: &err)
      return out.text
    }
    #expect(run(["TERM": "xterm-256color"]).contains("\u{1B}[1m"))
    #expect(!run(["TERM": "xterm-256color", "NO_COLOR": ""]).contains("\u{1B}["))
    #expect(!run(["TERM": "dumb"]).contains("\u{1B}["))
    #expect(!run(["TERM": "xterm"], ["--no-color"]).contains("\u{1B}["))
  }

  @Test func worksFromASubfolderAndWithProject() throws {
    let study = try TestStudy.sample()
    #expect(study.run(["status"], in: "Transcripts/PM-01").status == 0)
    let elsewhere = try TestStudy.empty()
    let result = elsewhere.run(["status", "--project", study.root])
    #expect(result.status == 0)
    #expect(result.out.contains("12 transcripts"))
  }
}

@Suite struct CompletionsTests {
  @Test func bashScriptIsValidAndNamesEveryCommand() throws {
    let study = try TestStudy.empty()
    let result = study.run(["completions", "bash"])
    #expect(result.status == 0)
    for command in Thema.commands where !command.spec.isHidden {
      #expect(result.out.contains("\"\(command.spec.name)\")"))
    }
    #expect(result.out.contains("--coder"))
    let file = study.root + "/thema.bash"
    try result.out.write(toFile: file, atomically: true, encoding: .utf8)
    let bash = Process()
    bash.executableURL = URL(fileURLWithPath: "/bin/bash")
    bash.arguments = ["-n", file]
    try bash.run()
    bash.waitUntilExit()
    #expect(bash.terminationStatus == 0, "bash -n must accept the completion script")
  }

  @Test func zshAndFishScripts() throws {
    let study = try TestStudy.empty()
    #expect(study.run(["completions", "zsh"]).out.hasPrefix("#compdef thema"))
    let fish = study.run(["completions", "fish"]).out
    #expect(fish.contains("complete -c thema -n __fish_use_subcommand -a status"))
    #expect(fish.contains("-l coder -r -a '(thema __complete coders 2>/dev/null)'"))
    #expect(study.run(["completions", "tcsh"]).status == 64)
  }

  @Test func dynamicNamesComeFromTheStudy() throws {
    let study = try TestStudy.sample()
    #expect(study.run(["__complete", "coders"]).out == "alice\nbob\n")
    #expect(study.run(["__complete", "codebooks"]).out == "capp-participants\nprogram-managers\n")
    #expect(study.run(["__complete", "transcripts"]).out.hasPrefix("CAPP-01\nCAPP-02\n"))
  }
}

@Suite struct NewStudyTests {
  @Test func aStudyWithTranscriptsButNoCodebookSaysSoOnce() throws {
    let study = try TestStudy.empty()
    try study.write(
      "Transcripts/P1/transcript.txt", "id: P1\n\nS1 | Interviewer\nHello.\n\nS2 | P1\nHi.\n")
    try study.write("Transcripts/P2/transcript.txt", "id: P2\n\nS1 | Interviewer\nHello.\n")
    let result = study.run(["status"])
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out.contains("none yet: write one as Codebooks/NAME.md"))
    #expect(
      result.err.components(separatedBy: "warning:").count == 2,
      "one warning, not one per transcript")
    #expect(result.err.contains("the study has no codebook yet"))
  }
}
