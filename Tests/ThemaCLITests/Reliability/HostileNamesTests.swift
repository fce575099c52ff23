import Foundation
import Testing
import ThemaCore
import ThemaTerminal

/// Names from files (coders and transcripts by their file and folder names, codes, speakers)
/// that hold control characters and terminal escape sequences are never echoed raw: not in
/// diagnostics (wherever they go), not on a terminal.
@Suite(.tags(.fileIO)) struct HostileNamesTests {
  static let escape = "\u{1B}"

  /// Nothing that could drive a terminal: no ESC or C1 control, except Thema's own styling.
  static func isInert(_ text: String) -> Bool {
    TerminalText.filteredForTerminal(text) == text
      && !text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) }
  }

  @Test func fileAndFolderNamesWithEscapesAreShownEscaped() throws {
    let study = try TestStudy.sample()
    let title = "X\(Self.escape)]0;pwned\u{7}"
    try FileManager.default.createDirectory(
      atPath: study.root + "/Transcripts/" + title, withIntermediateDirectories: true)
    try study.write(
      "Transcripts/PM-04/codings/ev\(Self.escape)[2Jil.tsv",
      study.read("Transcripts/PM-04/codings/alice.tsv") ?? "")
    for terminal in [false, true] {
      let check = study.run(["check"], terminal: terminal)
      #expect(check.status == 1)
      #expect(terminal ? Self.isInert(check.err) : !check.err.contains(Self.escape), "\(check.err)")
      #expect(check.err.contains("'X\\u{1B}]0;pwned\\u{7}' is not a valid transcript ID"))
      #expect(check.err.contains("ev\\u{1B}[2Jil.tsv"))
    }
  }

  @Test func codeAndSpeakerNamesWithEscapesAreErrorsAndNeverReachATerminalRaw() throws {
    let study = try TestStudy.sample()
    let codebook = try #require(study.read("Codebooks/program-managers.md"))
    try study.write(
      "Codebooks/program-managers.md",
      codebook.replacingOccurrences(
        of: "#### 1b Shared experience builds trust with clients",
        with: "#### 1b Shared \(Self.escape)[2J experience \u{9B}31m builds trust"))
    let transcript = try #require(study.read("Transcripts/PM-06/transcript.txt"))
    try study.write(
      "Transcripts/PM-06/transcript.txt",
      transcript.replacingOccurrences(
        of: " | Interviewer", with: " | Inter\(Self.escape)]8;;x\u{7}viewer"))
    for arguments in [
      ["codebook", "show", "program-managers"], ["codings", "PM-06"], ["report", "T1/1b"],
      ["diff", "PM-05"], ["agree"], ["status"],
    ] {
      let result = study.run(arguments, terminal: true)
      #expect(Self.isInert(result.out), "thema \(arguments.joined(separator: " ")): \(result.out)")
      #expect(Self.isInert(result.err), "thema \(arguments.joined(separator: " ")): \(result.err)")
    }
    // thema check names each control character, with its place, escaped.
    let check = study.run(["check"])
    #expect(check.status == 1)
    #expect(check.err.contains("error: control character U+001B (an escape)"), "\(check.err)")
    #expect(check.err.contains("#### 1b Shared \\u{1B}[2J experience \\u{9B}31m builds trust"))
  }

  @Test func aNulByteInATranscriptIsAnErrorThatPointsAtIt() throws {
    let study = try TestStudy.sample()
    let transcript = try #require(study.read("Transcripts/PM-06/transcript.txt"))
    try study.write(
      "Transcripts/PM-06/transcript.txt",
      transcript.replacingOccurrences(of: "S1 | Interviewer", with: "S1 | Inter\u{0}viewer"))
    let check = study.run(["check"])
    #expect(check.status == 1)
    #expect(
      check.err.contains(
        "Transcripts/PM-06/transcript.txt:13:11: error: control character U+0000 (a NUL byte)"),
      "\(check.err)")
    #expect(check.err.contains("S1 | Inter\\u{0}viewer"))
  }

  @Test func aHundredMegabyteLikeLineIsShownCutInDiagnostics() throws {
    let study = try TestStudy.sample()
    // The same path as 100 MB; 4 MB keeps the test quick.
    let memo = String(repeating: "x", count: 4_000_000)
    try study.write("Transcripts/PM-04/codings/carol.tsv", "S2\tT1/1/1a\t\t\t\t\(memo)\n")
    let check = study.run(["check"])
    #expect(check.status == 1)
    #expect(check.err.utf8.count < 2_000, "\(check.err.prefix(500))")
    #expect(check.err.contains("…"))
  }
}
