import Foundation
import Testing
import ThemaCore

/// The real `thema resolve` in a real terminal: tmux runs the resolve screen on a copy of the
/// sample study, real keystrokes decide two disagreements with rationales, `kill -9` ends the
/// process, and consensus.tsv and decisions.jsonl must hold exactly those decisions. Skipped,
/// with the reason printed, when tmux is not installed (CI installs it).
@Suite(.tags(.terminal, .endToEnd)) struct ResolveScreenEndToEndTests {
  @Test func resolvesWithRealKeysAndLosesNothingToKillNine() throws {
    guard let tmux = Tmux.find() else {
      print("Skipping the resolve screen's end-to-end test: tmux is not installed.")
      return
    }
    let binary = try Tmux.thema()
    let study = try TestStudy.sample()
    let diff = study.run(["diff", "PM-05"]).out
    let header = try #require(diff.split(separator: "\n").first).split(separator: " ")
    let total = try #require(header.firstIndex(of: "disagreements").flatMap { Int(header[$0 - 1]) })
    let session = tmux.session(in: study.root, command: "exec \(binary) resolve PM-05 --lead lee")
    defer { session.close() }
    try session.waitFor("PM-05 · alice vs bob · lead lee")
    try session.waitFor("0 of \(total) decided")
    session.send("2")
    try session.waitFor("Why?")
    session.send("Bob is right here", "Enter")
    try session.waitFor("1 of \(total) decided")
    session.send("0")
    try session.waitFor("Why?")
    session.send("Enter")
    try session.waitFor("2 of \(total) decided")
    try session.killNine()

    let log = try #require(study.read("Transcripts/PM-05/decisions.jsonl"))
    let records = try DecisionLog.parse(log, file: "decisions.jsonl").get().records
    let decisions = records.filter { $0.decision != "agreement" }
    #expect(decisions.map(\.decision) == ["second", "neither"])
    #expect(decisions.map(\.rationale) == ["Bob is right here", ""])
    #expect(decisions.allSatisfy { $0.lead == "lee" })
    // The first two disagreements `thema diff` lists, in its order.
    let listed = diff.split(separator: "\n").filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
    #expect(listed.count >= 2)
    let agreements = records.filter { $0.decision == "agreement" }
    #expect(!agreements.isEmpty, "agreements went in without asking")
    let check = study.run(["check"])
    #expect(check.status == 0, "consensus.tsv and decisions.jsonl agree: \(check.err)")
    let after = study.run(["diff", "PM-05"]).out
    #expect(after.contains("decided second by lee: Bob is right here"))
    #expect(after.contains("decided neither by lee"))
  }
}
