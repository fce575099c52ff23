import Foundation
import Testing

@testable import ThemaCLI
@testable import ThemaCore

/// `thema export --format qdpx` and `thema import FILE.qdpx`, as a researcher runs them.
@Suite struct ProjectExchangeTests {
  static let atlas = repositoryRoot + "/Tests/Fixtures/Refi/atlasti-8.4-standard-project.qdpx"

  /// Every file of the study's `Codebooks/` and `Transcripts/` but originals and decision logs,
  /// which a project does not carry.
  static func exchanged(_ study: TestStudy) -> [String: Data] {
    study.snapshot().filter { path, _ in
      (path.hasPrefix("Codebooks/") || path.hasPrefix("Transcripts/"))
        && !path.contains("/original.") && !path.hasSuffix("decisions.jsonl")
        && !path.hasSuffix("attributes.csv") && !path.hasSuffix(".changes")
    }
  }

  @Test func theSampleStudyComesBackUnchanged() throws {
    let sample = try TestStudy.sample()
    let empty = try TestStudy.empty()
    for codebook in ["program-managers", "capp-participants"] {
      let exported = sample.run(["export", "--format", "qdpx", "--codebook", codebook])
      #expect(exported.status == 0, "\(exported.err)")
      #expect(exported.out.hasPrefix("Wrote Exports/\(codebook).qdpx.\n"))
      let imported = empty.run(["import", sample.root + "/Exports/\(codebook).qdpx"])
      #expect(imported.status == 0, "\(imported.err)")
      #expect(imported.err.isEmpty, "no warnings for Thema's own project: \(imported.err)")
    }
    let before = Self.exchanged(sample)
    let after = Self.exchanged(empty)
    #expect(before.keys.sorted() == after.keys.sorted())
    for (path, data) in before where after[path] != data {
      Issue.record("\(path) differs after the round trip")
    }
    let check = empty.run(["check"])
    #expect(check.status == 0, "\(check.out)\(check.err)")
    #expect(
      empty.read("Transcripts/PM-01/decisions.jsonl")?.contains("\"decision\":\"imported\"") == true
    )
    let again = empty.run(["import", sample.root + "/Exports/program-managers.qdpx"])
    #expect(again.status == 0)
    #expect(again.out.hasSuffix("Nothing to write: the study holds all of it already.\n"))
  }

  @Test func exportWritesOneFilePerCodebookAndKeepsItsBytes() throws {
    let study = try TestStudy.sample()
    let both = study.run(["export", "--format", "qdpx"])
    #expect(both.status == 1)
    #expect(
      both.err.contains("the study has several codebooks (capp-participants, program-managers)"))
    let first = study.run(["export", "--format", "qdpx", "--codebook", "capp-participants"])
    #expect(first.status == 0)
    #expect(
      first.out.hasSuffix("4 transcripts of capp-participants, with the codings of alice, bob.\n"))
    let bytes = try #require(study.snapshot()["Exports/capp-participants.qdpx"])
    let second = study.run(["export", "--format", "qdpx", "--codebook", "capp-participants"])
    #expect(second.out.hasPrefix("Exports/capp-participants.qdpx is up to date.\n"))
    #expect(study.snapshot()["Exports/capp-participants.qdpx"] == bytes)
    let check = study.run([
      "export", "--format", "qdpx", "--codebook", "capp-participants", "--check",
    ])
    #expect(check.status == 0)
    let some = study.run([
      "export", "--format", "qdpx", "--codebook", "program-managers", "--transcripts",
      "PM-01,PM-02",
      "--out", "Exports/two.qdpx",
    ])
    #expect(some.status == 0, "\(some.err)")
    #expect(some.out.contains("2 transcripts of program-managers"))
    let other = study.run([
      "export", "--format", "qdpx", "--codebook", "program-managers", "--transcripts", "CAPP-01",
    ])
    #expect(other.status == 1)
    #expect(other.err.contains("CAPP-01 is coded with the codebook 'capp-participants'"))
  }

  @Test func exportRefusesANameOnTheRedactionList() throws {
    let study = try TestStudy.sample()
    try study.write(".thema/redactions.txt", "Marco\n")
    let before = study.snapshot()
    let result = study.run(["export", "--format", "qdpx", "--codebook", "program-managers"])
    #expect(result.status == 1)
    #expect(result.err.contains("error: the text from PM-02 S"))
    #expect(study.snapshot() == before)
  }

  @Test(arguments: [
    (
      ["export", "--all", "--format", "qdpx"],
      "Error: Options '--all' and '--format' cannot be used together."
    ),
    (["export", "--format", "pdf"], "Error: The value 'pdf' is invalid for '--format'"),
    (["import", "a.qdpx", "b.txt"], "Error: The value 'a.qdpx' is invalid for 'FILE'"),
    (["import", "a.qdpx", "--id", "X"], "Error: The value 'X' is invalid for '--id'"),
    (["import", "a.qdpx", "--positions", "bytes"], "Error: The value 'bytes' is invalid"),
  ])
  func usageErrors(arguments: [String], message: String) throws {
    let study = try TestStudy.empty()
    let result = study.run(arguments)
    #expect(result.status == 64)
    #expect(result.err.hasPrefix(message), "\(result.err)")
  }

  @Test func theATLAStiSampleGivesItsCodebookAndSaysWhatIsMissing() throws {
    let study = try TestStudy.empty()
    let result = study.run(["import", Self.atlas])
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out.contains("codebook atlas-ti-standard-project: 14 codes"))
    #expect(result.out.contains("0 transcripts from 6 text sources (6 without text)"))
    #expect(result.out.contains("0 codings from 0 of 5 coded selections"))
    #expect(result.err.contains("warning: text source 'Simon.docx' has no text"))
    #expect(result.err.contains("export the project again with its documents included"))
    #expect(
      study.read("Codebooks/atlas-ti-standard-project.md")?.hasPrefix(
        "# ATLAS.ti standard project\n") == true)
    let status = study.run(["status"])
    #expect(status.status == 0)
    #expect(status.out.contains("atlas-ti-standard-project"))
  }

  @Test func aSecondCodebookNeedsTranscriptsThatNameTheirs() throws {
    let sample = try TestStudy.sample()
    #expect(
      sample.run(["export", "--format", "qdpx", "--codebook", "capp-participants"]).status == 0)
    let study = try TestStudy.empty()
    #expect(study.run(["import", Self.atlas]).status == 0)
    try study.write("interview.txt", "Interviewer: Hello.\n\nP1: Hi there.\n")
    #expect(study.run(["import", "interview.txt"]).status == 0)
    let before = study.snapshot()
    let project = sample.root + "/Exports/capp-participants.qdpx"
    let dryRun = study.run(["import", project, "--dry-run"])
    #expect(dryRun.status == 1)
    #expect(
      dryRun.err.contains(
        "error: with a second codebook ('capp-participants'), every transcript must name its "
          + "codebook, and interview does not"))
    #expect(study.snapshot() == before)
    let renamed = study.run(["import", Self.atlas, "--codebook", "capp-participants"])
    #expect(renamed.status == 1)
    #expect(study.snapshot() == before)
    try study.write(
      "Codebooks/atlas-ti-standard-project.md",
      try #require(study.read("Codebooks/atlas-ti-standard-project.md")) + "\n## 99 Extra\n")
    let changed = study.run(["import", Self.atlas])
    #expect(changed.status == 1)
    #expect(
      changed.err.contains(
        "Codebooks/atlas-ti-standard-project.md: error: the study already has a codebook "
          + "'atlas-ti-standard-project' that differs from the project's; import with --codebook "
          + "OTHER-NAME (nothing was written)"))
  }

  @Test func aFailedImportWritesNothing() throws {
    let study = try TestStudy.sample()
    #expect(
      study.run(["export", "--format", "qdpx", "--codebook", "program-managers"]).status == 0)
    var transcript = try #require(study.read("Transcripts/PM-03/transcript.txt"))
    transcript += "\nS99 | Interviewer\nOne more question.\n"
    try study.write("Transcripts/PM-03/transcript.txt", transcript)
    try FileManager.default.removeItem(atPath: study.root + "/Transcripts/PM-01/codings/bob.tsv")
    let before = study.snapshot()
    let result = study.run(["import", "Exports/program-managers.qdpx"])
    #expect(result.status == 1)
    #expect(
      result.err.contains(
        "Transcripts/PM-03/transcript.txt: error: the study already has a transcript PM-03"))
    #expect(study.snapshot() == before, "bob's PM-01 codings were not written either")
    var hostile = Data()
    hostile.append(contentsOf: try #require(FileManager.default.contents(atPath: Self.atlas)))
    hostile.removeLast(40)
    try hostile.write(to: URL(fileURLWithPath: study.root + "/broken.qdpx"))
    let broken = study.run(["import", "broken.qdpx"])
    #expect(broken.status == 1)
    #expect(broken.err.hasPrefix("broken.qdpx: error: the file is not a readable .qdpx archive"))
    #expect(study.snapshot().filter { $0.key != "broken.qdpx" } == before)
  }

  @Test(.tags(.xmllint)) func theSampleStudysProjectsAreValidAgainstTheSchema() throws {
    let path = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
      .map { "\($0)/xmllint" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    guard let xmllint = path else {
      print("ProjectExchangeTests: xmllint is not installed; skipping the schema check")
      return
    }
    let study = try TestStudy.sample()
    for codebook in ["program-managers", "capp-participants"] {
      #expect(study.run(["export", "--format", "qdpx", "--codebook", codebook]).status == 0)
      let archive = try ZipReader(
        [UInt8](try #require(study.snapshot()["Exports/\(codebook).qdpx"])))
      let project = try #require(try archive.contents(ofEntryNamed: "project.qde"))
      try study.write("\(codebook).qde", bytes: project)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: xmllint)
      process.arguments = [
        "--noout", "--schema", repositoryRoot + "/Tests/Fixtures/Refi/Project.xsd",
        study.root + "/\(codebook).qde",
      ]
      let pipe = Pipe()
      process.standardOutput = pipe
      process.standardError = pipe
      try process.run()
      process.waitUntilExit()
      let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      #expect(process.terminationStatus == 0, "\(codebook): \(output)")
    }
  }
}
