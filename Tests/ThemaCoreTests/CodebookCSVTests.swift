import Testing
import ThemaCore

/// The codebook as CSV for spreadsheets.
@Suite struct CodebookCSVTests {
  @Test func everyRowHasAsManyFieldsAsTheHeader() throws {
    let codebook = Codebook(
      name: "t", title: "T",
      codes: [
        Code(
          id: "T1", name: "A", retired: "2026-11-23: merged", children: [Code(id: "1", name: "B")])
      ])
    let lines = codebook.csv().split(separator: "\r\n")
    #expect(
      lines.first
        == "path,depth,level,id,name,definition,include,exclude,example,color,retired,description")
    #expect(lines.dropFirst().first == "T1,1,Level 1,T1,A,,,,,,2026-11-23: merged,")
    #expect(
      lines.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == 12 })
  }
}
