import Foundation
import Testing

@testable import ThemaStore

@Suite struct TransactionTests {
  func project() throws -> (TemporaryFolder, Project) {
    let folder = try TemporaryFolder()
    for name in ["Codebooks", "Transcripts/A"] {
      try FileManager.default.createDirectory(
        atPath: folder.path + "/" + name, withIntermediateDirectories: true)
    }
    return (folder, Project(root: folder.path, currentFolder: folder.path))
  }

  func read(_ project: Project, _ path: String) -> String? {
    FileManager.default.contents(atPath: project.absolute(path)).flatMap {
      String(data: $0, encoding: .utf8)
    }
  }

  @Test func writesEveryFileAndLeavesNoJournal() throws {
    let (folder, project) = try project()
    defer { withExtendedLifetime(folder) {} }
    try AtomicFile.write("old", to: project.absolute("Codebooks/x.md"))
    let written = try project.commit([
      PendingWrite(path: "Codebooks/x.md", data: Data("new".utf8)),
      PendingWrite(path: "Transcripts/A/codings/alice.tsv", data: Data("codings".utf8)),
      PendingWrite(path: "Transcripts/A/transcript.txt", data: Data()),
    ])
    #expect(
      written == [
        "Codebooks/x.md", "Transcripts/A/codings/alice.tsv", "Transcripts/A/transcript.txt",
      ])
    #expect(read(project, "Codebooks/x.md") == "new")
    #expect(read(project, "Transcripts/A/codings/alice.tsv") == "codings")
    #expect(!FileManager.default.fileExists(atPath: project.absolute(Project.journalPath)))
    #expect(
      try project.commit([PendingWrite(path: "Codebooks/x.md", data: Data("new".utf8))]).isEmpty)
  }

  @Test func aCrashAfterTheJournalIsFinishedOnTheNextRun() throws {
    let (folder, project) = try project()
    defer { withExtendedLifetime(folder) {} }
    try AtomicFile.write("old 1", to: project.absolute("Codebooks/one.md"))
    try AtomicFile.write("old 2", to: project.absolute("Codebooks/two.md"))
    // As if the process died after renaming the first file but before the second.
    try Data("new 2".utf8).write(
      to: URL(fileURLWithPath: project.absolute("Codebooks/.two.md.tmp-1-1")))
    try AtomicFile.write("new 1", to: project.absolute("Codebooks/one.md"))
    try FileManager.default.createDirectory(
      atPath: project.absolute(".thema"), withIntermediateDirectories: true)
    let journal =
      "thema transaction 1\nCodebooks/.one.md.tmp-1-0\tCodebooks/one.md\nCodebooks/.two.md.tmp-1-1\tCodebooks/two.md\nend\n"
    try AtomicFile.write(journal, to: project.absolute(Project.journalPath))
    #expect(try project.recoverInterruptedTransaction() == 1)
    #expect(read(project, "Codebooks/one.md") == "new 1")
    #expect(read(project, "Codebooks/two.md") == "new 2")
    #expect(!FileManager.default.fileExists(atPath: project.absolute(Project.journalPath)))
    #expect(try project.recoverInterruptedTransaction() == 0)
  }

  @Test func aCrashBeforeTheJournalChangesNothing() throws {
    let (folder, project) = try project()
    defer { withExtendedLifetime(folder) {} }
    try AtomicFile.write("old", to: project.absolute("Codebooks/one.md"))
    try Data("new".utf8).write(
      to: URL(fileURLWithPath: project.absolute("Codebooks/.one.md.tmp-999999999-7")))
    #expect(try project.recoverInterruptedTransaction() == 0)
    #expect(read(project, "Codebooks/one.md") == "old")
    let loaded = project.load()
    #expect(loaded.study.codebooks.isEmpty, "a temporary file is never read as a codebook")
  }

  @Test func aDamagedJournalIsReportedNotGuessedAt() throws {
    let (folder, project) = try project()
    defer { withExtendedLifetime(folder) {} }
    try FileManager.default.createDirectory(
      atPath: project.absolute(".thema"), withIntermediateDirectories: true)
    try AtomicFile.write("garbage", to: project.absolute(Project.journalPath))
    #expect(throws: (any Error).self) { try project.recoverInterruptedTransaction() }
  }
}
