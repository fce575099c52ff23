import Testing

@testable import ThemaCore

@Suite struct RedactionListTests {
  @Test func readsNamesWithAndWithoutReplacements() throws {
    let text = "# comment\n\nMaria Lopez => [participant]\nDr. Jane Roe\nmaria lopez => [other]\n"
    let list = try RedactionList.parse(text, file: "r.txt").get()
    #expect(
      list.entries == [
        RedactionList.Entry(name: "Dr. Jane Roe", replacement: "[redacted]"),
        RedactionList.Entry(name: "Maria Lopez", replacement: "[participant]"),
      ])
  }

  @Test func roundTrips() throws {
    let list = RedactionList([
      .init(name: "Zed", replacement: "[z]"), .init(name: "Ann"),
      .init(name: "Bo => x", replacement: "[b]"),
    ])
    let again = try RedactionList.parse(list.text(), file: "r.txt").get()
    #expect(again.entries.map(\.name) == ["Ann", "Bo", "Zed"] || again == list)
    #expect(try RedactionList.parse(again.text(), file: "r.txt").get().text() == again.text())
  }

  @Test func refusesWindowsLineEndings() {
    let parsed = RedactionList.parse("Ann\r\n", file: "r.txt")
    #expect(parsed.diagnostics.first?.problem == .windowsLineEndings)
  }
}
