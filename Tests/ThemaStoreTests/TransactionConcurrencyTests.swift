import Foundation
import Testing
import ThemaCore

@testable import ThemaStore

/// Transactions of two writers at once (two leads resolving two transcripts, a lead resolving
/// while a codebook revision runs): each share the one journal, `.thema/transaction`, so they
/// must take turns, and a writer that only recovers must never take another's journal for a
/// crashed one.
@Suite struct TransactionConcurrencyTests {
  @Test func twoWritersCommittingAtOnceLoseNothing() async throws {
    let folder = try TemporaryFolder()
    defer { withExtendedLifetime(folder) {} }
    for name in ["Codebooks", "Transcripts/A", "Transcripts/B"] {
      try FileManager.default.createDirectory(
        atPath: folder.path + "/" + name, withIntermediateDirectories: true)
    }
    let project = Project(root: folder.path, currentFolder: folder.path)
    let rounds = 60
    let failures = await withTaskGroup(of: [String].self) { group in
      for writer in ["A", "B"] {
        group.addTask {
          var failures: [String] = []
          for round in 0..<rounds {
            let writes = ["consensus.tsv", "decisions.jsonl"].map {
              PendingWrite(
                path: "Transcripts/\(writer)/\($0)", data: Data("\(writer) \(round)\n".utf8))
            }
            do throws(Diagnostic) {
              try project.commit(writes)
            } catch {
              failures.append("\(writer) round \(round): \(error.message)")
              continue
            }
            for write in writes
            where FileManager.default.contents(atPath: project.absolute(write.path)) != write.data {
              failures.append(
                "\(writer) round \(round): \(write.path) was reported written, is not")
            }
          }
          return failures
        }
        // A third process that only opens the study, as every command does first.
        group.addTask {
          var failures: [String] = []
          for _ in 0..<rounds {
            do throws(Diagnostic) {
              _ = try project.recoverInterruptedTransaction()
            } catch {
              failures.append("recovery: \(error.message)")
            }
          }
          return failures
        }
      }
      var all: [String] = []
      for await failures in group { all += failures }
      return all
    }
    #expect(failures.count == 0, "first failures: \(failures.prefix(5))")
    for writer in ["A", "B"] {
      let text = FileManager.default.contents(
        atPath: project.absolute("Transcripts/\(writer)/consensus.tsv"))
      #expect(text == Data("\(writer) \(rounds - 1)\n".utf8))
    }
    #expect(!FileManager.default.fileExists(atPath: project.absolute(Project.journalPath)))
  }
}
