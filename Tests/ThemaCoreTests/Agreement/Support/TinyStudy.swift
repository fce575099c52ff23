@testable import ThemaCore

/// A study small enough to work every figure by hand.
///
/// Codebook `tiny`: `T1` with themes `1` (subthemes `1a`, `1b`) and `2` (subtheme `2a`).
///
/// Transcript X: S1 "Hello there." (12 characters), S2 "abcdefghij", S3 "0123456789",
/// S4 "klmnopqrst" (10 each); transcript Y: S1 "Some words here." (16).
///
/// ```
///            A                         B                             C
/// X S2   1a                        1a                             1a
/// X S3   1b [0,5)                  1a [0,5), 1b [3,8)             1b
/// X S4   2a                        -                              -
/// Y S1   2a                        1b                             (did not code Y)
/// ```
enum TinyStudy {
  static let codebook = Codebook(
    name: "tiny", title: "Tiny", levels: ["Table", "Theme", "Subtheme"],
    codes: [
      Code(
        id: "T1", name: "Table one",
        children: [
          Code(
            id: "1", name: "Theme one",
            children: [Code(id: "1a", name: "One a"), Code(id: "1b", name: "One b")]),
          Code(id: "2", name: "Theme two", children: [Code(id: "2a", name: "Two a")]),
        ])
    ])

  static let x = Transcript(
    id: id("X"), attributes: ["county": "Here"],
    segments: [
      Segment(id: SegmentID(number: 1), speaker: "Interviewer", text: "Hello there."),
      Segment(id: SegmentID(number: 2), speaker: "P", text: "abcdefghij"),
      Segment(id: SegmentID(number: 3), speaker: "P", text: "0123456789"),
      Segment(id: SegmentID(number: 4), speaker: "P", text: "klmnopqrst"),
    ])

  static let y = Transcript(
    id: id("Y"), attributes: ["county": "There"],
    segments: [Segment(id: SegmentID(number: 1), speaker: "P", text: "Some words here.")])

  static func id(_ text: String) -> TranscriptID {
    guard let id = TranscriptID(rawValue: text) else { preconditionFailure("bad test ID \(text)") }
    return id
  }

  static func path(_ text: String) -> CodePath {
    guard let path = CodePath(parsing: text) else { preconditionFailure("bad test code \(text)") }
    return path
  }

  static func coding(
    _ transcript: Transcript, _ segment: Int, _ code: String, _ span: (Int, Int)? = nil
  ) -> Coding {
    Coding(
      transcript: transcript.id, segment: SegmentID(number: segment), code: path(code),
      span: span.map { TextSpan(start: $0.0, end: $0.1) })
  }

  static func sheet(_ coder: String, _ transcript: Transcript, _ codings: [Coding]) -> CodingSheet {
    CodingSheet(
      transcript: transcript.id, coder: Coder(rawValue: coder) ?? .consensus, codings: codings)
  }

  static let a = CodingSet(
    name: "A",
    sheets: [
      x.id: sheet(
        "A", x,
        [coding(x, 2, "T1/1/1a"), coding(x, 3, "T1/1/1b", (0, 5)), coding(x, 4, "T1/2/2a")]),
      y.id: sheet("A", y, [coding(y, 1, "T1/2/2a")]),
    ])

  static let b = CodingSet(
    name: "B",
    sheets: [
      x.id: sheet(
        "B", x,
        [
          coding(x, 2, "T1/1/1a"), coding(x, 3, "T1/1/1a", (0, 5)),
          coding(x, 3, "T1/1/1b", (3, 8)),
        ]),
      y.id: sheet("B", y, [coding(y, 1, "T1/1/1b")]),
    ])

  static let c = CodingSet(
    name: "C",
    sheets: [x.id: sheet("C", x, [coding(x, 2, "T1/1/1a"), coding(x, 3, "T1/1/1b")])])

  static var analysis: AgreementAnalysis {
    AgreementAnalysis(codebook: CodebookIndex(codebook), transcripts: [x, y], sets: [a, b, c])
  }
}
