import Foundation
import Testing

@testable import ThemaCLI

/// Bad input to `thema report`, `table` and `export`: a clear message, the right exit status,
/// and no file changed.
@Suite struct ExportInputTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var status: Int32
    var message: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let pm = ["--codebook", "program-managers"]

  static let cases: [Case] = [
    Case(
      arguments: ["report", "T1/9/9z"], status: 1,
      message:
        "error: no codebook has a code 'T1/9/9z' (codebooks: capp-participants, program-managers)"),
    Case(
      arguments: ["report", "T1/1/1z"] + pm, status: 1,
      message: "error: codebook 'program-managers' has no code 'T1/1/1z'. Did you mean"),
    Case(
      arguments: ["report", "1a"], status: 1,
      message: "error: code '1a' exists in several codebooks (capp-participants, program-managers)"),
    Case(
      arguments: ["report", "2c"], status: 1,
      message: "error: code '2c' is ambiguous; it could be T1/2c, T2/2c, T3/2c."),
    Case(
      arguments: ["report"], status: 64, message: "Error: Missing expected argument '<CODE>'."),
    Case(
      arguments: ["report", "T1/1/1a", "--context", "-2"], status: 64,
      message: "Error: The value '-2' is invalid for '--context': expected a whole number"),
    Case(
      arguments: ["table"], status: 1,
      message:
        "error: the study has several codebooks (capp-participants, program-managers); pass "
        + "--codebook NAME"),
    Case(
      arguments: ["table", "--domain", "T9"] + pm, status: 1,
      message: "error: codebook 'program-managers' has no code 'T9'. Did you mean"),
    Case(
      arguments: ["table", "--domain", "T1/2"], status: 1,
      message:
        "error: 'T1/2' is a theme, not a top-level code; --domain takes one of T1, T2, T3, T4"),
    Case(
      arguments: ["table", "--by", "countyy"] + pm, status: 1,
      message: "error: no transcript has an attribute 'countyy' (did you mean 'county'?)"),
    Case(
      arguments: ["report", "T1/1/1a", "--by", "arm"], status: 1,
      message: "error: no transcript has an attribute 'arm'; attributes are county, group"),
    Case(
      arguments: ["table", "--attribution", "{group"] + pm, status: 1,
      message: "error: the attribution '{group' has an unbalanced '{' or '}'"),
    Case(
      arguments: ["table", "--quotes", "-1"] + pm, status: 64,
      message:
        "Error: The value '-1' is invalid for '--quotes': expected a whole number from 0 to 20."),
    Case(
      arguments: ["table", "--source", "everyone"] + pm, status: 64,
      message: "Error: The value 'everyone' is invalid for '--source'"),
    Case(
      arguments: ["table", "--source", "coder:carol"] + pm, status: 1,
      message: "error: no coder 'carol' has codings in this project (known coders: alice, bob)"),
    Case(
      arguments: ["table", "--format", "pdf"] + pm, status: 64,
      message: "Error: The value 'pdf' is invalid for '--format'"),
    Case(
      arguments: ["table", "--out", "../table.md"] + pm, status: 1,
      message: "error: '../table.md' is outside the study's folder"),
    Case(
      arguments: ["table", "--out", "/tmp/table.md"] + pm, status: 1,
      message: "error: '/tmp/table.md' is outside the study's folder"),
    Case(
      arguments: ["table", "--out", "Exports/../../table.md"] + pm, status: 1,
      message: "error: 'Exports/../../table.md' is outside the study's folder"),
    Case(
      arguments: ["table", "--out", "Drafts/table.md"] + pm, status: 1,
      message: "error: the folder 'Drafts' does not exist; create it first or write to Exports/"),
    Case(
      arguments: ["table", "--out", "Transcripts/PM-01/transcript.txt"] + pm, status: 1,
      message: "error: 'Transcripts/PM-01/transcript.txt' is inside Transcripts/"),
    Case(
      arguments: ["table", "--out", "Codebooks/program-managers.md"] + pm, status: 1,
      message: "error: 'Codebooks/program-managers.md' is inside Codebooks/"),
    Case(
      arguments: ["table", "--out", "Exports"] + pm, status: 1,
      message: "error: 'Exports' is a folder; name a file, e.g. Exports/table.md"),
    Case(arguments: ["export"], status: 64, message: "Error: Missing expected option '--all'."),
  ]

  @Test(arguments: cases)
  func refusesWithAClearMessageAndChangesNothing(_ input: Case) throws {
    let study = try TestStudy.sampleWithExports()
    let before = study.snapshot()
    let result = study.run(input.arguments)
    #expect(result.status == input.status)
    #expect(result.err.contains(input.message), "stderr was: \(result.err)")
    #expect(result.out.isEmpty)
    #expect(study.snapshot() == before)
  }

  @Test func aLinkOutOfTheStudyIsRefused() throws {
    let study = try TestStudy.sampleWithExports()
    let outside = try TestStudy.empty()
    try FileManager.default.createSymbolicLink(
      atPath: study.root + "/Exports/elsewhere", withDestinationPath: outside.root)
    let result = study.run(["table", "--out", "Exports/elsewhere/table.md"] + Self.pm)
    #expect(result.status == 1)
    #expect(result.err.contains("is outside the study's folder"))
    #expect(outside.snapshot().isEmpty)
  }

  @Test func aFailedExportLeavesTheOldFileAsItWas() throws {
    let study = try TestStudy.sampleWithExports()
    try study.write("Exports/table.md", "my edits\n")
    let result = study.run(["table", "--out", "Exports/table.md", "--by", "nope"] + Self.pm)
    #expect(result.status == 1)
    #expect(study.read("Exports/table.md") == "my edits\n")
  }

  @Test func writesAFileAndSaysSoAndTheFormatFollowsTheExtension() throws {
    let study = try TestStudy.sampleWithExports()
    let result = study.run(["table", "--domain", "T3", "--out", "Exports/table3.html"])
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out == "Wrote Exports/table3.html.\n")
    #expect(study.read("Exports/table3.html")?.hasPrefix("<!DOCTYPE html>") == true)
    let again = study.run(["table", "--domain", "T3", "--out", "Exports/table3.html"])
    #expect(again.out == "Exports/table3.html is up to date.\n")
  }

  @Test func pathsAreRelativeToTheCurrentFolder() throws {
    let study = try TestStudy.sampleWithExports()
    let result = study.run(["table", "--domain", "T3", "--out", "t3.csv"], in: "Exports")
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out == "Wrote ../Exports/t3.csv.\n", "paths are shown from the current folder")
    #expect(study.read("Exports/t3.csv")?.hasPrefix("table,table_name,") == true)
  }

  @Test func aWordTableGoesToExportsUnlessToldOtherwise() throws {
    let study = try TestStudy.sampleWithExports()
    let result = study.run(["table", "--codebook", "program-managers", "--format", "docx"])
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out == "Wrote Exports/program-managers.docx.\n")
    let domain = study.run(["table", "--domain", "T2", "--format", "docx"])
    #expect(domain.out == "Wrote Exports/program-managers-T2.docx.\n")
    let named = study.run(["table", "--codebook", "program-managers", "--out", "Exports/x.docx"])
    #expect(named.out == "Wrote Exports/x.docx.\n", "the extension picks the format")
    let bytes = try #require(FileManager.default.contents(atPath: study.root + "/Exports/x.docx"))
    #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    #expect(
      bytes == FileManager.default.contents(atPath: study.root + "/Exports/program-managers.docx"))
  }

  @Test func aNewUsersWordTableCoversEveryCodebook() throws {
    let study = try TestStudy.sampleWithExports()
    let result = study.run(["table", "--format", "docx"])
    #expect(result.status == 0, "\(result.err)")
    #expect(
      result.out
        == "Wrote Exports/capp-participants.docx.\nWrote Exports/program-managers.docx.\n")
    for name in ["capp-participants", "program-managers"] {
      let bytes = FileManager.default.contents(atPath: study.root + "/Exports/\(name).docx")
      #expect(bytes?.starts(with: [0x50, 0x4B, 0x03, 0x04]) == true)
    }
  }
}
