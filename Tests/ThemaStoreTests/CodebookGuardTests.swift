import Foundation
import Testing
import ThemaCore

@testable import ThemaStore

@Suite struct CodebookGuardTests {
  static let markdown = "# Study\n\n## T1 Trust\n### 1a Shared experience\nDefinition: x\n"

  static func project() throws -> (TemporaryFolder, Project, Codebook) {
    let folder = try TemporaryFolder()
    try AtomicFile.createFolder(folder.path + "/Codebooks")
    try AtomicFile.createFolder(folder.path + "/Transcripts")
    try AtomicFile.write(markdown, to: folder.path + "/Codebooks/study.md")
    let codebook = try #require(Codebook.parse(markdown: markdown, name: "study", file: "").value)
    return (folder, Project(root: folder.path, currentFolder: folder.path), codebook)
  }

  @Test func passesWhileTheCodebookIsTheOneRead() throws {
    let (folder, project, codebook) = try Self.project()
    defer { withExtendedLifetime(folder) {} }
    let lock = try project.codebookGuard(codebook, purpose: "test")
    _ = consume lock
  }

  @Test func refusesOnceARevisionChangedIt() throws {
    let (folder, project, codebook) = try Self.project()
    defer { withExtendedLifetime(folder) {} }
    try AtomicFile.write(
      Self.markdown.replacingOccurrences(of: "1a Shared", with: "1z Shared"),
      to: folder.path + "/Codebooks/study.md")
    #expect(throws: Diagnostic.self) { _ = try project.codebookGuard(codebook, purpose: "test") }
    do {
      _ = try project.codebookGuard(codebook, purpose: "test")
    } catch {
      #expect(error.problem == .codebookChangedMeanwhile(codebook: "study"))
      #expect(error.message.contains("was revised while this command ran"))
    }
  }

  @Test func waitsForARevisionThatHoldsTheLock() throws {
    let (folder, project, codebook) = try Self.project()
    defer { withExtendedLifetime(folder) {} }
    let revision = try project.lockFile("Codebooks/study.md", purpose: "thema codebook rename")
    #expect(throws: Diagnostic.self) {
      _ = try project.codebookGuard(codebook, purpose: "test", timeout: 0.1)
    }
    _ = consume revision
  }
}
