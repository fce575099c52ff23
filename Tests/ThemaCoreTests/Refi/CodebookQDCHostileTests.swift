import Foundation
import Testing

@testable import ThemaCore

/// Hostile and damaged `.qdc` files: each is refused with an error that names the line (where
/// there is one) and says what was expected, and yields no codebook.
@Suite struct CodebookQDCHostileTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var bytes: [UInt8]
    /// The line the error names, or nil when the problem is the whole file.
    var line: Int?
    /// Words the message must contain.
    var says: String
    var testDescription: String { name }

    init(_ name: String, _ text: String, line: Int?, says: String) {
      self.init(name, Array(text.utf8), line: line, says: says)
    }

    init(_ name: String, _ bytes: [UInt8], line: Int?, says: String) {
      self.name = name
      self.bytes = bytes
      self.line = line
      self.says = says
    }
  }

  static let head = #"<?xml version="1.0" encoding="utf-8"?>"# + "\n"
  static let open = #"<CodeBook xmlns="urn:QDA-XML:codebook:1.0">"# + "\n"
  static let guid1 = "5215cc69-b628-4e02-afb9-9beeaee55808"

  static let cases: [Case] = [
    Case(
      "external entity (XXE)",
      head + "<!DOCTYPE CodeBook [\n<!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n" + open
        + "<Codes><Code guid=\"\(guid1)\" name=\"&xxe;\" isCodable=\"true\"/></Codes></CodeBook>\n",
      line: 2, says: "document type"),
    Case(
      "billion laughs",
      head + "<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        + (2...9).map {
          "<!ENTITY lol\($0) \""
            + String(repeating: "&lol\($0 - 1 == 1 ? "" : String($0 - 1));", count: 10) + "\">"
        }.joined(separator: "\n")
        + "\n]>\n" + open
        + "<Codes><Code guid=\"\(guid1)\" name=\"&lol9;\" isCodable=\"true\"/></Codes></CodeBook>\n",
      line: 2, says: "document type"),
    Case(
      "elements nested past the limit",
      head + open + "<Codes>\n"
        + String(repeating: "<Code name=\"x\" isCodable=\"true\">", count: 100)
        + String(repeating: "</Code>", count: 100) + "\n</Codes></CodeBook>\n",
      line: 4, says: "nest more than 64"),
    Case(
      "codes nested past five levels",
      head + open + "<Codes>\n"
        + (1...6).map {
          "<Code guid=\"\(String(format: "%08d", $0))-0000-4000-8000-000000000000\" name=\"L\($0)\" isCodable=\"true\">\n"
        }.joined()
        + String(repeating: "</Code>", count: 6) + "\n</Codes></CodeBook>\n",
      line: 9, says: "at most 5 levels"),
    Case(
      "not UTF-8",
      Array((head + open + "<Codes><Code guid=\"\(guid1)\" name=\"caf").utf8) + [0xE9]
        + Array("\" isCodable=\"true\"/></Codes></CodeBook>\n".utf8),
      line: 3, says: "UTF-8"),
    Case(
      "UTF-16", [0xFF, 0xFE] + Array("<a/>".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
      line: 1, says: "UTF-16"),
    Case(
      "a project, not a codebook",
      head + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"P\"/>\n", line: 2,
      says: "expected the root element <CodeBook>, found <Project>"),
    Case(
      "wrong namespace",
      head + "<CodeBook xmlns=\"urn:example:other\">\n<Codes/></CodeBook>\n", line: 2,
      says: "expected the REFI-QDA namespace 'urn:QDA-XML:codebook:1.0'"),
    Case(
      "no namespace", head + "<CodeBook>\n<Codes/></CodeBook>\n", line: 2,
      says: "has no namespace"),
    Case("no Codes", head + open + "</CodeBook>\n", line: 2, says: "expected a <Codes> element"),
    Case(
      "no codes at all", head + open + "<Codes>\n</Codes>\n</CodeBook>\n", line: nil,
      says: "has no codes"),
    Case(
      "duplicate GUIDs",
      head + open + "<Codes>\n<Code guid=\"\(guid1)\" name=\"A\" isCodable=\"true\"/>\n"
        + "<Code guid=\"{\(guid1.uppercased())}\" name=\"B\" isCodable=\"true\"/>\n</Codes></CodeBook>\n",
      line: 5, says: "of the code on line 4"),
    Case(
      "a code with no name",
      head + open
        + "<Codes>\n<Code guid=\"\(guid1)\" name=\"  \" isCodable=\"true\"/>\n</Codes></CodeBook>\n",
      line: 4, says: "has no name"),
    Case(
      "mismatched tags",
      head + open
        + "<Codes>\n<Code guid=\"\(guid1)\" name=\"A\" isCodable=\"true\">\n</Codes>\n</CodeBook>\n",
      line: 5, says: "do not match"),
    Case("empty", "", line: nil, says: "holds no XML"),
    Case("not XML", "Code,Name\n1,Trust\n", line: 1, says: "not well-formed"),
  ]

  @Test(arguments: cases)
  func isRefusedWithALineAndWhatWasExpected(_ hostile: Case) throws {
    let parsed = Codebook.parse(qdc: hostile.bytes, name: "x", title: "X", file: "bad.qdc")
    #expect(parsed.value == nil)
    let errors = parsed.diagnostics.filter { $0.severity == .error }
    let error = try #require(errors.first, "\(parsed.diagnostics)")
    #expect(error.location?.file == "bad.qdc")
    #expect(error.location?.line == hostile.line, "\(error)")
    #expect(error.message.contains(hostile.says), "\(error.message)")
    if hostile.line != nil { #expect(error.location?.sourceLine != nil) }
  }

  @Test func aLargeFileIsRefusedBeforeParsing() {
    let limits = XMLLimits(maximumBytes: 100, maximumDepth: 64, maximumElements: 100)
    let bytes = Array((Self.head + Self.open + String(repeating: " ", count: 200)).utf8)
    let parsed = Codebook.parse(qdc: bytes, name: "x", title: "X", file: "big.qdc", limits: limits)
    #expect(parsed.value == nil)
    #expect(
      parsed.diagnostics.first?.problem == .refi(.xml(.tooLarge(bytes: bytes.count, limit: 100))))
  }
}
