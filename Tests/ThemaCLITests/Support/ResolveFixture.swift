import Testing
import ThemaCore
import ThemaTerminal

@testable import ThemaCLI

/// A resolve screen over the screen fixture's transcript, where alice and bob disagree on
/// three codes and agree on one:
/// - S2 T1/1/1a: alice only, a quote; T1/1/1b: both, different quotes (an agreement)
/// - S4 T1/2/2a: bob only; S6 T2/1/1b: alice only, whole segment
enum ResolveFixture {
  static func state(rows: Int = 24, columns: Int = 80) throws -> ResolveScreenState {
    let transcript = try ScreenFixture.transcript()
    let codebook = CodebookIndex(ScreenFixture.codebook)
    let id = transcript.id
    func coding(_ segment: Int, _ code: String, _ span: TextSpan? = nil, memo: String = "") throws
      -> Coding
    {
      Coding(
        transcript: id, segment: SegmentID(number: segment),
        code: try #require(CodePath(parsing: code)),
        span: span, memo: memo)
    }
    let alice = CodingSheet(
      transcript: id, coder: try #require(Coder(rawValue: "alice")),
      codings: [
        try coding(2, "T1/1/1a", TextSpan(start: 0, end: 58), memo: "team size"),
        try coding(2, "T1/1/1b", TextSpan(start: 120, end: 170)), try coding(6, "T2/1/1b"),
      ])
    let bob = CodingSheet(
      transcript: id, coder: try #require(Coder(rawValue: "bob")),
      codings: [try coding(2, "T1/1/1b", TextSpan(start: 100, end: 175)), try coding(4, "T1/2/2a")])
    let plan = ResolutionPlan(transcript: transcript, first: alice, second: bob, codebook: codebook)
    return ResolveScreenState(
      session: ConsensusSession(plan: plan, log: DecisionLog(), lead: "lee"),
      transcript: transcript,
      codebook: codebook, size: TerminalSize(rows: rows, columns: columns))
  }
}

extension ResolveScreenState {
  /// Handles every key of `script` at a fixed time, returning all effects.
  @discardableResult
  mutating func press(_ script: String) -> [ResolveEffect] {
    KeyScript.keys(script).flatMap { update($0, time: "2026-11-23T10:00:00Z") }
  }

  /// The frame at the state's own size.
  var frame: Frame { ResolveScreenView.render(self, size: size) }
}
