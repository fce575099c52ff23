import Foundation
import Testing

@testable import ThemaCLI

/// `thema export --all`: deterministic, and the sample study's committed `Exports/` is current.
@Suite struct ExportCommandTests {
  /// Every file below `folder` of `root`, by path relative to `root`.
  static func files(in root: String, under folders: [String]) -> [String: Data] {
    var files: [String: Data] = [:]
    for folder in folders {
      let base = root + "/" + folder
      let enumerator = FileManager.default.enumerator(atPath: base)
      while let path = enumerator?.nextObject() as? String {
        var isDirectory: ObjCBool = false
        let full = base + "/" + path
        if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory),
          !isDirectory.boolValue, let data = FileManager.default.contents(atPath: full)
        {
          files[folder + "/" + path] = data
        }
      }
    }
    return files
  }

  static let generated = ["Exports/tables", "Exports/reports"]

  @Test func theCommittedExportsAreUpToDate() throws {
    let study = try TestStudy.sampleWithExports()
    let result = study.run(["export", "--all"])
    #expect(result.status == 0, "\(result.err)")
    let fresh = Self.files(in: study.root, under: Self.generated)
    let committed = Self.files(in: repositoryRoot, under: Self.generated)
    let fix = "run 'swift run thema export --all' in the repository root and commit Exports/"
    #expect(!fresh.isEmpty)
    for path in fresh.keys.sorted() where committed[path] != fresh[path] {
      Issue.record("\(path) is stale or missing in the repository; \(fix)")
    }
    for path in committed.keys.sorted() where fresh[path] == nil {
      Issue.record("\(path) is no longer generated; delete it from Exports/ or \(fix)")
    }
  }

  @Test func writesEveryFormatOfEveryCodebookAndAReportPerTable() throws {
    let study = try TestStudy.sampleWithExports()
    #expect(study.run(["export", "--all"]).status == 0)
    let paths = Set(Self.files(in: study.root, under: Self.generated).keys)
    for codebook in ["program-managers", "capp-participants"] {
      for format in ["md", "csv", "html", "docx", "tex", "json"] {
        #expect(paths.contains("Exports/tables/\(codebook).\(format)"))
      }
    }
    #expect(paths.contains("Exports/reports/program-managers/T4.md"))
    #expect(paths.contains("Exports/reports/capp-participants/D3.md"))
    #expect(paths.count == 12 + 4 + 3)
  }

  @Test func aSecondRunChangesNothing() throws {
    let study = try TestStudy.sampleWithExports()
    #expect(study.run(["export", "--all"]).status == 0)
    let before = study.snapshot()
    let again = study.run(["export", "--all"])
    #expect(again.status == 0)
    #expect(again.out.hasSuffix("19 files in Exports/, 0 changed.\n"))
    #expect(study.snapshot() == before)
  }

  @Test func checkFailsWithoutWritingWhenExportsAreStale() throws {
    let study = try TestStudy.sampleWithExports()
    #expect(study.run(["export", "--all"]).status == 0)
    #expect(study.run(["export", "--all", "--check"]).status == 0)
    let coded = study.run(["code", "PM-08", "--coder", "alice", "--apply", "S2=T2/1/1a"])
    #expect(coded.status == 0, "\(coded.err)")
    let before = study.snapshot()
    let check = study.run(["export", "--all", "--check"])
    #expect(check.status == 1)
    #expect(
      check.err.contains(
        "error: Exports/ is out of date: Exports/reports/program-managers/T2.md differs"))
    #expect(check.err.contains("run 'thema export --all'"))
    #expect(!check.err.contains("capp-participants"), "only the changed codebook is stale")
    #expect(study.snapshot() == before, "--check writes nothing")
  }

  @Test func createsExportsWhenTheStudyHasNone() throws {
    let study = try TestStudy.sample()
    #expect(!FileManager.default.fileExists(atPath: study.root + "/Exports"))
    #expect(study.run(["export", "--all"]).status == 0)
    #expect(
      study.read("Exports/tables/program-managers.md")?.hasPrefix("# Program managers") == true)
  }
}
