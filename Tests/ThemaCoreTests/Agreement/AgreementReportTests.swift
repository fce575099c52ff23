import Foundation
import Testing

@testable import ThemaCore

/// The study-level request (which coders, transcripts and codebooks), its errors, the gate, and
/// every output format, on `TinyStudy`.
@Suite struct AgreementReportTests {
  static func coder(_ name: String) -> Coder {
    guard let coder = Coder(rawValue: name) else { preconditionFailure("bad coder \(name)") }
    return coder
  }

  /// TinyStudy as a Study: coders A, B and C (C did not code Y).
  static func study() -> Study {
    var study = Study(
      codebooks: ["tiny": TinyStudy.codebook],
      transcripts: [TinyStudy.x.id: TinyStudy.x, TinyStudy.y.id: TinyStudy.y])
    for set in [TinyStudy.a, TinyStudy.b, TinyStudy.c] {
      for (id, sheet) in set.sheets {
        var renamed = sheet
        renamed.coder = coder(set.name)
        study.sheets[id, default: [:]][coder(set.name)] = renamed
      }
    }
    return study
  }

  @Test func everyPairAndAllCodersByDefault() throws {
    let report = try Self.study().agreementReport(AgreementRequest())
    let section = try #require(report.sections.first)
    #expect(section.pairs.map(\.coders) == [["A", "B"], ["A", "C"], ["B", "C"]])
    #expect(section.pairs.map(\.transcripts.count) == [2, 1, 1])
    #expect(section.multiCoder?.coders == ["A", "B", "C"])
    // Each coder's sheets are not marked done.
    #expect(report.notes.count == 3)
  }

  @Test func namedCodersOnly() throws {
    let report = try Self.study().agreementReport(AgreementRequest(coders: ["B", "A"]))
    #expect(report.comparisons.map(\.pair.coders) == [["B", "A"]])
    #expect(report.sections.first?.multiCoder == nil)
  }

  @Test(arguments: [
    (["A", "Z"], AgreementProblem.unknownCoder(name: "Z", known: ["A", "B", "C"])),
    (["A", "A"], .coderNamedTwice("A")),
    (["A"], .fewerThanTwoCoders(given: ["A"], known: ["A", "B", "C"])),
  ])
  func badCoders(coders: [String], expected: AgreementProblem) {
    #expect(throws: Problem.agreement(expected)) {
      try Self.study().agreementReport(AgreementRequest(coders: coders))
    }
  }

  @Test func coderWhoSharesNoTranscript() throws {
    var study = Self.study()
    // D codes only Y, which C did not code.
    var sheet = TinyStudy.sheet("D", TinyStudy.y, [TinyStudy.coding(TinyStudy.y, 1, "T1/1/1a")])
    sheet.coder = Self.coder("D")
    study.sheets[TinyStudy.y.id]?[Self.coder("D")] = sheet
    #expect(
      throws: Problem.agreement(
        .noSharedTranscripts(coders: ["C", "D"], coded: ["C": ["X"], "D": ["Y"]]))
    ) {
      try study.agreementReport(AgreementRequest(coders: ["C", "D"]))
    }
    let message = Problem.agreement(
      .noSharedTranscripts(coders: ["C", "D"], coded: ["C": ["X"], "D": ["Y"]])
    ).message
    #expect(message.contains("C and D share no transcript"))
    #expect(message.contains("C coded X; D coded Y"))
  }

  @Test func transcriptOnlyOneCoderCoded() {
    #expect(
      throws: Problem.agreement(.transcriptNotDoubleCoded(transcript: "Y", codedBy: ["A"]))
    ) {
      try Self.study().agreementReport(AgreementRequest(transcripts: ["Y"], coders: ["A", "C"]))
    }
  }

  @Test func unknownAttributeAndCodebook() {
    #expect(
      throws: Problem.agreement(.unknownAttribute(name: "region", available: ["county"]))
    ) {
      try Self.study().agreementReport(AgreementRequest(groupBy: "region"))
    }
    #expect(throws: Problem.unknownCodebook(name: "other", available: ["tiny"])) {
      try Self.study().agreementReport(AgreementRequest(codebook: "other"))
    }
  }

  @Test func groupsRepeatTheOverallFigures() throws {
    let report = try Self.study().agreementReport(
      AgreementRequest(coders: ["A", "B"], groupBy: "county"))
    let pair = try #require(report.comparisons.first?.pair)
    #expect(pair.groups.map(\.value) == ["Here", "There"])
    #expect(pair.groups.map(\.transcripts) == [[TinyStudy.x.id], [TinyStudy.y.id]])
    // The "Here" group is transcript X alone: the segment figures worked in AgreementUnitTests.
    let here = try #require(pair.groups.first)
    #expect(abs(try #require(here.overall.kappa.value) - 5.0 / 9.0) < 1e-12)
  }

  @Test func gateFailsBelowTheMinimumAndWhenUndefined() throws {
    let report = try Self.study().agreementReport(AgreementRequest(coders: ["A", "B"]))
    let kappa = try #require(report.comparisons.first?.pair.overall.kappa.value)
    let atKappa = AgreementGate(minimumKappa: kappa).checks(report)
    let above = AgreementGate(minimumKappa: kappa + 0.01).checks(report)
    #expect(atKappa.count == 1 && atKappa.allSatisfy { $0.passed })
    #expect(above.count == 1 && !above.allSatisfy { $0.passed })
    let undefined = AgreementGate.Check(
      codebook: "tiny", coders: ["A", "B"], figure: .kappa, value: .undefined(.singleCategory),
      minimum: -1)
    #expect(!undefined.passed)
  }

  // MARK: Formats

  static func report(unit: AgreementUnit = .segment) throws -> AgreementReport {
    try study().agreementReport(
      AgreementRequest(coders: ["A", "B"], settings: AgreementSettings(unit: unit)))
  }

  @Test func csvHasOneRecordPerCodeAndOverall() throws {
    let report = try Self.report()
    let records = try CSV.parse(report.csv())
    let header = try #require(records.first)
    #expect(records.allSatisfy { $0.count == header.count })
    let pair = try #require(report.comparisons.first?.pair)
    #expect(records.count == 1 + pair.codes.count + 1)
    let column = { (name: String) in header.firstIndex(of: name) ?? -1 }
    let row = try #require(records.first { $0[column("code")] == "T1/1/1b" })
    let figures = try #require(pair.codes.first { $0.path.last == "1b" }?.binary)
    #expect(row[column("kappa")] == String(try #require(figures.kappa.value.value)))
    #expect(row[column("both")] == String(figures.cells.both))
    let overall = try #require(records.last)
    #expect(overall[column("code")] == "(overall)")
    #expect(overall[column("kappa")] == String(try #require(pair.overall.kappa.value)))
  }

  @Test func jsonHasEveryFigureAndSortedKeys() throws {
    let report = try Self.report()
    let text = report.json()
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    let root = try #require(object as? [String: Any])
    #expect(root["formatVersion"] as? Int == 1)
    #expect(Array(root.keys).sorted() == ["formatVersion", "notes", "sections", "settings"])
    let version = try #require(text.firstRange(of: "\"formatVersion\""))
    let notes = try #require(text.firstRange(of: "\"notes\""))
    #expect(version.lowerBound < notes.lowerBound)
    let sections = try #require(root["sections"] as? [[String: Any]])
    let pair = try #require((sections.first?["pairs"] as? [[String: Any]])?.first)
    let codes = try #require(pair["codes"] as? [[String: Any]])
    let oneB = try #require(codes.first { $0["code"] as? String == "T1/1/1b" })
    let kappa = try #require((oneB["figures"] as? [String: Any])?["kappa"] as? [String: Any])
    let estimate = try #require(kappa["estimate"] as? [String: Any])
    let expected = try #require(report.comparisons.first?.pair.codes[1].binary?.kappa.value.value)
    #expect((estimate["value"] as? Double).map { abs($0 - expected) < 1e-15 } == true)
  }

  /// Both coders apply 1a to every segment of X: kappa is undefined, and every format says so
  /// with the reason instead of printing NaN or 1.
  @Test func undefinedFiguresSayWhy() throws {
    let x = TinyStudy.x
    let everywhere = (1...4).map { TinyStudy.coding(x, $0, "T1/1/1a") }
    var study = Study(codebooks: ["tiny": TinyStudy.codebook], transcripts: [x.id: x])
    for name in ["A", "B"] {
      var sheet = TinyStudy.sheet(name, x, everywhere)
      sheet.coder = Self.coder(name)
      study.sheets[x.id, default: [:]][Self.coder(name)] = sheet
    }
    let report = try study.agreementReport(AgreementRequest())
    let figures = try #require(report.comparisons.first?.pair.codes.first?.binary)
    #expect(figures.kappa.value == .undefined(.singleCategory))
    #expect(figures.cells.percentAgreement == .value(1))
    let reason = UndefinedReason.singleCategory.explanation
    #expect(report.json().contains("\"undefined\" : \"singleCategory\""))
    #expect(report.json().contains(reason))
    #expect(report.csv().contains("kappa: " + reason))
    #expect(report.markdown().contains("| undefined |"))
    // JSONSerialization refuses NaN, so parsing proves there is none; no CSV field or Markdown
    // cell is a non-finite number.
    #expect((try? JSONSerialization.jsonObject(with: Data(report.json().utf8))) != nil)
    let fields = try CSV.parse(report.csv()).flatMap { $0 }
    let cells = report.markdown().split(separator: "|").map { $0.trimmed() }
    for field in fields + cells {
      #expect(!["nan", "NaN", "inf", "-inf", "+inf"].contains(field))
    }
  }

  @Test func markdownAndExplanationNameTheUnit() throws {
    for unit in AgreementUnit.allCases {
      let report = try Self.report(unit: unit)
      let markdown = report.markdown()
      #expect(markdown.contains(unit.definition))
      #expect(markdown.contains(unit.neitherRule))
      let explanation = report.explanation(version: "9.9")
      #expect(explanation.contains("Thema 9.9"))
      #expect(explanation.contains("FORMULAS"))
      #expect(explanation.contains(unit.neitherRule))
    }
    let overlap = try Self.report(unit: .overlap)
    #expect(overlap.markdown().contains("Brennan-Prediger"))
    #expect(try CSV.parse(overlap.csv()).first?.contains("brennan_prediger") == true)
  }

  @Test(arguments: [
    (0.125, 2, "0.13"), (-0.004, 2, "0.00"), (-0.005, 2, "-0.01"), (1, 2, "1.00"),
    (0.7, 1, "0.7"), (99.95, 1, "100.0"), (-1.5, 0, "-2"), (0.0001, 3, "0.000"),
  ])
  func fixedDecimals(value: Double, digits: Int, expected: String) {
    #expect(AgreementFormat.fixed(value, digits: digits) == expected)
  }

  @Test(arguments: [
    (-0.01, LandisKoch.poor), (0, .slight), (0.2, .slight), (0.21, .fair),
    (0.39999999999999997, .fair), (0.4000000000000001, .fair), (0.41, .moderate),
    (0.6, .moderate), (0.61, .substantial), (0.8, .substantial), (0.81, .almostPerfect),
    (1, .almostPerfect),
  ])
  func landisKochBands(kappa: Double, expected: LandisKoch) {
    #expect(LandisKoch(kappa: kappa) == expected)
  }

  /// Feinstein and Cicchetti's table B and the 90% / 94% paradox vectors are flagged; table A
  /// (the same 85% agreement, balanced) is not.
  @Test(arguments: [
    ("06_paradox_prevalence_90pct_negative_kappa", true),
    ("07_paradox_prevalence_94pct_kappa_near_zero", true),
    ("08_feinstein_cicchetti_1990_table_A", false), ("09_feinstein_cicchetti_1990_table_B", true),
    ("10_wikipedia_cohen_kappa_50_items", false),
  ])
  func kappaParadoxFlag(id: String, flagged: Bool) throws {
    let table = try OracleVector(id).pairedTable().table
    let binary = BinaryAgreement(cells: table.oneVersusRest(0))
    #expect((binary.paradox != nil) == flagged)
  }

  @Test(arguments: [
    ("code", AgreementLevel.asCoded), ("theme", .theme), ("2", .depth(2)), ("1", .depth(1)),
  ])
  func levelArguments(text: String, expected: AgreementLevel) {
    #expect(AgreementLevel(argument: text) == expected)
    #expect(AgreementLevel(argument: expected.argument) == expected)
  }

  @Test func levelArgumentsRejectNonsense() {
    #expect(AgreementLevel(argument: "0") == nil)
    #expect(AgreementLevel(argument: "zero") == nil)
  }

  /// Without a level called "Theme", the theme is the level above the deepest codes.
  @Test func themeDepthWithoutLevelNames() {
    var codebook = TinyStudy.codebook
    #expect(AgreementLevel.theme.depth(in: codebook) == 2)
    codebook.levels = []
    #expect(AgreementLevel.theme.depth(in: codebook) == 2)
    codebook.levels = ["Domain", "Theme"]
    #expect(AgreementLevel.theme.depth(in: codebook) == 2)
    codebook.levels = ["Theme", "Subtheme", "Detail"]
    #expect(AgreementLevel.theme.depth(in: codebook) == 1)
  }
}
