import Foundation
import Testing

@testable import ThemaCore

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Every format of a quote table full of hostile strings: nothing may run, break the table or
/// stop the document from opening.
@Suite struct QuoteTableFormatTests {
  typealias H = HostileTable

  @Test func csvNeutralizesFormulasAndRoundTrips() throws {
    let table = try H.table()
    let records = try CSV.parse(table.csv())
    #expect(records.count == 3)
    let header = try #require(records.first)
    let quoteColumns = header.indices.filter { header[$0].hasPrefix("quote_") }
    #expect(quoteColumns.count == 6)
    let row = records[1]
    let expected = table.sections[0].rows[0].quotes.map(\.text)
    for (column, text) in zip(quoteColumns, expected) {
      #expect(row[column] == "'" + text, "a cell starting with \(text.prefix(1)) is neutralized")
    }
    let attribution = try #require(header.firstIndex(of: "attribution_1"))
    #expect(row[attribution] == "X-1, \(H.script)", "other cells are left as they are")
    #expect(records[2][header.firstIndex(of: "name") ?? 0] == "Plain")
  }

  @Test func csvCanStartWithAByteOrderMarkForExcel() throws {
    let text = try H.table().csv(
      options: CSV.Options(byteOrderMark: true, neutralizeFormulas: true))
    #expect(text.unicodeScalars.first == "\u{FEFF}")
    #expect(try CSV.parse(text).first?.first == "table")
    #expect(text.hasSuffix("\r\n"), "RFC 4180 records end in CRLF")
  }

  @Test func csvWithoutNeutralizingKeepsTheFormula() throws {
    let records = try CSV.parse(try H.table().csv(options: CSV.Options()))
    #expect(records[1].contains(H.formula))
  }

  @Test func htmlEscapesEveryText() throws {
    let page = try H.table().html()
    #expect(!page.contains("<script"))
    #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
    #expect(page.components(separatedBy: "<tr").count - 1 == 3, "a header row and two rows")
    #expect(!page.contains("\u{1B}") && !page.contains("\u{0}"))
    #expect(page.hasPrefix("<!DOCTYPE html>"))
    #expect(!page.contains("src=") && !page.contains("href="), "self-contained")
  }

  @Test func markdownKeepsEveryRowInItsCells() throws {
    let text = try H.table().markdown()
    let tableLines = text.split(separator: "\n").filter { $0.hasPrefix("|") }
    #expect(tableLines.count == 4, "header, rule, two rows")
    for line in tableLines {
      #expect(unescapedCount("|", in: line) == 5, "four cells in: \(line.prefix(60))")
    }
    #expect(!text.contains("<script"))
    #expect(!text.contains("\u{1B}"))
  }

  @Test func latexEscapesEverySpecialCharacter() throws {
    let text = try H.table().latex()
    let body = text.split(separator: "\n").filter { !$0.hasPrefix("%") }
    for line in body {
      for special in ["%", "$", "#", "_"] {
        #expect(unescapedCount(Character(special), in: line) == 0, "\(special) in: \(line)")
      }
    }
    let hostileRow = try #require(body.first { $0.contains("Theme 1") })
    #expect(unescapedCount("&", in: hostileRow) == 3, "four cells, so three column separators")
    #expect(!text.contains("\\input{"))
    #expect(text.contains("\\begin{longtable}") && text.contains("\\endhead"))
    #expect(
      text.contains("\\toprule") && text.contains("\\midrule") && text.contains("\\bottomrule"))
  }

  @Test func jsonKeepsEveryTextExactly() throws {
    let table = try H.table()
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(table.json().utf8)) as? [String: Any])
    #expect(object["formatVersion"] as? Int == 1)
    #expect(object["kind"] as? String == "quoteTable")
    let sections = try #require(object["sections"] as? [[String: Any]])
    let rows = try #require(sections.first?["rows"] as? [[String: Any]])
    let quotes = try #require(rows.first?["quotes"] as? [[String: Any]])
    #expect(quotes.map { $0["text"] as? String } == table.sections[0].rows[0].quotes.map(\.text))
    #expect(quotes.first?["span"] is NSNull, "a whole segment has a null span")
  }

  @Test func docxIsWellFormedWithARepeatedHeaderRow() throws {
    let table = try H.table()
    let archive = try TestZipReader(try table.docx())
    #expect(
      archive.entries.map(\.name) == [
        "[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "word/document.xml",
        "word/styles.xml", "word/_rels/document.xml.rels",
      ])
    for entry in archive.entries {
      #expect(throws: Never.self, "\(entry.name) is well-formed XML") {
        _ = try XMLDocument(data: Data(entry.data))
      }
    }
    let document = try XMLDocument(data: Data(try #require(archive.text("word/document.xml")).utf8))
    let rows = try document.nodes(forXPath: "//*[local-name()='tr']")
    #expect(rows.count == 3)
    let headers = try document.nodes(
      forXPath: "//*[local-name()='tr'][1]/*[local-name()='trPr']/*[local-name()='tblHeader']")
    #expect(headers.count == 1, "the header row repeats on every page")
    let texts = try document.nodes(forXPath: "//*[local-name()='t']").compactMap(\.stringValue)
    #expect(texts.contains("\(H.tex) bell escape[31m nul end"), "control characters are dropped")
    #expect(texts.contains("Theme 1: \(H.script) \(H.pipes)"))
    #expect(texts.contains("\u{201C}\(H.formula)\u{201D} "))
  }

  @Test func docxBytesAreTheSameEveryTime() throws {
    let table = try H.table()
    #expect(try table.docx() == table.docx())
  }

  /// How often `character` occurs in `line` without a backslash before it.
  func unescapedCount(_ character: Character, in line: some StringProtocol) -> Int {
    var count = 0
    var previous: Character?
    for current in line {
      if current == character && previous != "\\" { count += 1 }
      previous = current == "\\" && previous == "\\" ? nil : current
    }
    return count
  }
}

extension Tag {
  /// Tests that run LaTeX (`pdflatex`) when it is installed.
  @Tag static var latex: Self
}

extension QuoteTableFormatTests {
  @Test(.tags(.latex)) func pdflatexTypesetsTheHostileTable() throws {
    guard let pdflatex = SampleDocxTests.findExecutable("pdflatex") else {
      print("QuoteTableFormatTests: pdflatex is not installed; skipping the LaTeX build")
      return
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "thema-tex-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let document =
      "\\documentclass{article}\n\\usepackage[T1]{fontenc}\n"
      + "\\usepackage{booktabs,longtable,array}\n\\begin{document}\n"
      + (try H.table().latex()) + "\\end{document}\n"
    try Data(document.utf8).write(to: URL(fileURLWithPath: folder + "/table.tex"))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: pdflatex)
    process.arguments = [
      "-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "table.tex",
    ]
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    let log = (try? String(contentsOfFile: folder + "/table.log", encoding: .utf8)) ?? ""
    #expect(process.terminationStatus == 0, "pdflatex failed: \(log.suffix(600))")
    #expect(FileManager.default.fileExists(atPath: folder + "/table.pdf"))
    #expect(!log.contains("(/etc/passwd"), "\\input never opened the file")
  }
}
