import Testing

@testable import ThemaCore

@Suite struct CodebookIndexTests {
  /// Two tables that both number their themes from 1, as the paper does.
  static let codebook = Codebook(
    name: "pm", title: "PM",
    codes: [
      Code(
        id: "T1", name: "Characteristics",
        children: [
          Code(
            id: "1", name: "Lived experience",
            children: [
              Code(id: "1a", name: "Hiring requirement"), Code(id: "1b", name: "Builds trust"),
            ]),
          Code(id: "2", name: "Skills", children: [Code(id: "2c", name: "Language match")]),
        ]),
      Code(
        id: "T2", name: "Role and services",
        children: [
          Code(
            id: "1", name: "Bridging", children: [Code(id: "1a", name: "Engagement and outreach")])
        ]),
    ])
  let index = CodebookIndex(codebook)

  @Test(arguments: [
    ("T1/1/1a", "T1/1/1a"), ("2c", "T1/2/2c"), ("1b", "T1/1/1b"), ("T2/1a", "T2/1/1a"),
    ("T1/1a", "T1/1/1a"), ("t2/1A", "T2/1/1a"), ("T2", "T2"), ("T1/2", "T1/2"), (" 2c ", "T1/2/2c"),
  ])
  func resolvesShortReferences(reference: String, path: String) throws {
    #expect(try index.resolve(reference).description == path)
  }

  @Test func ambiguousReferencesListEveryCandidate() {
    #expect(throws: Problem.ambiguousCode(reference: "1a", candidates: ["T1/1a", "T2/1a"])) {
      try index.resolve("1a")
    }
    #expect(throws: Problem.ambiguousCode(reference: "1", candidates: ["T1/1", "T2/1"])) {
      try index.resolve("1")
    }
  }

  @Test func unknownReferencesSuggestNearbyCodes() {
    func suggestions(_ reference: String) -> [String] {
      do {
        _ = try index.resolve(reference)
      } catch {
        if case .unknownCode(_, _, let suggestions) = error { return suggestions }
      }
      return []
    }
    #expect(suggestions("2d").prefix(2) == ["2", "2c"])
    #expect(suggestions("T3/1a").prefix(2) == ["T1/1a", "T2/1a"])
    #expect(suggestions("zzzzzz").isEmpty)
  }

  @Test func shortNamesAreTheShortestUnambiguousReferences() {
    let names = index.entries.map { index.shortName($0.path) }
    #expect(names == ["T1", "T1/1", "T1/1a", "1b", "2", "2c", "T2", "T2/1", "T2/1a"])
    for entry in index.entries {
      #expect((try? index.resolve(index.shortName(entry.path))) == entry.path)
    }
  }

  @Test func searchFindsByIDPrefixThenName() {
    #expect(index.search("2").map(\.path.description) == ["T1/2", "T1/2/2c"])
    #expect(index.search("trust").map(\.path.description) == ["T1/1/1b"])
    #expect(index.search("eng").map(\.path.description) == ["T2/1/1a"])
    #expect(index.search("").isEmpty)
  }

  @Test func pathsTruncateAndCompare() {
    let path = CodePath(components: ["T1", "1", "1a"])
    #expect(path.truncated(toDepth: 2).description == "T1/1")
    #expect(path.parent?.description == "T1/1")
    #expect(CodePath(components: ["T1"]).isAncestor(ofOrEqualTo: path))
    #expect(!CodePath(components: ["T2"]).isAncestor(ofOrEqualTo: path))
    #expect(CodePath(components: ["T1", "2"]) < CodePath(components: ["T1", "10"]))
    #expect(CodePath(parsing: "T1//1a") == nil)
  }
}

@Suite struct SuggestionsTests {
  @Test(arguments: [("kitten", "sitting", 3), ("ab", "ba", 1), ("", "abc", 3), ("same", "same", 0)])
  func editDistance(a: String, b: String, distance: Int) {
    #expect(Suggestions.editDistance(a, b) == distance)
  }

  @Test func closestNamesFirst() {
    #expect(
      Suggestions.closest(to: "--coderr", among: ["--coder", "--codebook", "--help"]) == ["--coder"]
    )
    #expect(Suggestions.closest(to: "stauts", among: ["status", "check"]) == ["status"])
    #expect(Suggestions.closest(to: "zzz", among: ["status", "check"]).isEmpty)
  }
}

@Suite struct CSVTests {
  @Test func quotesOnlyWhatNeedsIt() {
    #expect(CSV.field("plain") == "plain")
    #expect(CSV.field("a,b") == "\"a,b\"")
    #expect(CSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CSV.field("two\nlines") == "\"two\nlines\"")
  }

  @Test(arguments: ["=SUM(A1)", "+1", "-2", "@cmd", "\tx", "\rx"])
  func neutralizesFormulas(hostile: String) {
    let field = CSV.field(hostile, options: CSV.Options(neutralizeFormulas: true))
    #expect(field.hasPrefix("'") || field.hasPrefix("\"'"))
    #expect(CSV.field(hostile).hasPrefix("'") == false)
  }

  @Test func roundTripsHostileText() throws {
    let rows = [["a,b", "say \"hi\"", "line\nbreak", "", "café 日本"], ["1", "2", "3", "4", "5"]]
    let text = CSV.document(
      header: ["h1", "h2", "h3", "h4", "h5"], rows: rows, options: CSV.Options(byteOrderMark: true))
    #expect(text.hasPrefix("\u{FEFF}h1,"))
    #expect(try CSV.parse(text) == [["h1", "h2", "h3", "h4", "h5"]] + rows)
  }

  @Test func readsLFFilesAndReportsBrokenQuotes() {
    #expect((try? CSV.parse("a,b\n1,2\n")) == [["a", "b"], ["1", "2"]])
    #expect(throws: CSVError.unclosedQuote(line: 2)) { try CSV.parse("a\n\"open\nstill\n") }
    #expect(throws: CSVError.strayQuote(line: 1)) { try CSV.parse("ab\"c\n") }
  }
}

@Suite struct RetiredSearchTests {
  @Test func retiredCodesAreLeftOutOfCodingButStillResolve() throws {
    var codebook = CodebookIndexTests.codebook
    codebook.codes[0].children[1].children[0].retired = "2026-11-23: rare"
    let index = CodebookIndex(codebook)
    #expect(index.search("2c").map(\.path.description) == ["T1/2/2c"])
    #expect(index.search("2c", includingRetired: false).isEmpty)
    #expect(try index.resolve("2c").description == "T1/2/2c")
    #expect(throws: Problem.codeIsRetired(code: "2c", reason: "2026-11-23: rare")) {
      try index.resolveForCoding("2c")
    }
  }
}
