import Foundation
import Testing

@testable import ThemaCore

@Suite struct CodeReportTests {
  typealias M = MiniStudy

  func path(_ text: String) throws -> CodePath { try #require(CodePath(parsing: text)) }

  func study() throws -> Study {
    try M.study([
      try M.coding("A-1", 2, "T1/1/1a", span: (0, 28), starred: true, memo: "hiring rule"),
      try M.coding("A-2", 2, "T1/1/1b"), try M.coding("A-2", 4, "T1/1/1a"),
      try M.coding("A-3", 2, "T1/2"),
    ])
  }

  @Test func listsEveryCodingOfACodeByInterview() throws {
    let report = try CodeReport.build(M.collation(study()), codes: [path("T1/1/1a")])
    let section = try #require(report.sections.first)
    #expect(section.label == "Subtheme 1a")
    #expect(section.groups.map(\.transcript.rawValue) == ["A-1", "A-2"])
    #expect(section.codingCount == 2)
    let item = try #require(section.groups.first?.items.first)
    #expect(item.text == "We hire for lived experience…", "the span ends inside a sentence")
    #expect(item.isStarred)
    #expect(item.memo == "hiring rule")
    #expect(item.coders.map(\.rawValue) == ["alice"])
    #expect(item.before.isEmpty && item.after.isEmpty)
    #expect(section.groups[0].attribution == "A-1, Manager, North")
  }

  @Test func includesTheCodesBelowWhenAsked() throws {
    let collation = try M.collation(study())
    let alone = try CodeReport.build(collation, codes: [path("T1/1")])
    #expect(alone.sections[0].codingCount == 0)
    let withChildren = try CodeReport.build(
      collation, codes: [path("T1/1")], includeChildren: true)
    #expect(
      withChildren.sections[0].groups.flatMap(\.items).map(\.code.description) == [
        "T1/1/1a", "T1/1/1b", "T1/1/1a",
      ])
  }

  @Test func showsContextSegmentsWithinTheTranscript() throws {
    let report = try CodeReport.build(
      M.collation(study()), codes: [path("T1/1/1a")], context: 1)
    let first = try #require(report.sections[0].groups[0].items.first)
    #expect(first.before.map(\.segment.rawValue) == ["S1"])
    #expect(first.after.map(\.segment.rawValue) == ["S3"])
    let last = try #require(report.sections[0].groups[1].items.first)
    #expect(last.segment.rawValue == "S4")
    #expect(last.before.map(\.segment.rawValue) == ["S3"])
    #expect(last.after.isEmpty, "S4 is the last segment")
  }

  @Test func countsPerAttributeValue() throws {
    var options = CollateOptions()
    options.splitBy = "county"
    let report = try CodeReport.build(
      M.collation(study()), codes: [path("T1/1/1a"), path("T1/2")], options: options)
    #expect(
      report.sections[0].split == [
        .init(value: "North", interviews: 1, total: 2, codings: 1),
        .init(value: "South", interviews: 1, total: 1, codings: 1),
      ])
    #expect(
      report.sections[1].split == [
        .init(value: "North", interviews: 1, total: 2, codings: 1),
        .init(value: "South", interviews: 0, total: 1, codings: 0),
      ])
    #expect(report.sections[0].groups.map(\.splitValue) == ["North", "South"])
  }

  @Test func asksForEachCodeOnce() throws {
    let report = try CodeReport.build(
      M.collation(study()), codes: [path("T1/2"), path("T1/2")])
    #expect(report.sections.count == 1)
  }

  @Test func exportsPassagesMemosAndContextForThePrivacyCheck() throws {
    let report = try CodeReport.build(
      M.collation(study()), codes: [path("T1/1/1a")], context: 1)
    #expect(
      report.exportedTexts.map { "\($0.part) \($0.transcript) \($0.segment)" } == [
        "quote A-1 S2", "memo A-1 S2", "context A-1 S1", "context A-1 S3", "quote A-2 S4",
        "context A-2 S3",
      ])
  }
}

@Suite struct CodeReportFormatTests {
  typealias M = MiniStudy

  func report() throws -> CodeReport {
    let study = try M.study([
      try M.coding("A-1", 2, "T1/1/1a", memo: "=cmd|' /C calc'!A0"),
      try M.coding("A-2", 2, "T1/1/1a", memo: "<img src=x onerror=alert(1)> & {\\it x}"),
    ])
    return try CodeReport.build(
      M.collation(study), codes: [try #require(CodePath(parsing: "T1/1/1a"))], context: 1)
  }

  @Test func csvNeutralizesAHostileMemo() throws {
    let records = try CSV.parse(try report().csv())
    let memo = try #require(records.first?.firstIndex(of: "memo"))
    #expect(records[1][memo] == "'=cmd|' /C calc'!A0")
    #expect(records[2][memo] == "<img src=x onerror=alert(1)> & {\\it x}")
    let before = try #require(records.first?.firstIndex(of: "context_before"))
    #expect(records[1][before] == "S1 Interviewer: How did you hire?")
  }

  @Test func htmlEscapesAHostileMemo() throws {
    let page = try report().html()
    #expect(!page.contains("<img"))
    #expect(page.contains("Memo: &lt;img src=x onerror=alert(1)&gt; &amp; {\\it x}"))
  }

  @Test func markdownQuotesEachPassageAndEscapesTheMemo() throws {
    let text = try report().markdown()
    #expect(text.contains("\n> We hire for lived experience first, because it is the job"))
    #expect(text.contains("Memo: &lt;img src=x onerror=alert(1)&gt; \\& \\{\\\\it x\\}"))
    #expect(text.contains("*S1 Interviewer: How did you hire?*"))
  }

  @Test func jsonHasEveryItem() throws {
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(try report().json().utf8)) as? [String: Any])
    #expect(object["kind"] as? String == "codeReport")
    let sections = try #require(object["sections"] as? [[String: Any]])
    let groups = try #require(sections.first?["groups"] as? [[String: Any]])
    #expect(groups.map { $0["transcript"] as? String } == ["A-1", "A-2"])
    let items = try #require(groups.first?["items"] as? [[String: Any]])
    #expect(items.first?["memo"] as? String == "=cmd|' /C calc'!A0", "JSON keeps text as it is")
  }
}

extension CodeReportTests {
  @Test func labelsATopLevelCodeByItsPosition() throws {
    let report = try CodeReport.build(
      M.collation(study()), codes: [path("T2"), path("T1/1")], includeChildren: true)
    #expect(report.sections.map(\.label) == ["Table 2", "Theme 1"])
  }
}
