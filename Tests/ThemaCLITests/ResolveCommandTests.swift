import Foundation
import Testing
import ThemaStore

@Suite struct ResolveCommandTests {
  @Test func diffListsDisagreementsWithTextAndDefinitions() throws {
    let study = try TestStudy.sample()
    let result = study.run(["diff", "PM-01"])
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out.hasPrefix("PM-01: alice vs bob  "))
    #expect(result.out.contains("Definition: "))
    #expect(result.out.contains("    alice  -\n") || result.out.contains("    bob    -\n"))
    let oneCoder = study.run(["diff", "PM-04"])
    #expect(oneCoder.status == 1)
    #expect(oneCoder.err.contains("comparing needs two coders, and PM-04 is coded by alice only"))
  }

  @Test func theOverlapUnitAlsoListsQuotesThatDoNotOverlapEnough() throws {
    let study = try TestStudy.sample()
    func counts(_ arguments: [String]) throws -> (Int, Int) {
      let out = study.run(["diff", "PM-05"] + arguments).out
      let words = try #require(out.split(separator: "\n").first).split(separator: " ")
      let disagreements = try #require(
        words.firstIndex(of: "disagreements").map { Int(words[$0 - 1]) } ?? nil)
      let agreements = try #require(
        words.firstIndex { $0.hasPrefix("agreement") }.map { Int(words[$0 - 1]) } ?? nil)
      return (disagreements, agreements)
    }
    let segment = try counts([])
    let strict = try counts(["--unit", "overlap", "--overlap", "100"])
    let loose = try counts(["--overlap", "1"])
    #expect(strict.0 > segment.0, "exact spans rarely match, so more is listed")
    #expect(strict.0 + strict.1 == segment.0 + segment.1)
    #expect(loose.0 >= segment.0 && loose.0 <= strict.0)
    #expect(
      study.run(["diff", "PM-05", "--unit", "overlap"]).out.contains(
        "(spans do not overlap enough)"))
    #expect(study.run(["diff", "PM-05", "--overlap", "0"]).status == 64)
  }

  @Test func scriptedResolutionWritesConsensusAndAuditTrail() throws {
    let study = try TestStudy.sample()
    let coders = ["Transcripts/PM-05/codings/alice.tsv", "Transcripts/PM-05/codings/bob.tsv"].map {
      study.read($0)
    }
    let auto = study.run(["resolve", "PM-05", "--lead", "lee", "--auto", "agreements"])
    #expect(auto.status == 0, "\(auto.err)")
    #expect(auto.out.contains("agreements accepted"))
    let diff = study.run(["diff", "PM-05"]).out
    let keys = disagreementKeys(diff)
    #expect(!keys.isEmpty)
    var arguments = ["resolve", "PM-05", "--lead", "lee", "--rationale", "as discussed"]
    for key in keys { arguments += ["--decide", "\(key)=both"] }
    let decided = study.run(arguments)
    #expect(decided.status == 0, "\(decided.err)")
    #expect(decided.out.contains("the consensus is complete"))
    let consensus = try #require(study.read("Transcripts/PM-05/consensus.tsv"))
    #expect(consensus.hasPrefix("# transcript: PM-05\n# coder: consensus\n# status: done\n"))
    let log = try #require(study.read("Transcripts/PM-05/decisions.jsonl"))
    #expect(log.contains("\"rationale\":\"as discussed\""))
    #expect(log.contains("\"lead\":\"lee\""))
    #expect(
      coders
        == ["Transcripts/PM-05/codings/alice.tsv", "Transcripts/PM-05/codings/bob.tsv"].map {
          study.read($0)
        })
    #expect(study.run(["check"]).status == 0)
    let undo = study.run(["resolve", "PM-05", "--lead", "lee", "--undo"])
    #expect(undo.out.contains("undid "))
    #expect(study.read("Transcripts/PM-05/consensus.tsv")?.contains("# status: done") == false)
  }

  @Test func badDecisionsChangeNothing() throws {
    let study = try TestStudy.sample()
    let before = study.snapshot()
    let cases: [([String], String)] = [
      (
        ["--decide", "S6:T1/1a=first"],
        "neither coder applied that code to that segment (S6:T1/1/1a)"
      ),
      (["--decide", "S6:T2/1a=maybe"], "is not SEGMENT:CODE=DECISION"),
      (["--decide", "S6=first"], "is not a segment ID"),
      ([], "the resolve screen needs a terminal"),
    ]
    for (extra, message) in cases {
      let result = study.run(["resolve", "PM-01", "--lead", "lee"] + extra)
      #expect(result.status == 1, "\(extra)")
      #expect(result.err.contains(message), "\(extra): \(result.err)")
    }
    let single = study.run(["resolve", "PM-03", "--lead", "lee", "--auto", "agreements"])
    #expect(single.err.contains("coded by alice only"))
    #expect(study.snapshot() == before)
  }

  @Test func twoLeadsCannotResolveAtOnce() throws {
    let study = try TestStudy.sample()
    let project = Project(root: study.root, currentFolder: study.root)
    let lock = try project.lockFile(
      "Transcripts/PM-01/consensus.tsv", purpose: "thema resolve by kim")
    let result = study.run(["resolve", "PM-01", "--lead", "lee", "--auto", "agreements"])
    #expect(result.status == 1)
    #expect(result.err.contains("(thema resolve by kim"))
    _ = consume lock
  }

  @Test func aHandEditedConsensusIsReported() throws {
    let study = try TestStudy.sample()
    #expect(study.run(["resolve", "PM-01", "--lead", "lee", "--auto", "agreements"]).status == 0)
    let consensus = try #require(study.read("Transcripts/PM-01/consensus.tsv"))
    try study.write("Transcripts/PM-01/consensus.tsv", consensus + "S9999\tT1/1/1a\n")
    let check = study.run(["check"])
    #expect(check.status == 1)
    #expect(check.err.contains("Transcripts/PM-01/consensus.tsv:"))
    #expect(check.err.contains("transcript PM-01 has no segment 'S9999'"))
    let lines = consensus.split(separator: "\n", omittingEmptySubsequences: false)
    try study.write(
      "Transcripts/PM-01/consensus.tsv", lines.dropLast(2).joined(separator: "\n") + "\n")
    let dropped = study.run(["check"])
    #expect(dropped.status == 1)
    #expect(
      dropped.err.contains(
        "consensus.tsv: error: the consensus differs from what the decision log records"))
  }

  /// The `SEGMENT:CODE` keys of the disagreements `thema diff` lists.
  func disagreementKeys(_ diff: String) -> [String] {
    var keys: [String] = []
    var segment = ""
    for line in diff.split(separator: "\n", omittingEmptySubsequences: false) {
      if let first = line.first, first == "S", let id = line.split(separator: " ").first {
        segment = String(id)
      }
      if line.hasPrefix("  "), !line.hasPrefix("   "), let code = line.split(separator: " ").first {
        keys.append("\(segment):\(code)")
      }
    }
    return keys
  }
}
