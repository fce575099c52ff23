import Foundation
import Testing

@testable import ThemaCLI

/// `thema import` end to end, in process, on temporary copies of the sample study.
@Suite struct ImportCommandTests {
  /// Copies fixtures from `Tests/Fixtures/Import/` into `raw/` of the study.
  private func copyFixtures(_ names: [String], into study: TestStudy) throws {
    try FileManager.default.createDirectory(
      atPath: study.root + "/raw", withIntermediateDirectories: true)
    for name in names {
      try FileManager.default.copyItem(
        atPath: repositoryRoot + "/Tests/Fixtures/Import/" + name,
        toPath: study.root + "/raw/" + name)
    }
  }

  @Test func importsAZoomRecordingAndAWordDocument() throws {
    let study = try TestStudy.sample()
    try copyFixtures(["zoom-interview.vtt", "interview.docx"], into: study)
    let result = study.run([
      "import", "raw/zoom-interview.vtt", "raw/interview.docx", "--group", "CAPP participant",
      "--codebook", "capp-participants",
    ])
    #expect(result.status == 0, "\(result.err)")
    let lines = result.out.split(separator: "\n").map { String($0) }
    #expect(
      lines.contains {
        $0.hasPrefix("raw/zoom-interview.vtt") && $0.contains("zoom-interview  zoom-vtt")
          && $0.contains("Dr. Jane Roe, Maria Lopez") && $0.hasSuffix("created")
      })
    #expect(lines.contains { $0.hasPrefix("raw/interview.docx") && $0.contains("docx") })
    #expect(lines.last == "Total: 2 files, 14 segments; 2 created.")
    // The title paragraph before the first label is kept, with a warning naming the file.
    #expect(result.err.contains("raw/interview.docx: warning: text before the first speaker label"))
    let golden = try String(
      contentsOfFile: repositoryRoot + "/Tests/Fixtures/Import/Golden/zoom-interview.vtt.txt",
      encoding: .utf8)
    let written = try #require(study.read("Transcripts/zoom-interview/transcript.txt"))
    #expect(
      written
        == golden.replacingOccurrences(
          of: "group: Fixture\n", with: "codebook: capp-participants\ngroup: CAPP participant\n"))
    let check = study.run(["check"])
    #expect(check.status == 0, "\(check.out)\(check.err)")
    let status = study.run(["status"])
    #expect(
      status.out.contains(
        "CAPP participant  6  CAPP-01 CAPP-02 CAPP-03 CAPP-04 interview zoom-interview"))
  }

  @Test func aBatchGoesOnPastBadFilesAndChangesNothingForThem() throws {
    let study = try TestStudy.sample()
    let bad = [
      "empty.txt", "binary.txt", "no-header.vtt", "broken-timing.vtt", "not-a-zip.docx",
      "truncated.docx", "crc-mismatch.docx", "bomb.docx",
    ]
    try copyFixtures(bad + ["rev.txt"], into: study)
    try FileManager.default.copyItem(
      atPath: study.root + "/raw/rev.txt", toPath: study.root + "/raw/PM-01.txt")
    let before = study.snapshot()
    let result = study.run(
      ["import"] + (bad + ["missing.txt", "PM-01.txt", "rev.txt"]).map { "raw/" + $0 } + [
        "--codebook", "program-managers",
      ])
    #expect(result.status == 1)
    let expected = [
      "raw/empty.txt: error: the file has no text to import",
      "raw/binary.txt: error: the file is not text",
      "raw/no-header.vtt:1:1: error: a WebVTT file starts with the line 'WEBVTT'",
      "raw/broken-timing.vtt:8:1: error: cue 2 has a broken timing line '00:00:02.000 -> 00:00:0x.500'",
      "raw/not-a-zip.docx: error: the file is not a ZIP archive",
      "raw/truncated.docx: error: the ZIP archive is cut short",
      "raw/crc-mismatch.docx: error: 'word/document.xml' in the archive is damaged (CRC-32",
      "raw/bomb.docx: error: 'word/document.xml' in the archive expands",
      "raw/missing.txt: error: cannot read the file",
      "raw/PM-01.txt: error: transcript PM-01 exists already",
    ]
    for message in expected {
      #expect(result.err.contains(message), "missing: \(message)\n\(result.err)")
    }
    #expect(result.out.contains("Total: 11 files, 4 segments; 1 created, 10 failed."))
    // Only the good file was added; nothing that was there changed.
    var after = study.snapshot()
    #expect(after.removeValue(forKey: "Transcripts/rev/transcript.txt") != nil)
    #expect(after == before)
  }

  @Test func aDryRunPrintsWhatWouldBeWrittenAndWritesNothing() throws {
    let study = try TestStudy.sample()
    try copyFixtures(["rev.txt"], into: study)
    let before = study.snapshot()
    let result = study.run([
      "import", "raw/rev.txt", "--id", "PM-09", "--dry-run", "--codebook", "program-managers",
    ])
    #expect(result.status == 0, "\(result.err)")
    #expect(
      result.out.contains("==> Transcripts/PM-09/transcript.txt (would create) <==\nid: PM-09\n"))
    #expect(result.out.contains("S4 | Speaker 2 | 01:02:15\nI manage the outreach team."))
    #expect(result.out.contains("would create"))
    #expect(
      result.out.hasSuffix(
        "Total: 1 file, 4 segments; 1 would create. Dry run: nothing was written.\n"))
    #expect(study.snapshot() == before)
  }

  @Test func reimportNeedsForceListsAffectedCodingsAndKeepsIDs() throws {
    let study = try TestStudy.sample()
    let original = try #require(study.read("Transcripts/PM-03/transcript.txt"))
    // Edit the source: change the words of S6, which alice coded (line 4 of her file).
    let source = try #require(study.read("Transcripts/PM-03/original.vtt"))
    let edited = source.replacingOccurrences(
      of: "We have five peers right now.", with: "We have six peers right now.")
    #expect(edited != source)
    try study.write("raw/PM-03.vtt", edited)
    try study.write("raw/attributes.csv", "id,codebook\nPM-03,program-managers\n")
    let before = study.snapshot()
    let arguments = [
      "import", "raw/PM-03.vtt", "--id", "PM-03", "--attributes", "raw/attributes.csv",
    ]
    let refused = study.run(arguments)
    #expect(refused.status == 1)
    #expect(
      refused.err.contains(
        "raw/PM-03.vtt: error: transcript PM-03 exists already; importing would change 1 segment "
          + "and remove 0, which 1 coding point at (listed above); pass --force to replace it"))
    #expect(
      refused.err.contains(
        "Transcripts/PM-03/codings/alice.tsv:4: note: S6 is coded T2/2/2a, and the re-import "
          + "changes its text"))
    #expect(study.snapshot() == before)

    let forced = study.run(arguments + ["--force"])
    #expect(forced.status == 0, "\(forced.err)")
    #expect(forced.out.contains("replaced"))
    #expect(
      forced.err.contains("Transcripts/PM-03/codings/alice.tsv:4: warning: S6 is coded T2/2/2a"))
    let written = try #require(study.read("Transcripts/PM-03/transcript.txt"))
    #expect(written.contains("S6 | PM-03 | 00:01:18.279\nWe have six peers right now."))
    // Every segment keeps its ID, and only S6 differs (the header gains the source's name,
    // format and digest).
    func body(_ text: String) -> [Substring] {
      let start = text.range(of: "\n\n")?.upperBound ?? text.startIndex
      return text[start...].split(separator: "\n", omittingEmptySubsequences: false)
    }
    let originalLines = body(original)
    let writtenLines = body(written)
    let differing = zip(originalLines, writtenLines).filter { $0 != $1 }
    #expect(originalLines.count == writtenLines.count)
    #expect(differing.count == 1)
    #expect(differing.first?.1.hasPrefix("We have six peers") == true)
    // No coding is lost: S6 is now too short for alice's quote, so that coding moved to the
    // set-aside file, and every other line of her codings file is as it was.
    let codings = try String(
      contentsOfFile: repositoryRoot + "/Transcripts/PM-03/codings/alice.tsv", encoding: .utf8)
    let kept = try #require(study.read("Transcripts/PM-03/codings/alice.tsv"))
    let aside = try #require(study.read("Transcripts/PM-03/set-aside/alice.tsv"))
    let rows = { (text: String) in Set(text.split(separator: "\n").filter { $0.first == "S" }) }
    #expect(rows(kept).union(rows(aside)) == rows(codings))
    #expect(rows(aside).allSatisfy { $0.hasPrefix("S6\t") })
    #expect(!rows(aside).isEmpty)
    #expect(written.contains("source: PM-03.vtt\nsource-format: zoom-vtt\nsource-sha256: "))
  }

  @Test func reimportingTheSameSourceIsUnchanged() throws {
    let study = try TestStudy.sample()
    try copyFixtures(["otter.txt"], into: study)
    let first = study.run(["import", "raw/otter.txt", "--codebook", "capp-participants"])
    #expect(first.status == 0, "\(first.err)")
    let before = study.snapshot()
    let again = study.run(["import", "raw/otter.txt", "--codebook", "capp-participants"])
    #expect(again.status == 0, "\(again.err)")
    #expect(again.out.contains("Total: 1 file, 4 segments; 1 unchanged."))
    #expect(study.snapshot() == before)
  }

  @Test func redactsMapsSpeakersAndRemembersTheNames() throws {
    let study = try TestStudy.sample()
    try copyFixtures(["zoom-interview.vtt"], into: study)
    try study.write("raw/names.txt", "Maria Lopez => P3\nHarbor Clinic\n")
    try study.write("raw/speakers.csv", "speaker,role\nDr. Jane Roe,Interviewer\n")
    let result = study.run([
      "import", "raw/zoom-interview.vtt", "--id", "CAPP-09", "--codebook", "capp-participants",
      "--redact", "raw/names.txt", "--speaker-map", "raw/speakers.csv",
    ])
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out.contains("Interviewer, P3"))
    #expect(
      result.out.contains(
        "Redacted in CAPP-09: 'Harbor Clinic' 1× (S4); 'Maria Lopez' 4× (S2, S4, S5, S7)"))
    #expect(result.out.contains("Added 2 names to .thema/redactions.txt."))
    let written = try #require(study.read("Transcripts/CAPP-09/transcript.txt"))
    #expect(!written.contains("Maria") && !written.contains("Harbor") && !written.contains("Jane"))
    #expect(
      written.contains("S4 | P3 | 00:00:13.020\nSure. My case manager at [redacted] mentioned it"))
    let list = try #require(study.read(".thema/redactions.txt"))
    #expect(list.hasSuffix("Harbor Clinic\nMaria Lopez => P3\n"))
    // The study's list applies to later imports without --redact.
    try copyFixtures(["otter.txt"], into: study)
    let later = study.run(["import", "raw/otter.txt", "--codebook", "capp-participants"])
    #expect(later.status == 0, "\(later.err)")
    #expect(later.out.contains("Redacted in otter: 'Maria Lopez' 2× (S2, S4)"))
  }

  @Test func takesIDsAndAttributesFromACSVKeyedByFile() throws {
    let study = try TestStudy.sample()
    try copyFixtures(["labels.txt", "unlabeled.txt"], into: study)
    try study.write(
      "raw/attributes.csv",
      "file,id,group,County,arm,codebook\nlabels.txt,CAPP-07,CAPP participant,Fresno,coaching,capp-participants\n"
        + "unlabeled.txt,CAPP-08,CAPP participant,Kern,control,capp-participants\n")
    let result = study.run([
      "import", "raw/labels.txt", "raw/unlabeled.txt", "--attributes", "raw/attributes.csv",
    ])
    #expect(result.status == 0, "\(result.err)")
    let header = try #require(study.read("Transcripts/CAPP-07/transcript.txt")).prefix(120)
    #expect(
      header.hasPrefix(
        "id: CAPP-07\narm: coaching\ncodebook: capp-participants\ncounty: Fresno\ngroup: CAPP participant\nsource: labels.txt\n"
      ))
    let status = study.run(["status"])
    #expect(status.out.contains("arm "))
    #expect(status.out.contains("coaching 1"))
    #expect(status.out.contains("Fresno 1"))
  }

  @Test(arguments: [
    (["import", "a.txt", "b.txt", "--id", "X"], "The value 'X' is invalid for '--id'"),
    (["import"], "Missing expected argument '<FILE>'"),
    (["import", "a.txt", "--max-words", "3"], "The value '3' is invalid for '--max-words'"),
  ])
  func usageErrors(arguments: [String], message: String) throws {
    let study = try TestStudy.sample()
    let result = study.run(arguments)
    #expect(result.status == 64)
    #expect(result.err.contains(message), "\(result.err)")
  }

  @Test func refusesFoldersAndTheStudysOwnFiles() throws {
    let study = try TestStudy.sample()
    let before = study.snapshot()
    let result = study.run([
      "import", "Transcripts/PM-01/transcript.txt", "Transcripts/PM-01/codings/alice.tsv",
      "Transcripts/PM-02", "--force",
    ])
    #expect(result.status == 1)
    #expect(
      result.err.contains(
        "Transcripts/PM-01/transcript.txt: error: this is one of the study's own files"))
    #expect(result.err.contains("Transcripts/PM-01/codings/alice.tsv: error: this is one of"))
    #expect(
      result.err.contains(
        "Transcripts/PM-02: error: cannot read the file: it is a folder; name the files in it"))
    #expect(study.snapshot() == before)
  }

  @Test func badOptionFilesStopTheImportBeforeAnySource() throws {
    let study = try TestStudy.sample()
    try copyFixtures(["rev.txt"], into: study)
    try study.write("raw/attributes.csv", "group,county\nA,B\n")
    try study.write("raw/map.csv", "Dr. Roe\n")
    let before = study.snapshot()
    let result = study.run([
      "import", "raw/rev.txt", "--attributes", "raw/attributes.csv", "--speaker-map", "raw/map.csv",
      "--codebook", "program-managers",
    ])
    #expect(result.status == 1)
    #expect(
      result.err.contains("raw/attributes.csv:1: error: the attributes file needs a header row"))
    #expect(result.err.contains("raw/map.csv:1: error: a speaker-map row has 1 field"))
    #expect(study.snapshot() == before)
  }
}
