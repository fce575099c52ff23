import Testing

@testable import ThemaCore

@Suite struct LabeledTextReaderTests {
  private func turns(_ text: String) -> [SpeakerTurn] {
    SpeakerTurn.build(from: LabeledTextReader.read(text: text, file: "t.txt").passages)
  }

  @Test(arguments: [
    ("Interviewer", true), ("P3", true), ("PM-01", true), ("Participant 03", true),
    ("Speaker 1", true), ("INT", true), ("id1", true), ("Maria Lopez", false),
    ("So here's the thing", false), ("10", false), ("https", false),
  ])
  func recognizesRoles(name: String, isRole: Bool) {
    #expect(SpeakerLabel.isRole(name[...]) == isRole)
  }

  @Test(arguments: [
    ("Maria Lopez", true, true), ("Ana de la Cruz", true, true), ("Dr. Jane Roe", true, true),
    ("jsmith", false, true), ("So here's the thing", false, true),
    ("Well, you know", false, false), ("Why?", false, false), ("a b c d e f", false, false),
    ("", false, false), ("12", false, false),
  ])
  func judgesNames(name: String, strict: Bool, relaxed: Bool) {
    #expect(SpeakerLabel.isPlausibleName(name[...], strict: true) == strict)
    #expect(SpeakerLabel.isPlausibleName(name[...], strict: false) == relaxed)
  }

  @Test func aCapitalizedNameIsALabelWhenItLabelsTwoLines() {
    let once = turns("Maria Lopez: hello there.\nInterviewer: Hi.\n")
    #expect(once.map(\.speaker) == ["Unknown", "Interviewer"])
    let twice = turns("Maria Lopez: hello.\nInterviewer: Hi.\nMaria Lopez: Bye.\n")
    #expect(twice.map(\.speaker) == ["Maria Lopez", "Interviewer", "Maria Lopez"])
  }

  @Test func aSentenceWithAColonIsText() {
    let result = turns("P3: Well.\nSo here's the thing: it worked.\n\nInterviewer: Good.\n")
    #expect(result.map(\.speaker) == ["P3", "Interviewer"])
    #expect(result[0].paragraphs.map(\.text) == ["Well.", "So here's the thing: it worked."])
  }

  @Test func stageDirectionsAreNotSpeakers() {
    let result = turns("[laughs] It was odd.\n[P3] Yes.\n[Interviewer] Why?\n[P3] It just was.\n")
    #expect(result.map(\.speaker) == ["Unknown", "P3", "Interviewer", "P3"])
    #expect(result[0].paragraphs.map(\.text) == ["[laughs] It was odd."])
  }

  @Test func joinsHardWrappedLinesAndKeepsParagraphs() {
    let text = """
      P3: This line is wrapped at a fixed width, as some exports do it, so
      it continues here.

      A blank line starts a new paragraph of the same turn.

      """
    let result = turns(text)
    #expect(result.count == 1)
    #expect(
      result[0].paragraphs.map(\.text) == [
        "This line is wrapped at a fixed width, as some exports do it, so it continues here.",
        "A blank line starts a new paragraph of the same turn.",
      ])
  }

  @Test func aLinePerParagraphKeepsEachLineAParagraph() {
    let text =
      "P3: First paragraph, which is a long line as Word writes them when it saves a document as text.\n"
      + "Second paragraph, also long, also one line, with nothing wrapped at any fixed width at all.\n"
    let result = turns(text)
    #expect(result.count == 1)
    #expect(result[0].paragraphs.count == 2)
  }

  @Test func withoutLabelsEachParagraphIsATurnByUnknown() {
    let reading = LabeledTextReader.read(text: "One.\n\nTwo.\n\nThree.\n", file: "t.txt")
    let result = SpeakerTurn.build(from: reading.passages)
    #expect(result.map(\.speaker) == ["Unknown", "Unknown", "Unknown"])
    #expect(result.map { $0.paragraphs[0].text } == ["One.", "Two.", "Three."])
    #expect(
      reading.diagnostics.map(\.problem) == [.importing(.noSpeakerLabels(speaker: "Unknown"))])
  }

  @Test func warnsAboutTextBeforeTheFirstLabel() {
    let reading = LabeledTextReader.read(text: "Title\n\nP3: Hi.\nP4: Hello.\n", file: "t.txt")
    #expect(
      reading.diagnostics.map(\.problem) == [
        .importing(.textBeforeFirstLabel(speaker: "Unknown"))
      ])
    #expect(reading.diagnostics.first?.location?.line == 1)
  }

  @Test func readsRevLabelsWithTimesAloneOrInline() {
    let result = turns("Speaker 1 (00:02):\nHello.\n\nSpeaker 2 (1:02:03): Hi there.\n")
    #expect(result.map(\.speaker) == ["Speaker 1", "Speaker 2"])
    #expect(
      result.map(\.start) == [Timestamp(milliseconds: 2000), Timestamp(milliseconds: 3_723_000)])
    #expect(result.map { $0.paragraphs[0].text } == ["Hello.", "Hi there."])
  }

  @Test func dropsOttersFooter() {
    let result = turns(
      "Ann Lee  0:01\nHello.\n\nBo Park  0:05\nHi.\n\nTranscribed by https://otter.ai\n")
    #expect(result.map { $0.paragraphs.map(\.text) } == [["Hello."], ["Hi."]])
  }

  @Test func readsTabSeparatedLabels() {
    let result = turns("Interviewer\tHow was it?\nP3\tGood.\n")
    #expect(result.map(\.speaker) == ["Interviewer", "P3"])
  }

  @Test func mapsSpeakersAndMergesTurnsThatBecomeOne() {
    let map = SpeakerMap([("dr. roe", "Interviewer"), ("Jane  Roe", "Interviewer")])
    let reading = LabeledTextReader.read(
      text: "Dr. Roe: Hi.\nJane Roe: How are you?\nP3: Fine.\nDr. Roe: Good.\n", file: "t.txt",
      speakerMap: map)
    let result = SpeakerTurn.build(from: reading.passages, speakerMap: map)
    #expect(result.map(\.speaker) == ["Interviewer", "P3", "Interviewer"])
    #expect(result[0].paragraphs.map(\.text) == ["Hi.", "How are you?"])
  }
}
