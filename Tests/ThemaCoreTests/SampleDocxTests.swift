import Foundation
import Testing

@testable import ThemaCore

#if canImport(FoundationXML)
  import FoundationXML
#endif

extension Tag {
  /// Tests that run LibreOffice (`soffice`) when it is installed.
  @Tag static var libreOffice: Self
}

/// The sample study's Word table, `Exports/tables/program-managers.docx` (kept current by the
/// CLI's export test): its parts, its XML and its rows, and LibreOffice opening it for real.
@Suite struct SampleDocxTests {
  static let path = "Exports/tables/program-managers.docx"

  func archive() throws -> TestZipReader {
    let data = try #require(
      FileManager.default.contents(atPath: repositoryRoot + "/" + Self.path),
      "run 'swift run thema export --all' to make \(Self.path)")
    return try TestZipReader([UInt8](data))
  }

  @Test func hasTheMinimalPartsAndTheirRelationships() throws {
    let archive = try archive()
    let names = Set(archive.entries.map(\.name))
    for part in [
      "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
      "word/_rels/document.xml.rels",
    ] {
      #expect(names.contains(part), "\(part) is missing")
    }
    let types = try #require(archive.text("[Content_Types].xml"))
    #expect(types.contains("PartName=\"/word/document.xml\""))
    #expect(types.contains("wordprocessingml.document.main+xml"))
    let rels = try #require(archive.text("_rels/.rels"))
    #expect(rels.contains("Target=\"word/document.xml\""))
    #expect(try #require(archive.text("word/_rels/document.xml.rels")).contains("styles.xml"))
    for entry in archive.entries {
      #expect(throws: Never.self, "\(entry.name) is well-formed") {
        _ = try XMLDocument(data: Data(entry.data))
      }
    }
  }

  @Test func hasOneTablePerTopLevelCodeWithARowPerCodeBelowIt() throws {
    let codebook = try Codebook.parse(
      markdown: repositoryFile("Codebooks/program-managers.md"), name: "program-managers",
      file: "Codebooks/program-managers.md"
    ).get()
    let entries = codebook.flattened()
    let expected = entries.filter { $0.depth == 1 }.map { top in
      1 + entries.filter { $0.depth > 1 && top.path.isAncestor(ofOrEqualTo: $0.path) }.count
    }
    let document = try XMLDocument(
      data: Data(try #require(try archive().text("word/document.xml")).utf8))
    let tables = try document.nodes(forXPath: "//*[local-name()='tbl']")
    #expect(tables.count == expected.count)
    for (table, rows) in zip(tables, expected) {
      #expect(try table.nodes(forXPath: "./*[local-name()='tr']").count == rows)
      let header = try table.nodes(
        forXPath: "./*[local-name()='tr'][1]/*[local-name()='trPr']/*[local-name()='tblHeader']")
      #expect(header.count == 1, "the header row repeats on each page")
      let cells = try table.nodes(forXPath: "./*[local-name()='tr'][2]/*[local-name()='tc']")
      #expect(cells.count == 4)
    }
    let text = document.rootElement()?.stringValue ?? ""
    #expect(text.contains("Theme 1: Lived experience as the foundation of the role"))
    #expect(text.contains("Subtheme 1a: Lived experience as a hiring requirement"))
    #expect(text.contains("(PM-01, Program manager, Los Angeles)"))
  }

  @Test(.tags(.libreOffice)) func libreOfficeConvertsItToAPDFWithPages() throws {
    guard let soffice = Self.findExecutable("soffice") else {
      print("SampleDocxTests: soffice is not installed; skipping the LibreOffice conversion")
      return
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "thema-docx-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let input = folder + "/table.docx"
    try FileManager.default.copyItem(atPath: repositoryRoot + "/" + Self.path, toPath: input)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: soffice)
    process.arguments = [
      "-env:UserInstallation=file://\(folder)/profile", "--headless", "--convert-to", "pdf",
      "--outdir", folder, input,
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(180)
    while process.isRunning && Date() < deadline { usleep(50_000) }
    if process.isRunning {
      process.terminate()
      Issue.record("LibreOffice did not finish converting within 180 s")
      return
    }
    let pdf = try #require(
      FileManager.default.contents(atPath: folder + "/table.pdf"), "LibreOffice made no PDF")
    #expect(pdf.starts(with: Data("%PDF".utf8)))
    let pages = Self.pageCount(String(decoding: pdf, as: UTF8.self))
    #expect(pages >= 4, "each of the four tables starts a page; the PDF has \(pages)")
  }

  /// The number of `/Type /Page` objects (not `/Pages`) in a PDF.
  static func pageCount(_ pdf: String) -> Int {
    var count = 0
    var rest = pdf[...]
    while let range = rest.firstRange(of: "/Type") {
      rest = rest[range.upperBound...]
      let after = rest.drop { $0 == " " || $0 == "\n" || $0 == "\r" }
      if after.hasPrefix("/Page") && !after.hasPrefix("/Pages") { count += 1 }
    }
    return count
  }

  static func findExecutable(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }
}
