import Testing

@testable import ThemaTerminal

@Suite struct DisplayWidthTests {
  @Test(arguments: [
    ("abc", 3), ("café", 4), ("cafe\u{301}", 4), ("日本語", 6), ("👍", 2), ("❤️", 2), ("", 0),
  ])
  func measures(text: String, columns: Int) {
    #expect(DisplayWidth.of(text) == columns)
  }
}
