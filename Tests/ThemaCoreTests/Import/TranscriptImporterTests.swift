import Testing

@testable import ThemaCore

@Suite struct TranscriptImporterTests {
  private let id = TranscriptID(rawValue: "P3")

  private func run(_ bytes: [UInt8], name: String, options: ImportOptions = ImportOptions())
    throws -> Parsed<ImportedTranscript>
  {
    TranscriptImporter.importSource(
      bytes, fileName: name, file: "in/" + name, id: try #require(id),
      attributes: ["group": "Participant", "note": "two\nlines"], options: options)
  }

  @Test func recordsProvenanceAndAttributes() throws {
    let bytes = Array("Interviewer: Hi.\nP3: Hello.\n".utf8)
    let imported = try run(bytes, name: "p3.txt").get()
    #expect(
      imported.transcript.attributes == [
        "group": "Participant", "note": "two lines", "source": "p3.txt", "source-format": "text",
        "source-sha256": SHA256.hex(of: bytes),
      ])
    #expect(imported.speakers == ["Interviewer", "P3"])
    #expect(imported.encoding == .utf8)
  }

  @Test func importingTwiceGivesTheSameBytes() throws {
    let bytes = try ImportFixture.bytes("Import/zoom-interview.vtt")
    let first = try run(bytes, name: "z.vtt").get().transcript.text()
    let second = try run(bytes, name: "z.vtt").get().transcript.text()
    #expect(first == second)
  }

  @Test func mapsSpeakersThenRedacts() throws {
    let bytes = try ImportFixture.bytes("Import/zoom-interview.vtt")
    let options = ImportOptions(
      speakerMap: SpeakerMap([("Dr. Jane Roe", "Interviewer")]),
      redactions: RedactionList([
        .init(name: "Maria Lopez", replacement: "P3"), .init(name: "Harbor Clinic"),
        .init(name: "Dee", replacement: "[coach]"),
      ]))
    let imported = try run(bytes, name: "z.vtt", options: options).get()
    #expect(imported.speakers == ["Interviewer", "P3"])
    let text = imported.transcript.text()
    #expect(!text.contains("Maria") && !text.contains("Harbor") && !text.contains("Dee,"))
    #expect(text.contains("at [redacted] mentioned") && text.contains("named [coach], and"))
    #expect(imported.redactions.entries.map(\.name) == ["Dee", "Harbor Clinic", "Maria Lopez"])
    #expect(imported.redactions.entries.map(\.count) == [2, 1, 4])
  }

  @Test(arguments: [
    ("empty.txt", ImportProblem.emptySource),
    ("binary.txt", .binarySource),
    ("no-header.vtt", .missingWebVTTHeader),
    ("not-a-zip.docx", .zip(.notAZip)),
    ("truncated.docx", .zip(.truncated(missing: "the central directory's end record"))),
  ])
  func refusesBadInputNamingTheFile(file: String, problem: ImportProblem) throws {
    let parsed = try run(ImportFixture.bytes("Import/" + file), name: file)
    #expect(parsed.value == nil)
    #expect(parsed.diagnostics.map(\.problem) == [.importing(problem)])
    #expect(parsed.diagnostics.first?.location?.file == "in/" + file)
  }

  @Test func refusesCaptionsWithNoText() throws {
    let parsed = try run(Array("WEBVTT\n\nNOTE nothing here\n".utf8), name: "n.vtt")
    #expect(parsed.diagnostics.map(\.problem) == [.importing(.noText)])
  }

  @Test func warnsAboutWindows1252() throws {
    let imported = try run(ImportFixture.bytes("Import/windows-1252.txt"), name: "w.txt").get()
    #expect(imported.encoding == .windows1252)
    #expect(imported.diagnostics.map(\.problem) == [.importing(.decodedAsWindows1252)])
  }

  @Test func reimportKeepsIDsAndExistingAttributes() throws {
    let old = try run(
      Array("Interviewer: Hi.\nP3: Hello there.\nInterviewer: Bye.\n".utf8), name: "a.txt"
    )
    .get().transcript
    var existing = old
    existing.attributes["codebook"] = "participants"
    let edited = try run(
      Array("Interviewer: Hi.\nP3: Hello there, friend.\nInterviewer: Thanks.\nP3: Bye!\n".utf8),
      name: "a.txt"
    ).get().transcript
    let (merged, plan) = TranscriptImporter.reimport(edited, over: existing)
    #expect(merged.segments.map(\.id.rawValue) == ["S1", "S2", "S4", "S5"])
    #expect(plan.changed == [SegmentID(number: 2)])
    #expect(plan.vanished == [SegmentID(number: 3)])
    #expect(merged.attributes["codebook"] == "participants")
    #expect(merged.attributes["source-sha256"] == edited.attributes["source-sha256"])
  }
}
