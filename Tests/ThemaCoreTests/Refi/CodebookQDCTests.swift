import Foundation
import Testing

@testable import ThemaCore

/// `.qdc` codebooks: the shared samples, round trips both ways.
@Suite struct CodebookQDCTests {
  static func fixture(_ name: String) throws -> [UInt8] {
    try [UInt8](
      Data(contentsOf: URL(fileURLWithPath: repositoryRoot + "/Tests/Fixtures/Refi/" + name)))
  }

  static func parse(_ bytes: [UInt8], name: String = "imported") -> Parsed<Codebook> {
    Codebook.parse(qdc: bytes, name: name, title: "Imported", file: "in.qdc")
  }

  @Test func readsTheStandardsSample() throws {
    let parsed = Self.parse(try Self.fixture("refi-1.5-spec-annexA1-codebook.qdc"))
    let codebook = try parsed.get()
    #expect(parsed.diagnostics.isEmpty)
    #expect(codebook.title == "Imported")
    #expect(codebook.codes.count == 6)
    #expect(codebook.codes.filter { !$0.isCodable }.map(\.name) == ["Topics", "Values"])
    #expect(codebook.sets.isEmpty)
  }

  @Test func readsATLASti23WithASet() throws {
    let parsed = Self.parse(try Self.fixture("requal_atlasti23_valid.qdc"))
    let codebook = try parsed.get()
    #expect(
      codebook.sets == [
        CodeSet(
          name: "code group 1", guid: "eca18d76-2b8b-4f26-bc1d-19eca19fb3f0",
          description: "kategorie 1")
      ])
    #expect(codebook.codes.first?.sets == ["code group 1"])
    #expect(codebook.codes.first?.description == "description")
  }

  @Test func theTruncatedSampleFailsNamingALine() throws {
    let parsed = Self.parse(try Self.fixture("requal_atlasti23_corrupted_truncated.qdc"))
    #expect(parsed.value == nil)
    let error = try #require(parsed.diagnostics.first)
    #expect(error.severity == .error)
    let line = try #require(error.location?.line)
    #expect(line >= 16, "the file is cut off in line 16")
    #expect(error.description.hasPrefix("in.qdc:\(line):"))
    #expect(error.message.contains("cut short"), "\(error.message)")
  }

  /// The sample study's codebooks go out and come back with every code, field and GUID.
  @Test(arguments: repositoryFiles(in: "Codebooks").filter { $0.hasSuffix(".md") })
  func themaCodebooksSurviveAQDCRoundTrip(file: String) throws {
    let name = String(file.dropLast(3))
    let original = try Codebook.parse(
      markdown: try repositoryFile("Codebooks/" + file), name: name, file: file
    ).get()
    let qdc = original.qdc(origin: "Thema 0.1.0")
    let back = try Codebook.parse(
      qdc: Array(qdc.utf8), name: name, title: original.title, file: "x.qdc"
    ).get()
    var expected = RefiCodesTests.pinned(original)
    expected.levels = []
    expected.description = ""
    #expect(back == expected)
    #expect(back.qdc(origin: "Thema 0.1.0") == qdc, "pinned GUIDs are the derived ones")
  }

  @Test func everythingThemaKeepsSurvivesARoundTrip() throws {
    var original = RefiCodesTests.sample
    original.sets = [
      CodeSet(name: "Declared", description: "A set.\nTwo lines."),
      CodeSet(name: "Empty", guid: "0aa0a0a0-0000-4000-8000-000000000001"),
    ]
    original.codes[0].children[0].sets = ["Declared", "Implicit"]
    original.codes[2].sets = ["Implicit"]
    let back = try Codebook.parse(
      qdc: Array(original.qdc(origin: "Thema").utf8), name: "peers", title: "Peers",
      file: "x.qdc"
    ).get()
    var expected = RefiCodesTests.pinned(original)
    expected.levels = []
    expected.sets = [
      CodeSet(
        name: "Declared", guid: original.guid(ofSet: "Declared"),
        description: "A set.\nTwo lines."),
      CodeSet(name: "Empty", guid: "0aa0a0a0-0000-4000-8000-000000000001"),
      CodeSet(name: "Implicit", guid: original.guid(ofSet: "Implicit")),
    ]
    #expect(back == expected)
    let markdown = back.markdown()
    #expect(try Codebook.parse(markdown: markdown, name: "peers", file: "p.md").get() == back)
  }

  /// Another tool's codebook goes through Thema's Markdown and out again unchanged.
  @Test(arguments: ["refi-1.5-spec-annexA1-codebook.qdc", "requal_atlasti23_valid.qdc"])
  func otherToolsCodebooksSurviveThema(fixture: String) throws {
    let first = try Self.parse(try Self.fixture(fixture)).get()
    let stored = try Codebook.parse(markdown: first.markdown(), name: "imported", file: "i.md")
      .get()
    #expect(stored == first)
    let second = try Self.parse(Array(stored.qdc().utf8)).get()
    #expect(second == first)
    let original = try XMLTree.parse(try Self.fixture(fixture))
    let exported = try XMLTree.parse(Array(stored.qdc().utf8))
    func codes(_ element: XMLTree.Element) -> [String] {
      element.children("Code").flatMap { code -> [String] in
        let guid = GUID.normalized(code[attribute: "guid"] ?? "") ?? "?"
        let codable = code[attribute: "isCodable"] ?? "?"
        let color = (code[attribute: "color"] ?? "").lowercased()
        return ["\(guid) \(codable) \(color)"] + codes(code)
      }
    }
    #expect(
      codes(try #require(exported.root.child("Codes")))
        == codes(try #require(original.root.child("Codes"))))
    let sets = { (tree: XMLTree) in
      tree.root.child("Sets")?.children("Set").map {
        "\(GUID.normalized($0[attribute: "guid"] ?? "") ?? "?") \($0[attribute: "name"] ?? "")"
      } ?? []
    }
    #expect(sets(exported) == sets(original))
  }

  @Test func markupAndOddTextSurviveARoundTrip() throws {
    let odd = "<script>alert('x')</script> & \"q\" ]]> \\input{x} 100% | a_b ~ ^ عربى 😀"
    let original = Codebook(
      name: "odd", title: "Odd",
      codes: [
        Code(
          id: "1", name: odd, description: "# not a heading\nInclude: inside a paragraph\n\\",
          definition: odd + "\nsecond line", include: "  indented", exclude: "]]>",
          example: "Definition: a label inside a value", color: "#abcdef",
          sets: ["Set & <more>"],
          children: [Code(id: "1a", name: "Example: not a field")])
      ])
    let back = try Self.parse(Array(original.qdc(origin: "Thema").utf8), name: "odd").get()
    var expected = RefiCodesTests.pinned(original)
    expected.title = "Imported"
    expected.sets = [CodeSet(name: "Set & <more>", guid: original.guid(ofSet: "Set & <more>"))]
    #expect(back == expected)
    #expect(try Codebook.parse(markdown: back.markdown(), name: "odd", file: "o.md").get() == back)
  }

  @Test func aCodebookFromThemaGetsItsCapitalIDsBack() throws {
    let original = Codebook(
      name: "t", title: "T", codes: [Code(id: "TRUST", name: "Trust"), Code(id: "1", name: "One")])
    let fromThema = try Self.parse(Array(original.qdc(origin: "Thema 0.1.0").utf8)).get()
    #expect(fromThema.codes.map(\.id) == ["TRUST", "1"])
    let fromElsewhere = try Self.parse(Array(original.qdc(origin: "MAXQDA").utf8)).get()
    #expect(fromElsewhere.codes.map(\.id) == ["2", "1"])
    #expect(fromElsewhere.codes.first?.name == "TRUST Trust")
  }
}
