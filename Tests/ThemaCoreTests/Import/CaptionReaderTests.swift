import Testing

@testable import ThemaCore

@Suite struct CaptionReaderTests {
  private func turns(vtt: String) throws -> [SpeakerTurn] {
    SpeakerTurn.build(from: try WebVTTReader.read(text: vtt, file: "c.vtt").get().passages)
  }

  @Test func aCueWithoutANameContinuesTheSpeakerAndCuesOfOneSpeakerMerge() throws {
    let vtt = """
      WEBVTT

      1
      00:00:01.000 --> 00:00:02.000
      Ann Lee: We started

      2
      00:00:02.000 --> 00:00:03.000
      in the spring.

      3
      00:00:03.000 --> 00:00:04.000
      Ann Lee: It went well.

      4
      00:00:04.500 --> 00:00:05.000
      Bo Park: Good.

      """
    let result = try turns(vtt: vtt)
    #expect(result.map(\.speaker) == ["Ann Lee", "Bo Park"])
    #expect(result[0].paragraphs.map(\.text) == ["We started in the spring. It went well."])
    #expect(result.map(\.start) == [Timestamp(milliseconds: 1000), Timestamp(milliseconds: 4500)])
    // Where each cue's words start, for splitting long turns later.
    #expect(result[0].paragraphs[0].times.map(\.offset) == [0, 11, 26])
  }

  @Test func readsTeamsVoiceSpansOverLinesWithEntitiesAndHeaderLines() throws {
    let vtt = """
      WEBVTT
      Kind: captions
      Language: en-US

      NOTE Made by Teams

      0a1b/18-0
      00:00:01.000 --> 00:00:03.000
      <v Jane Roe>We&#39;re recording &amp; the
      consent form is signed.</v>

      0a1b/18-1
      00:00:03.000 --> 00:00:04.000
      <v Jane Roe>Let&rsquo;s begin.</v>

      0a1b/19-0
      00:00:04.000 --> 00:00:05.000
      <v.loud Maria Lopez><i>Okay</i>.</v>

      """
    let reading = try WebVTTReader.read(text: vtt, file: "c.vtt").get()
    #expect(reading.format == .teamsVTT)
    let result = SpeakerTurn.build(from: reading.passages)
    #expect(result.map(\.speaker) == ["Jane Roe", "Maria Lopez"])
    #expect(
      result.map { $0.paragraphs[0].text } == [
        "We're recording & the consent form is signed. Let\u{2019}s begin.", "Okay.",
      ])
  }

  @Test func escapedTagsStayText() throws {
    let vtt = "WEBVTT\n\n00:01.000 --> 00:02.000\na &lt; b &amp;&amp; &lt;i&gt;c&lt;/i&gt;\n"
    let result = try turns(vtt: vtt)
    #expect(result.first?.paragraphs.first?.text == "a < b && <i>c</i>")
    #expect(result.first?.speaker == "Unknown")
  }

  @Test func refusesAFileWithoutTheHeader() {
    let parsed = WebVTTReader.read(text: "1\n00:00:01.000 --> 00:00:02.000\nHi.\n", file: "c.vtt")
    #expect(parsed.value == nil)
    #expect(parsed.diagnostics.map(\.problem) == [.importing(.missingWebVTTHeader)])
    #expect(parsed.diagnostics.first?.location?.line == 1)
  }

  @Test func refusesBrokenTimingsNamingTheCueAndLine() {
    let vtt = """
      WEBVTT

      1
      00:00:01.000 --> 00:00:02.000
      Ann: Hi.

      intro-2
      00:00:02.000 -> 00:00:0x.500
      Bo: Hello.

      3
      00:00:05.000 --> 00:00:04.000
      Ann: Backwards.

      """
    let parsed = WebVTTReader.read(text: vtt, file: "c.vtt")
    #expect(parsed.value == nil)
    #expect(
      parsed.diagnostics.map(\.problem) == [
        .importing(.invalidCueTiming(cue: "intro-2", text: "00:00:02.000 -> 00:00:0x.500")),
        .importing(.cueEndsBeforeStart(cue: "3")),
      ])
    #expect(parsed.diagnostics.map { $0.location?.line } == [8, 12])
    #expect(parsed.diagnostics[0].message.contains("cue intro-2"))
  }

  @Test func readsSubRipWithCommasTagsAndNames() throws {
    let srt = """
      1
      00:00:01,000 --> 00:00:03,500
      Alice: The contract {\\an8}renews

      2
      00:00:03,500 --> 00:00:06,000
      automatically.

      3
      00:00:06,000 --> 00:00:08,000
      Bob: <i>Only</i> if nobody objects.

      """
    let reading = try SubRipReader.read(text: srt, file: "c.srt").get()
    #expect(reading.format == .srt)
    let result = SpeakerTurn.build(from: reading.passages)
    #expect(result.map(\.speaker) == ["Alice", "Bob"])
    #expect(
      result.map { $0.paragraphs[0].text } == [
        "The contract renews automatically.", "Only if nobody objects.",
      ])
    #expect(result[1].start == Timestamp(milliseconds: 6000))
  }

  @Test func refusesSubRipWithoutATimingLine() {
    let parsed = SubRipReader.read(text: "1\nHello there.\n", file: "c.srt")
    #expect(parsed.diagnostics.map(\.problem) == [.importing(.cueWithoutTiming(cue: "1"))])
    #expect(parsed.diagnostics.first?.location?.line == 1)
  }

  @Test func detectsCaptionsByContentAndName() {
    #expect(SourceFormat.container(ofText: "WEBVTT\n\n", fileName: "a.txt") == .webVTT)
    #expect(SourceFormat.container(ofText: "Hi", fileName: "a.vtt") == .webVTT)
    #expect(
      SourceFormat.container(ofText: "1\n00:00:01,000 --> 00:00:02,000\nHi\n", fileName: "a.txt")
        == .subRip)
    #expect(SourceFormat.container(ofText: "P3: Hi", fileName: "a.srt") == .subRip)
    #expect(SourceFormat.container(ofText: "1. First point\nSecond", fileName: "a.txt") == .text)
  }
}
