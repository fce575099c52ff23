import Foundation
import Testing

@Suite struct CheckTests {
  @Test func theSampleStudyHasNoProblems() throws {
    let result = try TestStudy.sample().run(["check"])
    #expect(result.status == 0, "\(result.err)")
    #expect(result.err.isEmpty)
    #expect(result.out.contains("no problems"))
  }

  /// A broken file, and the diagnostic `thema check` must print for it.
  struct Breakage: Sendable, CustomTestStringConvertible {
    var name: String
    var file: String
    var edit: @Sendable (String) -> String
    var diagnostic: String
    var testDescription: String { name }
  }

  static let breakages: [Breakage] = [
    Breakage(
      name: "duplicate sibling ID", file: "Codebooks/program-managers.md",
      edit: { $0.replacingOccurrences(of: "#### 1b ", with: "#### 1a ", options: [], range: nil) },
      diagnostic: "error: code '1a' appears twice under 'T1/1' (first at line"),
    Breakage(
      name: "heading without ID", file: "Codebooks/program-managers.md",
      edit: { $0.replacingOccurrences(of: "## T2 ", with: "## ") },
      diagnostic: "error: heading 'The role and services of peer specialists' has no code ID"),
    Breakage(
      name: "unknown field", file: "Codebooks/capp-participants.md",
      edit: { $0.replacingOccurrences(of: "\nInclude:", with: "\nIncludes:") },
      diagnostic: "error: unknown field 'Includes'; known fields are Definition, Include, Exclude"),
    Breakage(
      name: "tab", file: "Codebooks/capp-participants.md",
      edit: { $0.replacingOccurrences(of: "\nDefinition: ", with: "\n\tDefinition: ") },
      diagnostic: ":1: error: tab character"),
    Breakage(
      name: "CRLF codebook", file: "Codebooks/program-managers.md",
      edit: { $0.replacingOccurrences(of: "\n", with: "\r\n") },
      diagnostic: "Codebooks/program-managers.md:1:"),
    Breakage(
      name: "duplicate segment ID", file: "Transcripts/PM-04/transcript.txt",
      edit: { $0.replacingOccurrences(of: "\nS3 | ", with: "\nS2 | ") },
      diagnostic: "error: segment ID 'S2' is used twice (first at line"),
    Breakage(
      name: "missing header", file: "Transcripts/PM-04/transcript.txt",
      edit: { text in text.components(separatedBy: "\n\n").dropFirst().joined(separator: "\n\n") },
      diagnostic: "Transcripts/PM-04/transcript.txt:1:1: error: the transcript has no header"),
    Breakage(
      name: "unknown code", file: "Transcripts/PM-04/codings/alice.tsv",
      edit: { $0.replacingOccurrences(of: "\tT1/1/1a", with: "\tT1/1/1z") },
      diagnostic: "error: codebook 'program-managers' has no code 'T1/1/1z'"),
    Breakage(
      name: "unknown segment", file: "Transcripts/PM-04/codings/alice.tsv",
      edit: { $0 + "S999\tT1/1/1a\n" },
      diagnostic: "error: transcript PM-04 has no segment 'S999'"),
    Breakage(
      name: "span past the end", file: "Transcripts/PM-04/codings/alice.tsv",
      edit: { $0 + "S2\tT1/1/1a\t0-99999\n" },
      diagnostic: "error: span 0-99999 lies outside segment S2"),
    Breakage(
      name: "wrong column count", file: "Transcripts/PM-04/codings/alice.tsv",
      edit: { $0 + "S2\n" },
      diagnostic: "error: a coding line has 1 tab-separated column; expected 2 to 5"),
    Breakage(
      name: "not UTF-8", file: "Transcripts/PM-04/transcript.txt",
      edit: { $0.replacingOccurrences(of: "id: PM-04", with: "id: PM-04\ncounty: Caf\u{FFFD}") },
      diagnostic: "error: the file is not UTF-8 text"),
  ]

  @Test(arguments: breakages)
  func everyBrokenFileIsReportedWithItsLocation(_ breakage: Breakage) throws {
    let study = try TestStudy.sample()
    let original = try #require(study.read(breakage.file))
    if breakage.name == "not UTF-8" {
      let broken = breakage.edit(original).replacingOccurrences(of: "\u{FFFD}", with: "\u{1}")
      var bytes = Array(broken.utf8)
      if let marker = bytes.firstIndex(of: 1) { bytes[marker] = 0xE9 }
      try study.write(breakage.file, bytes: bytes)
    } else {
      try study.write(breakage.file, breakage.edit(original))
    }
    let before = study.snapshot()
    let result = study.run(["check"])
    #expect(result.status == 1)
    #expect(result.err.contains(breakage.file), "\(result.err)")
    #expect(result.err.contains(breakage.diagnostic), "\(result.err)")
    #expect(result.out.contains("error"))
    #expect(study.snapshot() == before, "check must not change any file")
    let status = study.run(["status"])
    #expect(status.status == 1)
    #expect(status.err.contains("fix them first ('thema check' lists every problem)"))
  }

  @Test func aStudyWithoutCodebooksIsRefused() throws {
    let study = try TestStudy.empty()
    try FileManager.default.removeItem(atPath: study.root + "/Codebooks")
    let result = study.run(["check"])
    #expect(result.status == 1)
    #expect(result.err.contains("has no Codebooks/ folder"))
  }

  @Test func aFolderOutsideAnyStudyIsRefused() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("no-study-\(UUID())")
      .path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let study = try TestStudy.empty()
    let result = study.run(["check", "--project", folder])
    #expect(result.status == 1)
    #expect(result.err.contains("has no Codebooks/ folder"))
  }

  @Test func diagnosticsShowTheLineAndACaret() throws {
    let study = try TestStudy.sample()
    let file = "Codebooks/capp-participants.md"
    try study.write(
      file,
      try #require(study.read(file)).replacingOccurrences(of: "\nExclude:", with: "\nExcludes:"))
    let lines = study.run(["check"]).err.split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    let index = try #require(lines.firstIndex { $0.contains("unknown field 'Excludes'") })
    #expect(lines[index + 1].hasPrefix("  Excludes: "))
    #expect(lines[index + 2] == "  ^")
  }
}
