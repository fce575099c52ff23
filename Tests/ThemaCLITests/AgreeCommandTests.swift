import Foundation
import Testing
import ThemaCore

@testable import ThemaCLI

/// `thema agree` on a copy of the sample study. The sample data may change, so these tests check
/// properties (every format parses, figures are in range, gates agree with the figures), not
/// exact values; the exact values are checked in ThemaCoreTests.
@Suite struct AgreeCommandTests {
  static func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  static func pairs(_ root: [String: Any]) -> [[String: Any]] {
    ((root["sections"] as? [[String: Any]]) ?? []).flatMap {
      ($0["pairs"] as? [[String: Any]]) ?? []
    }
  }

  static func value(_ object: Any?, _ path: String...) -> Any? {
    var current = object
    for key in path { current = (current as? [String: Any])?[key] }
    return current
  }

  @Test func tablePrintsUnitLevelFiguresAndCIs() throws {
    let study = try TestStudy.sample()
    let before = study.snapshot()
    let result = study.run(["agree"])
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out.contains("Agreement of alice and bob"))
    #expect(result.out.contains("Unit: segment:"))
    #expect(result.out.contains("counts as agreement"))
    #expect(result.out.contains("level: codes as coded"))
    #expect(result.out.contains("Pooled kappa (De Vries et al. 2008)"))
    #expect(result.out.contains("95% CI ["))
    #expect(result.out.contains("Krippendorff's alpha"))
    #expect(!result.out.contains("\u{1B}["), "no colour when not a terminal")
    #expect(study.snapshot() == before, "agree writes nothing")
  }

  @Test func worstKappaFirst() throws {
    let study = try TestStudy.sample()
    let result = study.run(["agree", "--codebook", "program-managers"])
    let kappas = result.out.split(separator: "\n").compactMap { line -> Double? in
      let fields = line.split(separator: " ", omittingEmptySubsequences: true)
      guard fields.count > 7, fields[5].hasSuffix("%") else { return nil }
      return Double(fields[6])
    }
    #expect(kappas.count > 5)
    #expect(kappas == kappas.sorted())
  }

  @Test func jsonHasEveryFigureInRange() throws {
    let study = try TestStudy.sample()
    let result = study.run(["agree", "--format", "json"])
    #expect(result.status == 0, "\(result.err)")
    let root = try Self.json(result.out)
    #expect(root["formatVersion"] as? Int == 1)
    let pairs = Self.pairs(root)
    #expect(!pairs.isEmpty)
    for pair in pairs {
      #expect(pair["coders"] as? [String] == ["alice", "bob"])
      let codes = try #require(pair["codes"] as? [[String: Any]])
      #expect(!codes.isEmpty)
      for code in codes {
        let kappa = Self.value(code, "figures", "kappa", "estimate", "value") as? Double
        let undefined = Self.value(code, "figures", "kappa", "estimate", "undefined") as? String
        #expect(kappa.map { (-1...1).contains($0) } ?? (undefined != nil))
        let n = try #require(Self.value(code, "figures", "cells", "n") as? Int)
        #expect(n == pair["units"] as? Int)
      }
      let pooled = Self.value(pair, "overall", "pooledKappa", "estimate", "value") as? Double
      let lower = Self.value(pair, "overall", "pooledKappa", "confidenceInterval95", "lower")
      let upper = Self.value(pair, "overall", "pooledKappa", "confidenceInterval95", "upper")
      let low = try #require(lower as? Double)
      let high = try #require(upper as? Double)
      let kappa = try #require(pooled)
      #expect(low <= kappa && kappa <= high)
    }
  }

  @Test func markdownAndCSVForTheMethodsSection() throws {
    let study = try TestStudy.sample()
    let markdown = study.run(["agree", "--format", "md"])
    #expect(markdown.status == 0)
    #expect(markdown.out.hasPrefix("# Inter-rater agreement\n"))
    #expect(markdown.out.contains("| Code | Name | n | Both | alice only | bob only | Neither |"))
    let csv = study.run(["agree", "--format", "csv"])
    #expect(csv.status == 0)
    let records = try CSV.parse(csv.out)
    let header = try #require(records.first)
    #expect(header.prefix(4) == ["codebook", "comparison", "coder_a", "coder_b"])
    #expect(records.allSatisfy { $0.count == header.count })
    #expect(records.contains { $0.contains("(overall)") })
  }

  @Test func explainPrintsFormulasAndAMethodsParagraph() throws {
    let study = try TestStudy.sample()
    let result = study.run(["agree", "--explain", "--unit", "overlap"])
    #expect(result.status == 0)
    #expect(result.out.hasPrefix("METHODS"))
    #expect(result.out.contains("Two coders (alice and bob) independently coded"))
    #expect(result.out.contains("FORMULAS"))
    #expect(result.out.contains("intersection over union"))
    #expect(result.out.contains("REFERENCES"))
  }

  @Test func overlapUnitReportsBrennanPrediger() throws {
    let study = try TestStudy.sample()
    let strict = try Self.json(study.run(["agree", "--overlap", "90", "--format", "json"]).out)
    let loose = try Self.json(study.run(["agree", "--overlap", "10", "--format", "json"]).out)
    #expect(Self.value(strict, "settings", "unit") as? String == "overlap")
    for (a, b) in zip(Self.pairs(strict), Self.pairs(loose)) {
      let strictPercent = Self.value(a, "overall", "overlap", "percentAgreement", "value")
      let loosePercent = Self.value(b, "overall", "overlap", "percentAgreement", "value")
      // A looser overlap can only match more spans.
      #expect(try #require(strictPercent as? Double) <= (try #require(loosePercent as? Double)))
      #expect(Self.value(a, "overall", "brennanPrediger", "value") is Double)
    }
  }

  @Test func themeLevelRollsUpToDepthTwo() throws {
    let study = try TestStudy.sample()
    let root = try Self.json(study.run(["agree", "--level", "theme", "--format", "json"]).out)
    let codes = Self.pairs(root).flatMap { ($0["codes"] as? [[String: Any]]) ?? [] }
    #expect(!codes.isEmpty)
    for code in codes {
      let path = try #require(code["code"] as? String)
      #expect(path.split(separator: "/").count <= 2, "\(path)")
    }
  }

  @Test func byCountyRepeatsTheOverallFigures() throws {
    let study = try TestStudy.sample()
    let result = study.run(["agree", "--by", "county", "--format", "json"])
    let root = try Self.json(result.out)
    for pair in Self.pairs(root) {
      let groups = try #require(pair["groups"] as? [[String: Any]])
      let transcripts = groups.flatMap { ($0["transcripts"] as? [String]) ?? [] }
      #expect(transcripts.sorted() == (pair["transcripts"] as? [String])?.sorted())
    }
    let table = study.run(["agree", "--by", "county"])
    #expect(table.out.contains("By county"))
  }

  @Test func gatesFollowTheFigures() throws {
    let study = try TestStudy.sample()
    let root = try Self.json(study.run(["agree", "--format", "json"]).out)
    let kappas = Self.pairs(root).compactMap {
      Self.value($0, "overall", "pooledKappa", "estimate", "value") as? Double
    }
    let lowest = try #require(kappas.min())
    let pass = study.run(["agree", "--min-kappa", String(lowest - 0.001)])
    #expect(pass.status == 0)
    #expect(pass.err.contains("passed"))
    let fail = study.run(["agree", "--min-kappa", String(min(1, lowest + 0.001))])
    #expect(fail.status == 1)
    #expect(fail.err.contains("below the minimum"))
    #expect(study.run(["agree", "--min-agreement", "0"]).status == 0)
  }

  @Test(arguments: [
    (["--overlap", "0"], "expected a whole number from 1 to 100"),
    (["--overlap", "101"], "expected a whole number from 1 to 100"),
    (["--unit", "segment", "--overlap", "90"], "cannot be used together"),
    (["--unit", "words"], "one of segment, character, document, overlap"),
    (["--level", "zero"], "code, theme, or a depth"),
    (["--min-agreement", "70"], "e.g. 0.70 for 70%"),
  ])
  func usageErrorsExit64(arguments: [String], message: String) throws {
    let study = try TestStudy.sample()
    let result = study.run(["agree"] + arguments)
    #expect(result.status == 64)
    #expect(result.err.contains(message), "\(result.err)")
  }

  @Test(arguments: [
    (["--coders", "alice,carol"], "no coder 'carol' has codings in this project"),
    (["--coders", "alice"], "agreement needs two coders"),
    (["PM-03"], "transcript PM-03 cannot be compared: only alice coded it"),
    (["--by", "region"], "no compared transcript has the attribute 'region'"),
    (["--codebook", "nope"], "no codebook 'nope'"),
  ])
  func nothingToCompareExits1(arguments: [String], message: String) throws {
    let study = try TestStudy.sample()
    let result = study.run(["agree"] + arguments)
    #expect(result.status == 1)
    #expect(result.err.contains(message), "\(result.err)")
    #expect(result.out.isEmpty)
  }

  @Test func codersWhoShareNoTranscript() throws {
    let study = try TestStudy.sample()
    let alice = try #require(study.read("Transcripts/PM-03/codings/alice.tsv"))
    try study.write(
      "Transcripts/PM-03/codings/carol.tsv",
      alice.replacingOccurrences(of: "# coder: alice", with: "# coder: carol"))
    let result = study.run(["agree", "--coders", "bob,carol"])
    #expect(result.status == 1)
    #expect(result.err.contains("bob and carol share no transcript"), "\(result.err)")
    #expect(result.err.contains("carol coded PM-03"))
    // Three coders: every pair that shares a transcript, plus alpha and Fleiss across all.
    let all = try Self.json(study.run(["agree", "--format", "json"]).out)
    let sections = try #require(all["sections"] as? [[String: Any]])
    #expect(sections.contains { $0["multiCoder"] != nil })
  }

  @Test func codesNoLongerInTheCodebookAreReportedNotDropped() throws {
    let study = try TestStudy.sample()
    let path = "Transcripts/PM-01/codings/bob.tsv"
    let bob = try #require(study.read(path))
    try study.write(path, bob + "S4\tT1/9/9z\n")
    let before = study.snapshot()
    let result = study.run(["agree", "--codebook", "program-managers"])
    #expect(result.status == 0, "\(result.err)")
    #expect(result.err.contains("warning:"))
    #expect(result.err.contains("T1/9/9z"))
    #expect(result.out.contains("not counted in any figure: bob: 1 coding of T1/9/9z (PM-01)"))
    let json = try Self.json(
      study.run(["agree", "--codebook", "program-managers", "--format", "json"]).out)
    let setAside = Self.pairs(json).first?["setAside"] as? [[String: Any]]
    #expect(setAside?.first?["code"] as? String == "T1/9/9z")
    #expect(setAside?.first?["count"] as? Int == 1)
    #expect(study.snapshot() == before)
    // Any other error still stops the command before anything is computed.
    try study.write(path, bob + "S4\tT1/1/1a\t9-2\n")
    let broken = study.run(["agree"])
    #expect(broken.status == 1)
    #expect(broken.out.isEmpty)
  }

  @Test func codesNeitherCoderUsedAreListed() throws {
    let study = try TestStudy.sample()
    let path = "Codebooks/program-managers.md"
    let codebook = try #require(study.read(path))
    try study.write(
      path, codebook + "\n#### 9z A code nobody used\nDefinition: Added by a test.\n")
    let root = try Self.json(
      study.run(["agree", "--codebook", "program-managers", "--format", "json"]).out)
    let unused = Self.pairs(root).first?["unusedCodes"] as? [String]
    #expect(unused?.contains { $0.hasSuffix("/9z") } == true)
    let table = study.run(["agree", "--codebook", "program-managers"])
    #expect(table.out.contains("neither coder applied, left out of every figure"))
  }

  @Test func colourOnlyOnATerminal() throws {
    let study = try TestStudy.sample()
    var out = OutputStream.buffer
    var err = OutputStream.buffer
    let environment = CommandEnvironment(
      currentFolder: study.root, stdoutIsTerminal: true, stderrIsTerminal: true)
    let status = Thema.run(["agree"], environment: environment, out: &out, err: &err)
    #expect(status == 0)
    #expect(out.text.contains("\u{1B}["))
  }
}
