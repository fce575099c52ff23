import Foundation
import Testing

@testable import ThemaCLI

/// Exports refuse quotes that still hold a name from `.thema/redactions.txt`.
@Suite struct ExportPrivacyTests {
  static let table = ["table", "--codebook", "program-managers", "--out", "Exports/table.md"]

  func study(redacting names: String) throws -> TestStudy {
    let study = try TestStudy.sampleWithExports()
    try study.write(".thema/redactions.txt", names)
    return study
  }

  @Test func aTableWithANameInAQuoteIsRefusedAndNothingIsWritten() throws {
    let study = try study(redacting: "# real names\nmarco => [peer]\n")
    let before = study.snapshot()
    let result = study.run(Self.table)
    #expect(result.status == 1)
    #expect(study.snapshot() == before)
    let lines = result.err.split(separator: "\n")
    let error = try #require(lines.first { $0.contains("error:") })
    #expect(error.hasPrefix("Transcripts/PM-02/transcript.txt:"), "names the transcript file")
    let place = error.split(separator: ":").dropFirst().prefix(2).compactMap { Int($0) }
    #expect(place.count == 2, "with a line and a column: \(error)")
    #expect(error.contains("error: the quote from PM-02 S"))
    #expect(error.contains("contains 'marco', a name on the study's redaction list"))
    #expect(error.contains("pass --allow-identifiers to export it anyway. Nothing was written"))
    let file = try #require(study.read("Transcripts/PM-02/transcript.txt"))
    let line = file.split(separator: "\n", omittingEmptySubsequences: false)[place[0] - 1]
    #expect(line.dropFirst(place[1] - 1).hasPrefix("Marco"), "the column points at the name")
  }

  @Test func allowIdentifiersExportsWithAWarning() throws {
    let study = try study(redacting: "Marco\n")
    let result = study.run(Self.table + ["--allow-identifiers"])
    #expect(result.status == 0)
    #expect(result.err.contains("warning: the quote from PM-02 S"))
    #expect(study.read("Exports/table.md")?.contains("Marco") == true)
  }

  @Test func nameOnlyInAContextSegmentIsFoundToo() throws {
    let study = try study(redacting: "Marco\n")
    let plain = study.run(["report", "T1/1/1c"])
    #expect(plain.status == 0, "no name in the passages themselves: \(plain.err)")
    let withContext = study.run(["report", "T1/1/1c", "--context", "2"])
    #expect(withContext.status == 1)
    #expect(withContext.err.contains("error: the context from PM-02 S"))
    #expect(withContext.out.isEmpty)
  }

  @Test func exportAllChecksEveryFileBeforeWritingAny() throws {
    let study = try study(redacting: "Marco\n")
    let before = study.snapshot()
    let result = study.run(["export", "--all"])
    #expect(result.status == 1)
    #expect(study.snapshot() == before)
  }

  @Test func aStudyWithoutARedactionListExports() throws {
    let study = try TestStudy.sampleWithExports()
    #expect(study.run(Self.table).status == 0)
  }
}
