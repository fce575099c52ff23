import Foundation
import Testing

@testable import ThemaCore

/// Projects from other tools are untrusted: unsafe entry names, zip bombs, hostile or damaged
/// XML, and unreadable texts are refused with a message that says where and what was expected.
@Suite struct RefiProjectHostileTests {
  typealias A = RefiTestArchive

  static let good = A.project(A.codeBook(["One"]))

  /// The one error importing `bytes` gives.
  static func error(_ bytes: [UInt8], limits: XMLLimits = .standard) throws -> Diagnostic {
    let imported = RefiProjectImporter.importArchive(
      bytes, file: "bad.qdpx", options: RefiImportOptions(xmlLimits: limits))
    #expect(imported.value == nil)
    let errors = imported.diagnostics.filter { $0.severity == .error }
    #expect(errors.count == 1, "\(imported.diagnostics)")
    return try #require(errors.first)
  }

  static func archive(_ build: (inout A) -> Void) -> [UInt8] {
    var archive = A()
    build(&archive)
    return archive.bytes()
  }

  @Test(arguments: [
    ("../../evil.txt", RefiProjectProblem.UnsafeName.parentFolder),
    ("sources/../../evil.txt", .parentFolder),
    ("sources\\..\\evil.txt", .parentFolder),
    ("/etc/passwd", .absolute),
    ("C:\\Windows\\evil.txt", .absolute),
  ])
  func entryNamesThatLeaveTheFolderAreRefused(name: String, reason: RefiProjectProblem.UnsafeName)
    throws
  {
    let bytes = Self.archive {
      $0.add("project.qde", text: Self.good)
      $0.add(name, text: "x")
    }
    let error = try Self.error(bytes)
    #expect(error.problem == .refiProject(.unsafeEntryName(name, reason)))
    #expect(error.message.contains("nothing was read from it"))
  }

  @Test func aSymbolicLinkIsRefused() throws {
    let bytes = Self.archive {
      $0.add("project.qde", text: Self.good)
      $0.addLink("sources/a.txt", to: "/etc/passwd")
    }
    #expect(
      try Self.error(bytes).problem
        == .refiProject(.unsafeEntryName("sources/a.txt", .symbolicLink))
    )
  }

  @Test func aSourcePathCannotReachOutsideTheArchive() throws {
    let xml = A.project(
      A.codeBook(["One"])
        + """
        <Sources>
          <TextSource guid="50000000-0000-4000-8000-000000000001" name="a"
            plainTextPath="internal://../../../../etc/hostname"/>
          <TextSource guid="50000000-0000-4000-8000-000000000002" name="b"
            plainTextPath="absolute:///etc/hostname"/>
        </Sources>
        """)
    let imported = RefiProjectImporter.importArchive(
      Self.archive { $0.add("project.qde", text: xml) }, file: "a.qdpx")
    let result = try #require(imported.value)
    #expect(result.transcripts.isEmpty)
    #expect(result.summary.sourcesWithoutText == 2)
  }

  @Test func aZipBombIsRefused() throws {
    let bytes = try [UInt8](
      Data(contentsOf: URL(fileURLWithPath: repositoryRoot + "/Tests/Fixtures/Zip/bomb-ratio.zip")))
    let error = try Self.error(bytes)
    guard case .refiProject(.zip(.ratioTooHigh)) = error.problem else {
      Issue.record("expected a ratio error, got \(error)")
      return
    }
    #expect(error.message.contains("zip bomb"))
  }

  @Test func anArchiveWithoutOrWithSeveralProjectFilesIsRefused() throws {
    let none = Self.archive { $0.add("sources/a.txt", text: "x") }
    #expect(try Self.error(none).problem == .refiProject(.noProjectFile(entries: 1)))
    let two = Self.archive {
      $0.add("a.qde", text: Self.good)
      $0.add("B.QDE", text: Self.good)
    }
    #expect(try Self.error(two).problem == .refiProject(.severalProjectFiles(["a.qde", "B.QDE"])))
    #expect(try Self.error(Array("not a zip".utf8)).problem == .refiProject(.zip(.notAZip)))
  }

  /// A project file whose line 4 (or as given) is broken, with the problem it must give.
  @Test(arguments: [
    (
      "<Sources><TextSource guid=\"50000000-0000-4000-8000-000000000001\">\n"
        + "<PlainTextSelection guid=\"60000000-0000-4000-8000-000000000001\" endPosition=\"4\"/>"
        + "</TextSource></Sources>",
      4, "<PlainTextSelection> has no startPosition attribute; REFI-QDA requires one here"
    ),
    (
      "<Sources><TextSource guid=\"50000000-0000-4000-8000-000000000001\">\n"
        + "<PlainTextSelection guid=\"60000000-0000-4000-8000-000000000001\" startPosition=\"x1\" "
        + "endPosition=\"4\"/></TextSource></Sources>",
      4, "the startPosition of <PlainTextSelection> is 'x1', expected a whole number such as 120"
    ),
    (
      "<Sources><TextSource guid=\"50000000-0000-4000-8000-000000000001\">\n"
        + "<PlainTextSelection guid=\"60000000-0000-4000-8000-000000000001\" startPosition=\"1\" "
        + "endPosition=\"4\"><Coding guid=\"70000000-0000-4000-8000-000000000001\"/>"
        + "</PlainTextSelection></TextSource></Sources>",
      4, "<Coding> has no <CodeRef>; REFI-QDA requires one here"
    ),
  ])
  func aMalformedProjectNamesTheLineAndWhatWasExpected(body: String, line: Int, message: String)
    throws
  {
    let bytes = Self.archive { $0.add("project.qde", text: A.project(body)) }
    let error = try Self.error(bytes)
    #expect(error.location?.file == "bad.qdpx/project.qde")
    #expect(error.location?.line == line)
    #expect(error.message == message)
  }

  @Test func brokenXMLGivesItsLine() throws {
    let xml =
      "<?xml version=\"1.0\"?>\n<Project name=\"x\">\n<Users>\n<User guid=\"x\">\n</Project>\n"
    let error = try Self.error(Self.archive { $0.add("project.qde", text: xml) })
    guard case .refi(.xml(.malformed)) = error.problem else {
      Issue.record("expected malformed XML, got \(error)")
      return
    }
    #expect(error.location?.line != nil)
  }

  @Test func aDocumentTypeWithEntitiesIsRefused() throws {
    let xml = """
      <?xml version="1.0"?>
      <!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>
      <Project name="&x;"/>
      """
    let error = try Self.error(Self.archive { $0.add("project.qde", text: xml) })
    #expect(error.problem == .refi(.xml(.documentTypeDeclaration(line: 2))))
    #expect(error.location?.line == 2)
  }

  @Test func tooDeepOrTooLargeXMLIsRefused() throws {
    let deep = A.project(String(repeating: "<Description>", count: 40))
    let limits = XMLLimits(maximumBytes: 1_000_000, maximumDepth: 16, maximumElements: 1000)
    let error = try Self.error(Self.archive { $0.add("project.qde", text: deep) }, limits: limits)
    guard case .refi(.xml(.tooDeep)) = error.problem else {
      Issue.record("expected too deep, got \(error)")
      return
    }
    let small = XMLLimits(maximumBytes: 50, maximumDepth: 16, maximumElements: 1000)
    let large = try Self.error(
      Self.archive { $0.add("project.qde", text: Self.good) }, limits: small)
    guard case .refi(.xml(.tooLarge)) = large.problem else {
      Issue.record("expected too large, got \(large)")
      return
    }
  }

  @Test func aRootOtherThanProjectIsRefused() throws {
    let xml = "<?xml version=\"1.0\"?>\n<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"/>\n"
    let error = try Self.error(Self.archive { $0.add("project.qde", text: xml) })
    #expect(error.problem == .refiProject(.notAProject(root: "CodeBook")))
  }

  @Test func aTextThatIsNotUTF8IsAnError() throws {
    let xml = A.project(
      A.codeBook(["One"])
        + "<Sources><TextSource guid=\"50000000-0000-4000-8000-000000000001\" name=\"a\" "
        + "plainTextPath=\"internal://a.txt\"/></Sources>")
    let bytes = Self.archive {
      $0.add("project.qde", text: xml)
      $0.add("sources/a.txt", [0x41, 0xFF, 0xFE, 0x41, 0x00])
    }
    let error = try Self.error(bytes)
    guard case .refiProject(.unreadableText(source: "a", _)) = error.problem else {
      Issue.record("expected unreadable text, got \(error)")
      return
    }
  }
}
