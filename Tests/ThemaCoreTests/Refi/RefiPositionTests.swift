import Testing

@testable import ThemaCore

/// How tools count selection positions, and how Thema tells which way a project counts them.
@Suite struct RefiPositionTests {
  /// `a`, CRLF, `b`, an emoji (two UTF-16 units), `c`.
  static let text = Array("a\r\nb😀c".unicodeScalars)

  @Test(arguments: [
    (RefiPositionScheme.codePoints, [0, 1, 2, 3, 4, 5, 6]),
    (.codePointsLF, [0, 1, 1, 2, 3, 4, 5]),
    (.utf16, [0, 1, 2, 3, 4, 6, 7]),
  ])
  func countsEachScalar(scheme: RefiPositionScheme, expected: [Int]) {
    #expect(scheme.positions(of: Self.text) == expected)
  }

  @Test func textsWithoutCRLFOrEmojiReadTheSameEveryWay() {
    let sample = RefiPositionScheme.Sample(
      scalars: Array("Plain text, é and ü.\nSecond line.".unicodeScalars),
      selections: [(0, 5, "Plain")])
    let (scheme, evidence) = RefiPositionScheme.detect([sample], origin: "NVivo 12")
    #expect(scheme == .codePoints)
    #expect(evidence == .noDifference)
  }

  @Test func namesThatMatchTheTextDecide() {
    // ATLAS.ti names a quotation after its text and counts CRLF as one.
    let text = Array("Line one.\r\nLine two.\r\nThe quote is here.\r\n".unicodeScalars)
    let start = 20
    let sample = RefiPositionScheme.Sample(
      scalars: text, selections: [(start, start + 18, "The quote is here.")])
    let (scheme, evidence) = RefiPositionScheme.detect([sample], origin: "")
    #expect(scheme == .codePointsLF)
    #expect(evidence == .names(matched: 1, of: 1))
  }

  @Test func aNameCutShortWithAnEllipsisStillMatches() {
    let text = Array("Intro.\r\nI'm a single mum with an 8 month old and a toddler.".unicodeScalars)
    let sample = RefiPositionScheme.Sample(
      scalars: text, selections: [(7, 58, "I'm a single mum with an 8…")])
    #expect(RefiPositionScheme.detect([sample], origin: "").0 == .codePointsLF)
  }

  @Test func selectionsThatOnlyFitOneWayDecide() {
    // Ends past the text in code points, and inside the emoji's surrogate pair never.
    let text = Array("😀😀😀 tail".unicodeScalars)
    let sample = RefiPositionScheme.Sample(scalars: text, selections: [(6, 11, "")])
    let (scheme, evidence) = RefiPositionScheme.detect([sample], origin: "")
    #expect(scheme == .utf16)
    #expect(evidence == .fits(fitting: 1, of: 1))
  }

  @Test(arguments: [
    ("NVivo 12 (Windows)", RefiPositionScheme.utf16),
    ("ATLAS.ti 9", .codePointsLF),
    ("MAXQDA 2022", .codePoints),
  ])
  func aTieGoesToWhatTheToolIsKnownToDo(origin: String, expected: RefiPositionScheme) {
    let sample = RefiPositionScheme.Sample(
      scalars: Array("a\r\nb😀 and more text after".unicodeScalars), selections: [(0, 1, "")])
    #expect(RefiPositionScheme.detect([sample], origin: origin).0 == expected)
  }
}
