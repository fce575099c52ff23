import Foundation
import Testing
import ThemaStore

/// A forced re-import that removes or shortens coded segments must leave a study every command
/// can still read: the codings that no longer fit move to a set-aside file that check reports.
@Suite struct ReimportSetAsideTests {
  /// PM-04's original with the turn of segment `index` (0-based) removed.
  func dropTurn(_ index: Int, of id: String, in study: TestStudy) throws {
    let path = "Transcripts/\(id)/original.txt"
    var turns = try #require(study.read(path)).components(separatedBy: "\n\n")
    turns.remove(at: index)
    try study.write(path, turns.joined(separator: "\n\n"))
  }

  @Test func codingsOfRemovedSegmentsAreSetAsideNotLost() throws {
    let study = try TestStudy.sample()
    let before = try #require(study.read("Transcripts/PM-04/codings/alice.tsv"))
    let removed = before.split(separator: "\n").filter { $0.hasPrefix("S6\t") }.map(String.init)
    #expect(!removed.isEmpty)
    try dropTurn(5, of: "PM-04", in: study)
    let refused = study.run(["import", "Transcripts/PM-04/original.txt"])
    #expect(refused.status == 1)
    let forced = study.run(["import", "Transcripts/PM-04/original.txt", "--force"])
    #expect(forced.status == 0, "\(forced.err)")
    #expect(forced.err.contains("set aside in Transcripts/PM-04/set-aside/alice.tsv"))
    let kept = try #require(study.read("Transcripts/PM-04/codings/alice.tsv"))
    let aside = try #require(study.read("Transcripts/PM-04/set-aside/alice.tsv"))
    for line in removed {
      #expect(!kept.contains(line + "\n"))
      #expect(aside.contains(line + "\n"))
    }
    #expect(study.run(["status"]).status == 0, "the study still loads")
    let check = study.run(["check"])
    #expect(check.status == 0)
    #expect(
      check.err.contains("warning: \(removed.count) codings of alice no longer fit the transcript"))
  }

  @Test func aConsensusOnARemovedSegmentRefusesTheImport() throws {
    let study = try TestStudy.sample()
    let consensus = try #require(study.read("Transcripts/PM-01/consensus.tsv"))
    #expect(consensus.contains("\nS6\t"))
    try dropTurn(5, of: "PM-01", in: study)
    let before = study.snapshot()
    let result = study.run(["import", "Transcripts/PM-01/original.txt", "--force"])
    #expect(result.status == 1)
    #expect(
      result.err.contains(
        "the lead's consensus on PM-01 codes segments this re-import removes or shortens (S6"))
    var after = study.snapshot()
    after["Transcripts/PM-01/original.txt"] = before["Transcripts/PM-01/original.txt"]
    #expect(after == before, "nothing but the edited source differs")
  }

  @Test func anOpenCodingScreenBlocksTheReimport() throws {
    let study = try TestStudy.sample()
    try dropTurn(5, of: "PM-04", in: study)
    let project = Project(root: study.root, currentFolder: study.root)
    let lock = try project.lockSheet(
      of: try #require(ThemaCoreID.coder("alice")),
      for: try #require(ThemaCoreID.transcript("PM-04")),
      purpose: "coding screen of alice")
    let transcript = study.read("Transcripts/PM-04/transcript.txt")
    let result = study.run(["import", "Transcripts/PM-04/original.txt", "--force"])
    #expect(result.status == 1)
    #expect(result.err.contains("coding screen of alice"))
    #expect(study.read("Transcripts/PM-04/transcript.txt") == transcript)
    _ = consume lock
  }
}
