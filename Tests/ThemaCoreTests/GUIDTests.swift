import Testing
import ThemaCore

/// GUIDs: reading other tools' spellings, deriving stable identities, and the `GUID` field.
@Suite struct GUIDTests {
  @Test func normalizesTheSpellingsOtherToolsWrite() {
    let canonical = "5215cc69-b628-4e02-afb9-9beeaee55808"
    #expect(GUID.normalized("{5215CC69-B628-4E02-AFB9-9BEEAEE55808}") == canonical)
    #expect(GUID.normalized(" 5215cc69-B628-4e02-afb9-9beeaee55808 ") == canonical)
    #expect(GUID.normalized(canonical) == canonical)
    for bad in [
      "", "{}", "5215cc69b6284e02afb99beeaee55808", "5215cc69-b628-4e02-afb9-9beeaee5580",
      "5215cc69-b628-4e02-afb9-9beeaee558088", "5215cc69-b628-4e02-afb9-9beeaee5580g",
      "{5215cc69-b628-4e02-afb9-9beeaee55808", "5215cc6-9b628-4e02-afb9-9beeaee55808",
    ] {
      #expect(GUID.normalized(bad) == nil, "\(bad) is not a GUID")
    }
  }

  @Test func derivedGUIDsAreStableDistinctAndWellFormed() {
    let a = Codebook.derivedGUID(
      codebook: "program-managers", path: CodePath(components: ["T1", "1"]))
    let again = Codebook.derivedGUID(
      codebook: "program-managers", path: CodePath(components: ["T1", "1"]))
    let b = Codebook.derivedGUID(
      codebook: "program-managers", path: CodePath(components: ["T1", "2"]))
    #expect(a == again)
    #expect(a != b)
    #expect(GUID.normalized(a) == a)
    #expect(Array(a)[14] == "5", "version 5 layout")
    #expect("89ab".contains(Array(a)[19]), "RFC 4122 variant")
  }

  @Test func pinnedGUIDsRoundTripAndWin() throws {
    let markdown = """
      # Book

      ## T1 Theme
      Color: #4e79a7
      GUID: 5215cc69-b628-4e02-afb9-9beeaee55808

      ### 1a Sub

      """
    let parsed = Codebook.parse(markdown: markdown, name: "book", file: "book.md")
    #expect(parsed.diagnostics.isEmpty)
    let codebook = try #require(parsed.value)
    #expect(codebook.markdown() == markdown)
    let theme = CodePath(components: ["T1"])
    let sub = CodePath(components: ["T1", "1a"])
    #expect(codebook.guid(at: theme) == "5215cc69-b628-4e02-afb9-9beeaee55808")
    #expect(codebook.guid(at: sub) == Codebook.derivedGUID(codebook: "book", path: sub))
  }

  @Test func malformedAndRepeatedGUIDsAreErrorsOnTheirLines() {
    let markdown = """
      # Book

      ## T1 Theme
      GUID: {5215CC69-B628-4E02-AFB9-9BEEAEE55808}

      ## T2 Other
      GUID: 0dcef2f5-e55c-49da-8c33-9b0803c7aeb4

      ## T3 Third
      GUID: 0dcef2f5-e55c-49da-8c33-9b0803c7aeb4

      """
    let diagnostics = Codebook.parse(markdown: markdown, name: "book", file: "book.md").diagnostics
    #expect(diagnostics.map { $0.location?.line } == [3, 9])
    #expect(
      diagnostics.first?.message.contains("write it as 5215cc69-b628-4e02-afb9-9beeaee55808")
        == true)
    #expect(diagnostics.last?.message.contains("first on line 6") == true)
  }
}
