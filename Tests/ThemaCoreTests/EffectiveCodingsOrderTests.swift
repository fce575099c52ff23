import Testing

@testable import ThemaCore

/// The union's canonical order, whatever order the sheets hold their codings in.
@Suite struct EffectiveCodingsOrderTests {
  @Test func unsortedSheetsGiveCanonicalOrder() throws {
    let id = try #require(TranscriptID(rawValue: "PM-01"))
    func coding(_ segment: Int, _ code: String, _ span: TextSpan? = nil) throws -> Coding {
      Coding(
        transcript: id, segment: SegmentID(number: segment),
        code: try #require(CodePath(parsing: code)), span: span)
    }
    let alice = try #require(Coder(rawValue: "alice"))
    let bob = try #require(Coder(rawValue: "bob"))
    var study = Study()
    study.sheets[id] = [
      alice: CodingSheet(
        transcript: id, coder: alice,
        codings: [
          try coding(10, "A"), try coding(2, "B"), try coding(2, "A", TextSpan(start: 1, end: 4)),
        ]),
      bob: CodingSheet(
        transcript: id, coder: bob, codings: [try coding(2, "A"), try coding(10, "A")]),
    ]
    let effective = study.effectiveCodings(for: id, source: .union)
    #expect(
      effective.codings.map {
        "\($0.coding.segment) \($0.coding.code) \($0.coding.span?.description ?? "-")"
      }
        == ["S2 A -", "S2 A 1-4", "S2 B -", "S10 A -"])
    #expect(effective.codings.last?.coders == [alice, bob])
  }
}
