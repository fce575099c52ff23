import Foundation
import Testing

@testable import ThemaCore

/// Imports real-shaped samples of every format and compares the transcripts with golden files
/// in `Tests/Fixtures/Import/Golden/`. After a deliberate change, re-record them with
/// `THEMA_RECORD_GOLDEN=1 swift test --filter ImportGoldenTests` and review the diff.
@Suite struct ImportGoldenTests {
  @Test(arguments: [
    ("zoom-interview.vtt", SourceFormat.zoomVTT),
    ("turnchunk_zoom.vtt", .zoomVTT),
    ("turnchunk_teams.vtt", .teamsVTT),
    ("turnchunk_renewal-call.vtt", .teamsVTT),
    ("teams-transcript-formatter_example-transcript.vtt", .teamsVTT),
    ("turnchunk_escaped_tags.vtt", .webVTT),
    ("turnchunk_basic.srt", .srt),
    ("labels.txt", .text),
    ("labels-alone.txt", .text),
    ("long-turn.txt", .text),
    ("unlabeled.txt", .text),
    ("qualcoder_transcript.txt", .text),
    ("turnchunk_bracketed.txt", .text),
    ("rev.txt", .rev),
    ("otter.txt", .otter),
    ("turnchunk_otter.txt", .otter),
    ("zoom_transcript_filter_input_example.txt", .zoomText),
    ("utf16le.txt", .text),
    ("utf16be.txt", .text),
    ("windows-1252.txt", .text),
    ("messy.txt", .text),
    ("interview.docx", .docx),
    ("qualcoder_ID1.docx", .docx),
  ])
  func matchesGolden(file: String, format: SourceFormat) throws {
    let bytes = try ImportFixture.bytes("Import/" + file)
    let id = try #require(TranscriptID(fileName: file))
    let parsed = TranscriptImporter.importSource(
      bytes, fileName: file, file: file, id: id, attributes: ["group": "Fixture"])
    let imported = try parsed.get()
    #expect(imported.format == format)
    let text = imported.transcript.text()
    // What is written must read back as the same transcript.
    #expect(try Transcript.parse(text: text, file: file).get() == imported.transcript)
    let golden = ImportFixture.path("Import/Golden/" + file + ".txt")
    if ProcessInfo.processInfo.environment["THEMA_RECORD_GOLDEN"] != nil {
      try Data(text.utf8).write(to: URL(fileURLWithPath: golden))
      Issue.record("re-recorded \(golden); review the diff and run the tests again")
      return
    }
    let expected = try ImportFixture.text("Import/Golden/" + file + ".txt")
    #expect(text == expected, "\(LineDiff.describe(expected: expected, actual: text))")
  }
}

/// A readable line diff for golden-file failures.
enum LineDiff {
  /// The lines that differ, marked `-` (expected) and `+` (actual), with their numbers.
  static func describe(expected: String, actual: String) -> String {
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out = ""
    for index in 0..<max(a.count, b.count) {
      let left = index < a.count ? String(a[index]) : nil
      let right = index < b.count ? String(b[index]) : nil
      if left != right {
        if let left { out += "\n-\(index + 1): \(left)" }
        if let right { out += "\n+\(index + 1): \(right)" }
      }
    }
    return out
  }
}
