import Foundation
import Testing

@testable import ThemaCore

extension Tag {
  /// Tests that run `xmllint` when it is installed.
  @Tag static var xmllint: Self
}

/// A study written as a `.qdpx` and read back is the same study; the bytes are the same every
/// time; and the project file is valid against REFI-QDA's schema.
@Suite struct RefiProjectRoundTripTests {
  static func study() throws -> Study {
    var study = try MiniStudy.study(
      [
        try MiniStudy.coding("A-1", 2, "T1/1/1a"),
        try MiniStudy.coding("A-1", 2, "T1/1/1a", span: (8, 23), starred: true, memo: "Hiring"),
        try MiniStudy.coding("A-1", 2, "T1/1/1a", span: (0, 102)),
        try MiniStudy.coding(
          "A-1", 4, "T1/2", memo: "Two lines\nof memo, with <markup> & \"quotes\""),
        try MiniStudy.coding("A-2", 4, "T2/1", span: (0, 11)),
      ],
      bob: [
        try MiniStudy.coding("A-1", 2, "T1/1/1b", span: (24, 50)),
        try MiniStudy.coding("A-2", 2, "T1/1/1a"),
      ])
    let a1 = try MiniStudy.id("A-1")
    var consensus = CodingSheet(transcript: a1, coder: .consensus, isDone: true)
    consensus.apply(try MiniStudy.coding("A-1", 2, "T1/1/1a", span: (8, 23), starred: true))
    study.consensus[a1] = consensus
    study.sheets[a1]?[try #require(Coder(rawValue: "bob"))]?.isDone = true
    let a3 = try MiniStudy.id("A-3")
    study.sheets[a3] = [
      try #require(Coder(rawValue: "carol")): CodingSheet(
        transcript: a3, coder: try #require(Coder(rawValue: "carol")))
    ]
    var transcript = try #require(study.transcripts[a3])
    transcript.segments[1].text = "Ünïcödé 😀 and a | pipe\nand a second line"
    transcript.segments[1].start = Timestamp(milliseconds: 61_250)
    study.transcripts[a3] = transcript
    return study
  }

  static func export(_ study: Study) throws -> [UInt8] {
    try RefiProjectExporter.archive(
      study: study, codebook: MiniStudy.codebook, transcripts: study.transcriptIDs)
  }

  @Test func aStudyComesBackUnchanged() throws {
    let study = try Self.study()
    let imported = RefiProjectImporter.importArchive(try Self.export(study), file: "mini.qdpx")
    #expect(!imported.diagnostics.hasErrors, "\(imported.diagnostics)")
    let result = try #require(imported.value)
    #expect(result.codebook == MiniStudy.codebook)
    #expect(result.evidence == .thema)
    #expect(result.transcripts.map(\.id) == study.transcriptIDs)
    for transcript in result.transcripts {
      #expect(transcript == study.transcripts[transcript.id])
      var expected = study.sheets[transcript.id] ?? [:]
      expected[.consensus] = study.consensus[transcript.id]
      #expect(result.sheets[transcript.id] ?? [:] == expected)
    }
    #expect(imported.diagnostics.isEmpty, "\(imported.diagnostics)")
  }

  /// The mini codebook with a code set and a grouping code that cannot be coded.
  static func codebookWithSets() -> Codebook {
    var codebook = MiniStudy.codebook
    codebook.sets = [
      CodeSet(
        name: "Hiring", guid: "0dcef2f5-e55c-49da-8c33-9b0803c7aeb4",
        description: "Codes about hiring")
    ]
    codebook.codes[0].isCodable = false
    codebook.codes[0].children[0].children[0].sets = ["Hiring"]
    return codebook
  }

  @Test func codeSetsAndGroupingCodesTravelWithTheProject() throws {
    let codebook = Self.codebookWithSets()
    let study = try Self.study()
    let (xml, _) = RefiProjectExporter.project(
      study: study, codebook: codebook, transcripts: study.transcriptIDs)
    #expect(xml.contains("<MemberCode targetGUID="), "project sets name members by targetGUID")
    let archive = try RefiProjectExporter.archive(
      study: study, codebook: codebook, transcripts: study.transcriptIDs)
    let imported = RefiProjectImporter.importArchive(archive, file: "mini.qdpx")
    #expect(!imported.diagnostics.hasErrors, "\(imported.diagnostics)")
    #expect(try #require(imported.value).codebook == codebook)
  }

  /// The study's project as NVivo for Windows would give it back: texts with CRLF line breaks
  /// and a byte-order mark, positions in UTF-16 code units.
  static func throughNVivo(_ study: Study) throws -> [UInt8] {
    let (xml, sources) = RefiProjectExporter.project(
      study: study, codebook: MiniStudy.codebook, transcripts: study.transcriptIDs)
    var positions: [String: [Int]] = [:]
    var archive = RefiTestArchive()
    for source in sources {
      var table: [Int] = []
      var unit = 0
      for scalar in source.text.unicodeScalars {
        table.append(unit)
        unit += scalar == "\n" ? 2 : scalar.utf16.count
      }
      table.append(unit)
      positions[source.guid] = table
      let crlf = source.text.replacingOccurrences(of: "\n", with: "\r\n")
      archive.add("sources/\(source.guid).txt", [0xEF, 0xBB, 0xBF] + Array(crlf.utf8))
    }
    var lines: [String] = []
    var table: [Int] = []
    for line in xml.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = String(line).replacingOccurrences(
        of: "origin=\"Thema\"", with: "origin=\"NVivo 12\"")
      if let guid = positions.keys.first(where: { line.contains("<TextSource guid=\"\($0)\"") }) {
        table = positions[guid] ?? []
      }
      for attribute in ["startPosition", "endPosition"] {
        guard let range = line.range(of: "\(attribute)=\"[0-9]+\"", options: .regularExpression),
          let value = Int(line[range].dropFirst(attribute.count + 2).dropLast())
        else { continue }
        line.replaceSubrange(range, with: "\(attribute)=\"\(table[value])\"")
      }
      lines.append(line)
    }
    archive.add("project.qde", text: lines.joined(separator: "\n"))
    return archive.bytes()
  }

  @Test func aProjectThatWentThroughNVivoComesBackTheSame() throws {
    let study = try Self.study()
    let imported = RefiProjectImporter.importArchive(try Self.throughNVivo(study), file: "n.qdpx")
    #expect(!imported.diagnostics.hasErrors, "\(imported.diagnostics)")
    let result = try #require(imported.value)
    #expect(result.scheme == .utf16)
    for transcript in result.transcripts {
      #expect(transcript == study.transcripts[transcript.id])
      var expected = study.sheets[transcript.id] ?? [:]
      expected[.consensus] = study.consensus[transcript.id]
      #expect(result.sheets[transcript.id] ?? [:] == expected)
    }
  }

  @Test func theSameStudyGivesTheSameBytes() throws {
    let study = try Self.study()
    #expect(try Self.export(study) == Self.export(study))
  }

  @Test func theProjectSaysWhatOtherToolsNeed() throws {
    let (xml, sources) = RefiProjectExporter.project(
      study: try Self.study(), codebook: MiniStudy.codebook,
      transcripts: try Self.study().transcriptIDs)
    #expect(xml.contains("<User guid=\"\(GUID.derived(from: "user:alice"))\" name=\"alice\"/>"))
    #expect(xml.contains("name=\"consensus\""))
    #expect(
      xml.contains("<Variable guid=\"\(GUID.derived(from: "variable:county"))\" name=\"county\""))
    #expect(
      xml.contains("<Description>Thema coders: alice, bob (done), consensus (done)</Description>"))
    #expect(xml.contains("<Description>Thema flags: * (illustrative quote)</Description>"))
    #expect(xml.contains("<PlainTextContent>Two lines\nof memo, with &lt;markup&gt; &amp;"))
    #expect(sources.count == 3)
    #expect(sources[0].text.hasPrefix("S1 | Interviewer\nHow did you hire?\n\nS2 | A-1\n"))
  }

  @Test(.tags(.xmllint)) func theProjectIsValidAgainstTheSchema() throws {
    guard let xmllint = SampleDocxTests.findExecutable("xmllint") else {
      print("RefiProjectRoundTripTests: xmllint is not installed; skipping the schema check")
      return
    }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("thema-xsd-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let (xml, _) = RefiProjectExporter.project(
      study: try Self.study(), codebook: Self.codebookWithSets(),
      transcripts: try Self.study().transcriptIDs)
    let file = folder.appendingPathComponent("project.qde")
    try Data(xml.utf8).write(to: file)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: xmllint)
    process.arguments = [
      "--noout", "--schema", repositoryRoot + "/Tests/Fixtures/Refi/Project.xsd", file.path,
    ]
    let pipe = Pipe()
    process.standardError = pipe
    process.standardOutput = pipe
    try process.run()
    process.waitUntilExit()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(process.terminationStatus == 0, "xmllint: \(output)")
  }
}
