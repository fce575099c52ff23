import Foundation
import Testing
import ThemaCore

/// A `git pull` that changes a coder's codings file while her coding screen is open: the real
/// binary under tmux notices the new file, reloads it and says so, and what she codes next is
/// saved on top of the pulled codings, never over them. Skipped, with the reason printed,
/// when tmux is not installed.
@Suite(.tags(.terminal, .endToEnd)) struct ExternalChangeEndToEndTests {
  @Test func aPullUnderAnOpenScreenIsNoticedAndKept() throws {
    guard let (study, session) = try Tmux.codingScreen(for: "the external-change test") else {
      return
    }
    defer { session.close() }
    let file = "Transcripts/PM-04/codings/alice.tsv"
    let original = try #require(study.read(file))

    // As git does: the new content in a file of its own, renamed over the old one, without
    // Thema's lock.
    let id = try #require(TranscriptID(rawValue: "PM-04"))
    let coder = try #require(Coder(rawValue: "alice"))
    var pulled = CodingSheet.parse(tsv: original, transcript: id, coder: coder, file: file).sheet
    let teammates = Coding(
      transcript: id, segment: SegmentID(number: 3), code: CodePath(components: ["T1", "1", "1b"]),
      memo: "pulled from the team")
    pulled.apply(teammates)
    let incoming = study.root + "/Transcripts/PM-04/codings/.git-incoming"
    try Data(pulled.tsv().utf8).write(to: URL(fileURLWithPath: incoming))
    #expect(rename(incoming, study.root + "/" + file) == 0)
    try session.waitFor("changed by another program")

    session.send(":", "S40", "Enter")
    try session.waitFor("S40 · 40/42")
    session.send("a", "T2/1a", "Enter")
    try session.waitFor("Applied T2/1a")
    try session.killNine()

    var expected = pulled
    expected.apply(
      Coding(
        transcript: id, segment: SegmentID(number: 40),
        code: CodePath(components: ["T2", "1", "1a"])))
    #expect(study.read(file) == expected.tsv())
  }
}
