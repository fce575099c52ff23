import Foundation
import Testing

@testable import ThemaCore

/// Hostile and damaged `.qdc` files: each is refused with an error that names the line (where
/// there is one) and says what was expected, and yields no codebook.
@Suite struct CodebookQDCHostileTests {
  /// A file of `Tests/Fixtures/Refi/Hostile/` (made by its `make-fixtures.py`), the line its
  /// error names (nil: the whole file), and words the message must contain.
  static let cases: [(file: String, line: Int?, says: String)] = [
    ("xxe.qdc", 2, "document type"),
    ("billion-laughs.qdc", 2, "document type"),
    ("deep-elements.qdc", 4, "nest more than 64"),
    ("deep-codes.qdc", 9, "at most 5 levels"),
    ("not-utf8.qdc", 3, "not UTF-8"),
    ("utf16.qdc", 1, "UTF-16"),
    ("project-root.qdc", 2, "expected the root element <CodeBook>, found <Project>"),
    ("wrong-namespace.qdc", 2, "expected the REFI-QDA namespace 'urn:QDA-XML:codebook:1.0'"),
    ("no-namespace.qdc", 2, "has no namespace"),
    ("no-codes-element.qdc", 2, "expected a <Codes> element"),
    ("empty-codes.qdc", nil, "has no codes"),
    ("duplicate-guids.qdc", 5, "of the code on line 4"),
    ("nameless-code.qdc", 4, "has no name"),
    ("mismatched-tags.qdc", 5, "expected </Code> to close the <Code> of line 4"),
    ("empty.qdc", nil, "holds no XML"),
    ("not-xml.qdc", 1, "not well-formed"),
    ("../requal_atlasti23_corrupted_truncated.qdc", 17, "cut short"),
  ]

  @Test(arguments: cases)
  func isRefusedWithALineAndWhatWasExpected(
    _ hostile: (file: String, line: Int?, says: String)
  ) throws {
    let bytes = try [UInt8](
      Data(
        contentsOf: URL(
          fileURLWithPath: repositoryRoot + "/Tests/Fixtures/Refi/Hostile/" + hostile.file)))
    let parsed = Codebook.parse(qdc: bytes, name: "x", title: "X", file: "bad.qdc")
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
    let bytes = Array(("<CodeBook>" + String(repeating: " ", count: 200)).utf8)
    let parsed = Codebook.parse(qdc: bytes, name: "x", title: "X", file: "big.qdc", limits: limits)
    #expect(parsed.value == nil)
    #expect(
      parsed.diagnostics.first?.problem == .refi(.xml(.tooLarge(bytes: bytes.count, limit: 100))))
  }
}
