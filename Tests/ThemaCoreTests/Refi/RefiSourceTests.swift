import Testing

@testable import ThemaCore

/// A source's plain text: normalized with each scalar's origin, Thema's own layout written and
/// read back, other text aligned with the segments the importer makes of it, and selections
/// placed on segments.
@Suite struct RefiSourceTests {
  static func segment(_ number: Int, _ speaker: String, _ text: String, at time: Int? = nil)
    -> Segment
  {
    Segment(
      id: SegmentID(number: number), speaker: speaker,
      start: time.map { Timestamp(milliseconds: $0) }, text: text)
  }

  @Test func normalizingKeepsWhereEachScalarCameFrom() {
    // CRLF, a no-break space, a zero-width space and a decomposed é.
    let text = RefiSourceText("a\r\nb\u{A0}c\u{200B}de\u{301}f")
    #expect(text.normalizedText == "a\nb cdéf")
    #expect(text.origins == [0, 1, 3, 4, 5, 7, 8, 10])
  }

  @Test func decodesUTF8WithOrWithoutABOMAndUTF16WithOne() {
    #expect(RefiSourceText.decode([0xEF, 0xBB, 0xBF] + Array("é".utf8)) == "é")
    #expect(RefiSourceText.decode([0xFF, 0xFE, 0xE9, 0x00]) == "é")
    #expect(RefiSourceText.decode([0xFE, 0xFF, 0x00, 0xE9]) == "é")
    #expect(RefiSourceText.decode([0xC3]) == nil)
  }

  @Test func theLayoutReadsBackToTheSameSegments() throws {
    let transcript = Transcript(
      id: try #require(TranscriptID(rawValue: "PM-01")),
      segments: [
        Self.segment(1, "Interviewer", "Thank you.", at: 4000),
        Self.segment(2, "PM-01", "Line one |\nline two 😀", at: 12_500),
        Self.segment(10, "PM-01", "After a gap in the IDs."),
      ])
    let (text, placements) = RefiSourceLayout.text(of: transcript)
    #expect(
      text
        == "S1 | Interviewer | 00:00:04\nThank you.\n\nS2 | PM-01 | 00:00:12.500\n"
        + "Line one |\nline two 😀\n\nS10 | PM-01\nAfter a gap in the IDs.\n")
    let scalars = Array(text.unicodeScalars)
    let read = try #require(RefiSourceLayout.read(scalars))
    #expect(read.map(\.segment) == transcript.segments)
    for (index, segment) in read.enumerated() {
      let placement = placements[index]
      #expect(segment.blockStart == placement.blockStart)
      #expect(
        segment.origins == Array(placement.textStart..<(placement.textStart + placement.length)))
    }
  }

  @Test(arguments: [
    "Interviewer: Hello.\nP1: Hi.", "S1 | Interviewer\n", "S1 | A\ntext\n\nS1 | B\nmore",
    "S1 | A | not a time\ntext",
  ])
  func otherTextIsNotTheLayout(text: String) {
    #expect(RefiSourceLayout.read(Array(text.unicodeScalars)) == nil)
  }

  @Test func alignsTheImportersSegmentsWithTheTextTheyCameFrom() throws {
    let source = "Interviewer: How did you hire?\n\nP1: We hired  Maria Lopez first.\nShe stayed."
    let id = try #require(TranscriptID(rawValue: "A"))
    let imported = try #require(
      TranscriptImporter.importSource(
        Array(source.utf8), fileName: "a.txt", file: "a.txt", id: id,
        options: ImportOptions(
          redactions: RedactionList([.init(name: "Maria Lopez", replacement: "P2")]))
      ).value)
    let segments = imported.transcript.segments
    #expect(segments.map(\.text) == ["How did you hire?", "We hired P2 first.\nShe stayed."])
    let scalars = Array(source.unicodeScalars)
    var alignment = RefiSourceAlignment(source: scalars)
    let first = alignment.align(Array(segments[0].text.unicodeScalars))
    let second = alignment.align(Array(segments[1].text.unicodeScalars))
    #expect(first == Array(13..<30))
    // "We hired" at 36, the space just before the name, the redacted name where the name was
    // (its two spaces one), and the rest exactly.
    #expect(Array(second.prefix(8)) == Array(36..<44))
    #expect(second[8] == 45)
    #expect(second[9] == 46)
    #expect(
      String(String.UnicodeScalarView(second.suffix(19).map { scalars[$0] }))
        == " first.\nShe stayed.")
  }

  static let targets = [
    RefiSelectionPlacement.Target(
      id: SegmentID(number: 1), positions: Array(10..<20), wholeNeedsHeader: false),
    RefiSelectionPlacement.Target(
      id: SegmentID(number: 2), positions: Array(30..<40), wholeNeedsHeader: false),
    RefiSelectionPlacement.Target(
      id: SegmentID(number: 3), positions: Array(50..<60), wholeNeedsHeader: true),
  ]

  @Test(arguments: [
    (12, 15, "S1 2-5"),
    (10, 20, "S1 all"),
    (0, 20, "S1 all"),
    (15, 35, "S1 5-10, S2 0-5"),
    (15, 55, "S1 5-10, S2 all, S3 0-5"),
    (50, 60, "S3 0-10"),
    (45, 60, "S3 all"),
    (20, 30, "between"),
    (5, 5, "empty"),
    (55, 70, "past end"),
  ])
  func placesASelectionOnTheSegmentsItCovers(start: Int, end: Int, expected: String) {
    let shown: String
    switch RefiSelectionPlacement.place(start: start, end: end, length: 62, on: Self.targets) {
    case .success(let pieces):
      shown = pieces.map { "\($0.segment) \($0.span?.description ?? "all")" }.joined(
        separator: ", ")
    case .failure(let failure):
      switch failure.reason {
      case .betweenSegments: shown = "between"
      case .empty: shown = "empty"
      case .pastEnd: shown = "past end"
      case .noCodings: shown = "no codings"
      }
    }
    #expect(shown == expected)
  }
}
