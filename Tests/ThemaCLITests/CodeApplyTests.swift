import Foundation
import Testing
import ThemaStore

@Suite struct CodeApplyTests {
  @Test func appliedCodingsAreSavedAndListed() throws {
    let study = try TestStudy.sample()
    let result = study.run([
      "code", "PM-04", "--coder", "alice", "--apply", "S3=T1/1a@0-20*,T1/2c", "--memo",
      "from the test",
    ])
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out.contains("alice on PM-04: applied 2, removed 0"))
    let tsv = try #require(study.read("Transcripts/PM-04/codings/alice.tsv"))
    #expect(tsv.contains("S3\tT1/1/1a\t0-20\t*\tfrom the test\n"))
    #expect(tsv.contains("S3\tT1/2/2c\t\t\tfrom the test\n"))
    #expect(
      !FileManager.default.fileExists(
        atPath: study.root + "/Transcripts/PM-04/codings/alice.tsv.tmp"))
    let listed = study.run(["codings", "PM-04", "--coder", "alice"])
    #expect(listed.status == 0)
    #expect(listed.out.contains("T1/1/1a  Lived experience as a hiring requirement  ★"))
    #expect(listed.out.contains("memo: from the test"))
    #expect(study.run(["check"]).status == 0)
  }

  @Test func removingAndMarkingDone() throws {
    let study = try TestStudy.sample()
    let before = try #require(study.read("Transcripts/PM-04/codings/alice.tsv"))
    let firstLine = try #require(before.split(separator: "\n").first { $0.hasPrefix("S") })
    let columns = firstLine.split(separator: "\t")
    let result = study.run([
      "code", "PM-04", "--coder", "alice", "--remove", "\(columns[0])=\(columns[1])", "--done",
    ])
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out.contains("removed 1") || result.out.contains("removed 2"))
    let after = try #require(study.read("Transcripts/PM-04/codings/alice.tsv"))
    #expect(after.contains("# status: done\n"))
    #expect(!after.contains(firstLine + "\n"))
    #expect(study.run(["status"]).out.contains("✓"))
  }

  @Test(arguments: [
    (["--apply", "S3=1a"], "code '1a' is ambiguous; it could be T1/1a, T2/1a, T3/1a, T4/1a"),
    (["--apply", "S9999=T1/1a"], "transcript PM-04 has no segment 'S9999'"),
    (["--apply", "S3=T1/1a@0-99999"], "span 0-99999 lies outside segment S3"),
    (["--apply", "S3"], "'S3' is not a segment ID"),
    (
      ["--apply", "S3=T1/1a", "--apply", "S4=T9/9z"],
      "codebook 'program-managers' has no code 'T9/9z'"
    ),
  ])
  func badInstructionsChangeNothing(arguments: [String], message: String) throws {
    let study = try TestStudy.sample()
    let before = study.snapshot()
    let result = study.run(["code", "PM-04", "--coder", "alice"] + arguments)
    #expect(result.status == 1)
    #expect(result.err.contains(message), "\(result.err)")
    #expect(study.snapshot() == before)
  }

  @Test func unknownCodersAreRefusedUnlessNew() throws {
    let study = try TestStudy.sample()
    let refused = study.run(["code", "PM-04", "--coder", "carol", "--apply", "S3=T1/1a"])
    #expect(refused.status == 1)
    #expect(
      refused.err.contains(
        "no coder 'carol' has codings in this project (known coders: alice, bob)"))
    #expect(refused.err.contains("--new-coder"))
    let accepted = study.run([
      "code", "PM-04", "--coder", "carol", "--new-coder", "--apply", "S3=T1/1a",
    ])
    #expect(accepted.status == 0, "\(accepted.err)")
    #expect(study.read("Transcripts/PM-04/codings/carol.tsv")?.contains("# coder: carol\n") == true)
    let consensus = study.run([
      "code", "PM-04", "--coder", "consensus", "--new-coder", "--apply", "S3=T1/1a",
    ])
    #expect(consensus.status == 1)
    #expect(consensus.err.contains("'consensus' is the lead's consensus layer"))
  }

  @Test func aHeldLockRefusesTheWriteAndNamesTheHolder() throws {
    let study = try TestStudy.sample()
    let project = Project(root: study.root, currentFolder: study.root)
    let id = try #require(ThemaCoreID.transcript("PM-04"))
    let coder = try #require(ThemaCoreID.coder("alice"))
    let lock = try project.lockSheet(of: coder, for: id, purpose: "coding screen of alice")
    let before = study.snapshot()
    let result = study.run(["code", "PM-04", "--coder", "alice", "--apply", "S3=T1/1a"])
    #expect(result.status == 1)
    #expect(
      result.err.contains("is being written by another Thema process (coding screen of alice"))
    #expect(study.snapshot() == before)
    _ = consume lock
    #expect(study.run(["code", "PM-04", "--coder", "bob", "--apply", "S3=T1/1a"]).status == 0)
  }

  @Test func unknownTranscriptsGetSuggestions() throws {
    let result = try TestStudy.sample().run(["codings", "PM-4"])
    #expect(result.status == 1)
    #expect(result.err.contains("no transcript 'PM-4' in Transcripts/. Did you mean"))
  }
}
