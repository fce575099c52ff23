import Foundation
import Testing

@Suite struct AgreeConsensusTests {
  /// A consensus that takes alice's side on every disagreement and keeps alice's spans holds
  /// exactly her codes, so alice against the consensus agrees perfectly and bob does not.
  @Test func eachCoderIsComparedWithTheConsensus() throws {
    let study = try TestStudy.sample()
    #expect(study.run(["resolve", "PM-05", "--lead", "lee", "--auto", "agreements"]).status == 0)
    let diff = study.run(["diff", "PM-05"]).out
    var decide: [String] = []
    var segment = ""
    for line in diff.split(separator: "\n") {
      if line.first == "S", let id = line.split(separator: " ").first { segment = String(id) }
      if line.hasPrefix("  "), !line.hasPrefix("   "), let code = line.split(separator: " ").first {
        decide += ["--decide", "\(segment):\(code)=alice"]
      }
    }
    #expect(!decide.isEmpty)
    let resolved = study.run(["resolve", "PM-05", "--lead", "lee"] + decide)
    #expect(resolved.status == 0, "\(resolved.err)")
    let result = study.run(["agree", "PM-05", "--consensus", "--format", "json"])
    #expect(result.status == 0, "\(result.err)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
    let text = String(describing: json)
    #expect(text.contains("consensus"))
    let table = study.run(["agree", "PM-05", "--consensus"]).out
    #expect(table.contains("Agreement of alice and consensus"))
    #expect(table.contains("Agreement of bob and consensus"))
    let aliceSection = try #require(
      table.components(separatedBy: "Agreement of alice and consensus").last)
    let aliceOnly = try #require(
      aliceSection.components(separatedBy: "Agreement of bob and consensus").first)
    #expect(aliceOnly.contains("Pooled kappa (De Vries et al. 2008)  1.00"))
    #expect(aliceOnly.contains("Percent agreement                    100.0%"))
    // The consensus comparisons are not reliability figures: a gate looks at alice and bob only.
    let gated = study.run(["agree", "PM-05", "--consensus", "--min-kappa", "0.99"])
    #expect(gated.status == 1)
    #expect(!gated.err.contains("consensus"), "\(gated.err)")
  }
}
