import Testing

@testable import ThemaCore

@Suite struct NaturalOrderTests {
  @Test(arguments: [
    ("S2", "S10", true), ("S10", "S2", false), ("S2", "S2", false), ("1b", "10a", true),
    ("PM-01", "PM-2", true), ("a", "b", true), ("S01", "S1", false), ("S1", "S01", true),
    ("T1", "T1a", true), ("", "a", true), ("a", "", false), ("", "", false),
    ("a2b10", "a2b9", false), ("a02", "a2", false), ("a2", "a02", true), ("x9", "x10", true),
    ("é", "z", false), ("z", "é", true), ("1é", "1z", false), ("9", "a", true),
    ("S007", "S7a", false), ("10", "9a", false),
  ])
  func orders(lhs: String, rhs: String, expected: Bool) {
    #expect(NaturalOrder.less(lhs, rhs) == expected)
  }
}
