import Foundation
import Testing
import ThemaCore

@testable import ThemaStore

/// A temporary folder removed when the value goes away.
final class TemporaryFolder: @unchecked Sendable {
  let path: String

  init() throws {
    path =
      FileManager.default.temporaryDirectory.appendingPathComponent("thema-store-\(UUID())").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  func contents() -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
  }
}

@Suite struct AtomicFileTests {
  @Test func writesOnlyWhenTheContentChanges() throws {
    let folder = try TemporaryFolder()
    let file = folder.path + "/codings.tsv"
    #expect(try AtomicFile.write("one\n", to: file))
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "one\n")
    let inode = try FileManager.default.attributesOfItem(atPath: file)[.systemFileNumber] as? Int
    #expect(try AtomicFile.write("one\n", to: file) == false)
    let sameInode =
      try FileManager.default.attributesOfItem(atPath: file)[.systemFileNumber] as? Int
    #expect(inode == sameInode, "an unchanged file must not be rewritten")
    #expect(try AtomicFile.write("two\n", to: file))
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "two\n")
    #expect(folder.contents() == ["codings.tsv"], "no temporary file may be left behind")
  }

  @Test func keepsTheFilesPermissions() throws {
    let folder = try TemporaryFolder()
    let file = folder.path + "/t.txt"
    try AtomicFile.write("a", to: file)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
    try AtomicFile.write("b", to: file)
    let permissions =
      try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
    #expect(permissions == 0o600)
  }

  @Test func failsWithAClearMessageAndLeavesNothing() throws {
    let folder = try TemporaryFolder()
    let file = folder.path + "/missing-folder/t.txt"
    #expect {
      try AtomicFile.write("a", to: file, display: "Transcripts/X/t.txt")
    } throws: { error in
      guard let diagnostic = error as? Diagnostic,
        case .cannotWrite(let reason) = diagnostic.problem
      else {
        return false
      }
      return diagnostic.location?.file == "Transcripts/X/t.txt" && reason.contains("temporary file")
    }
  }

  @Test func removesTemporariesOfProcessesThatDied() throws {
    let folder = try TemporaryFolder()
    let stale = folder.path + "/.t.txt.tmp-999999999-1"
    let alive = folder.path + "/.t.txt.tmp-\(getpid())-2"
    try Data("half".utf8).write(to: URL(fileURLWithPath: stale))
    try Data("mine".utf8).write(to: URL(fileURLWithPath: alive))
    try AtomicFile.write("whole", to: folder.path + "/t.txt")
    #expect(folder.contents() == [".t.txt.tmp-\(getpid())-2", "t.txt"])
  }
}

@Suite struct FileLockTests {
  @Test func aSecondHolderIsRefusedWithTheFirstOnesName() throws {
    let folder = try TemporaryFolder()
    let file = folder.path + "/alice.tsv"
    let first = try FileLock.acquire(file, purpose: "coding screen of alice", display: "alice.tsv")
    #expect {
      _ = try FileLock.acquire(file, purpose: "thema code --apply", display: "alice.tsv")
    } throws: { error in
      guard let diagnostic = error as? Diagnostic,
        case .locked(let shown, let holder) = diagnostic.problem
      else {
        return false
      }
      return shown == "alice.tsv" && holder.contains("coding screen of alice")
        && holder.contains("process")
    }
    _ = consume first
    let second = try FileLock.acquire(file, purpose: "again", display: "alice.tsv")
    _ = consume second
  }

  @Test func differentFilesLockIndependently() throws {
    let folder = try TemporaryFolder()
    let alice = try FileLock.acquire(folder.path + "/alice.tsv", purpose: "a", display: "a")
    let bob = try FileLock.acquire(folder.path + "/bob.tsv", purpose: "b", display: "b")
    _ = consume alice
    _ = consume bob
  }
}
