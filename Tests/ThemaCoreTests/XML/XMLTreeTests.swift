import Foundation
import Testing
import ThemaCore

/// The safe XML reader and the writer behind REFI-QDA exchange.
@Suite struct XMLTreeTests {
  private func parse(_ text: String, limits: XMLLimits = .standard) throws -> XMLTree {
    try XMLTree.parse(Array(text.utf8), limits: limits)
  }

  private func problem(_ text: String, limits: XMLLimits = .standard) -> XMLProblem? {
    do {
      _ = try XMLTree.parse(Array(text.utf8), limits: limits)
      return nil
    } catch {
      return error
    }
  }

  @Test func readsElementsAttributesTextAndLines() throws {
    let tree = try parse(
      """
      <?xml version="1.0" encoding="utf-8"?>
      <!-- a comment with <!DOCTYPE in it is no declaration -->
      <qda:CodeBook xmlns:qda="urn:QDA-XML:codebook:1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
        xsi:schemaLocation="urn:QDA-XML:codebook:1.0 Codebook.xsd">
        <qda:Codes>
          <qda:Code guid="a" name="Fish &amp; chips" isCodable="true">
            <qda:Description>line one
      line two <![CDATA[<raw>]]></qda:Description>
          </qda:Code>
        </qda:Codes>
      </qda:CodeBook>
      """)
    #expect(tree.root.name == "CodeBook")
    #expect(tree.root.namespace == "urn:QDA-XML:codebook:1.0")
    #expect(tree.root[attribute: "schemaLocation"] == "urn:QDA-XML:codebook:1.0 Codebook.xsd")
    #expect(tree.root.attributes["qda"] == nil, "namespace declarations are not attributes")
    let codes = tree.root.children("Code", in: "Codes")
    #expect(codes.count == 1)
    #expect(codes.first?[attribute: "name"] == "Fish & chips")
    #expect(codes.first?.line == 6)
    #expect(codes.first?.child("Description")?.text == "line one\nline two <raw>")
  }

  @Test func refusesDocumentTypeDeclarations() {
    let external = """
      <?xml version="1.0"?>
      <!DOCTYPE CodeBook [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
      <CodeBook><Codes><Code name="&secret;"/></Codes></CodeBook>
      """
    #expect(problem(external) == .documentTypeDeclaration(line: 2))
    let laughs = """
      <?xml version="1.0"?>
      <!DOCTYPE lolz [
        <!ENTITY lol "lol">
        <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
      ]>
      <lolz>&lol3;</lolz>
      """
    #expect(problem(laughs) == .documentTypeDeclaration(line: 2))
    #expect(problem("\u{FEFF}<!DOCTYPE x><x/>") == .documentTypeDeclaration(line: 1))
  }

  @Test func boundsDepthElementsAndSize() {
    let deep = String(repeating: "<a>", count: 40) + String(repeating: "</a>", count: 40)
    let limits = XMLLimits(maximumBytes: 10_000, maximumDepth: 32, maximumElements: 50)
    #expect(problem(deep, limits: limits) == .tooDeep(line: 1, limit: 32))
    let wide = "<r>" + String(repeating: "<b/>", count: 60) + "</r>"
    #expect(problem(wide, limits: limits) == .tooManyElements(limit: 50))
    let big = "<r>" + String(repeating: "x", count: 20_000) + "</r>"
    #expect(problem(big, limits: limits) == .tooLarge(bytes: 20_007, limit: 10_000))
  }

  @Test func malformedDocumentsNameTheLine() {
    let truncated = "<?xml version=\"1.0\"?>\n<CodeBook>\n  <Codes>\n    <Code name=\"a\">\n"
    guard case .malformed(let line, _, let reason)? = problem(truncated) else {
      Issue.record(
        "a truncated document must be malformed, got \(String(describing: problem(truncated)))")
      return
    }
    #expect(line >= 4)
    #expect(!reason.isEmpty)
    guard case .malformed(let mismatchLine, _, _)? = problem("<a>\n<b>\n</a>\n") else {
      Issue.record("mismatched tags must be malformed")
      return
    }
    #expect(mismatchLine == 3)
    #expect(problem("") == .empty)
    #expect(problem("  \n ") == .empty)
    let utf16: [UInt8] =
      [0xFF, 0xFE] + "<a/>".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    #expect(throws: XMLProblem.self) { try XMLTree.parse(utf16) }
  }

  @Test func writerEscapesAndRoundTrips() throws {
    var writer = XMLWriter()
    let hostile = "a & b < c > \"d\" 'e'\nline\ttab\r\u{0}nul \u{1F600}"
    writer.open("Project", [("name", hostile), ("xmlns", "urn:QDA-XML:project:1.0")])
    writer.leaf("Empty", [("guid", "x")])
    writer.leaf("Description", content: hostile)
    let document = writer.finish()
    #expect(!document.contains("\u{0}"))
    let tree = try XMLTree.parse(Array(document.utf8))
    let expected = hostile.replacingOccurrences(of: "\u{0}", with: "")
    #expect(tree.root[attribute: "name"] == expected)
    #expect(tree.root.child("Description")?.text == expected)
    #expect(tree.root.child("Empty")?[attribute: "guid"] == "x")
    #expect(tree.root.namespace == "urn:QDA-XML:project:1.0")
  }
}
