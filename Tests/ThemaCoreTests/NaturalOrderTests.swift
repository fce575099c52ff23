import Testing

@testable import ThemaCore

@Suite struct NaturalOrderTests {
  @Test(arguments: [
    ("S2", "S10", true), ("S10", "S2", false), ("S2", "S2", false), ("1b", "10a", true),
    ("PM-01", "PM-2", true), ("a", "b", true), ("S01", "S1", false), ("S1", "S01", true),
    ("T1", "T1a", true),
  ])
  func orders(lhs: String, rhs: String, expected: Bool) {
    #expect(NaturalOrder.less(lhs, rhs) == expected)
  }
}
