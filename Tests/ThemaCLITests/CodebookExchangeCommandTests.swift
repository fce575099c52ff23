import Foundation
import Testing
import ThemaCore

extension Tag {
  /// Tests that run `xmllint` (libxml2-utils) when it is installed.
  @Tag static var xmllint: Self
}

/// `thema codebook import` and `thema codebook export`: REFI-QDA codebooks in and out of a
/// study, and nothing written when a file is damaged or hostile.
@Suite struct CodebookExchangeCommandTests {
  static let fixtures = repositoryRoot + "/Tests/Fixtures/Refi/"

  @Test func exportWritesExportsByDefaultAndStandardOutputWithADash() throws {
    let study = try TestStudy.sample()
    let result = study.run(["codebook", "export", "program-managers", "--format", "qdc"])
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out == "Wrote Exports/program-managers.qdc: 42 codes in 3 levels, 0 sets.\n")
    let written = try #require(study.read("Exports/program-managers.qdc"))
    #expect(written.hasPrefix("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<CodeBook"))
    let again = study.run(["codebook", "export", "program-managers"])
    #expect(again.out.hasPrefix("Exports/program-managers.qdc is up to date"))
    let piped = study.run(["codebook", "export", "program-managers", "--out", "-"])
    #expect(piped.out == written)
  }

  @Test func exportGoesOutsideTheStudyButNeverAmongItsInputs() throws {
    let study = try TestStudy.sample()
    let outside = FileManager.default.temporaryDirectory.appendingPathComponent(
      "thema-\(UUID().uuidString).qdc"
    ).path
    defer { try? FileManager.default.removeItem(atPath: outside) }
    let result = study.run(["codebook", "export", "capp-participants", "--out", outside])
    #expect(result.status == 0, "\(result.err)")
    #expect(FileManager.default.fileExists(atPath: outside))
    try study.write("Exports/keep.txt", "")
    let before = study.snapshot()
    for (out, says) in [
      ("Codebooks/x.qdc", "Codebooks"), ("/no/such/folder/x.qdc", "does not exist"),
      ("Exports", "folder"),
    ] {
      let refused = study.run(["codebook", "export", "capp-participants", "--out", out])
      #expect(refused.status == 1, "\(out)")
      #expect(refused.err.contains(says), "\(out): \(refused.err)")
    }
    #expect(study.snapshot() == before)
    let unknown = study.run(["codebook", "export", "nope"])
    #expect(unknown.status == 1)
    #expect(unknown.err.contains("no codebook 'nope'"))
    #expect(study.run(["codebook", "export", "nope", "--format", "pdf"]).status == 64)
  }

  @Test func aCodebookComesBackUnderAnotherNameWithItsIdentities() throws {
    let study = try TestStudy.sample()
    #expect(study.run(["codebook", "export", "program-managers"]).status == 0)
    let result = study.run([
      "codebook", "import", "Exports/program-managers.qdc", "--name", "pm-copy",
    ])
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out.hasPrefix("Wrote Codebooks/pm-copy.md: 42 codes in 3 levels, 0 sets.\n"))
    let original = try Codebook.parse(
      markdown: try #require(study.read("Codebooks/program-managers.md")),
      name: "program-managers", file: "pm.md"
    ).get()
    let copy = try Codebook.parse(
      markdown: try #require(study.read("Codebooks/pm-copy.md")), name: "pm-copy", file: "c.md"
    ).get()
    #expect(copy.codes.count == original.codes.count)
    for entry in original.flattened() {
      let copied = try #require(copy.code(at: entry.path), "\(entry.path)")
      #expect(copied.guid == original.guid(at: entry.path))
      #expect(copied.name == entry.code.name && copied.definition == entry.code.definition)
    }
    let check = study.run(["check"])
    #expect(check.status == 0, "\(check.err)")
  }

  @Test(arguments: [
    (
      "refi-1.5-spec-annexA1-codebook.qdc", "6 codes in 1 level (2 only group others), 0 sets",
      "\n1  Topics (not codable)\n"
    ),
    ("requal_atlasti23_valid.qdc", "1 code in 1 level, 1 set", "\nSets: code group 1 (1)\n"),
  ])
  func importsTheSharedSamples(file: String, summary: String, shown: String) throws {
    let study = try TestStudy.sample()
    let result = study.run(["codebook", "import", Self.fixtures + file])
    #expect(result.status == 0, "\(result.err)")
    let name = String(file.dropLast(4))
    #expect(result.out.hasPrefix("Wrote Codebooks/\(name).md: \(summary).\n"))
    #expect(study.read("Codebooks/\(name).md")?.hasPrefix("# \(name)\n") == true)
    #expect(study.run(["codebook", "show", name]).out.contains(shown))
    let check = study.run(["check"])
    #expect(check.status == 0, "\(check.err)")
  }

  @Test func replacingACodebookNeedsForceAndKeepsEveryCodedCode() throws {
    let study = try TestStudy.sample()
    let before = study.snapshot()
    let refused = study.run([
      "codebook", "import", Self.fixtures + "requal_atlasti23_valid.qdc", "--name",
      "program-managers",
    ])
    #expect(refused.status == 1)
    #expect(refused.err.contains("Codebooks/program-managers.md exists already"), "\(refused.err)")
    let forced = study.run([
      "codebook", "import", Self.fixtures + "requal_atlasti23_valid.qdc", "--name",
      "program-managers", "--force",
    ])
    #expect(forced.status == 1)
    #expect(forced.err.contains("would remove"), "\(forced.err)")
    #expect(forced.err.contains("T1/1/1a ("), "\(forced.err)")
    #expect(study.snapshot() == before)
    #expect(study.run(["codebook", "export", "program-managers"]).status == 0)
    let same = study.run([
      "codebook", "import", "Exports/program-managers.qdc", "--name", "program-managers",
      "--force",
    ])
    #expect(same.status == 0, "\(same.err)")
    let replaced = try #require(study.read("Codebooks/program-managers.md"))
    #expect(replaced.hasPrefix("# Program managers' perspectives on peer specialists\n"))
    #expect(replaced.contains("Levels: Table, Theme, Subtheme"), "title and levels are kept")
    #expect(replaced.contains("GUID: "))
    #expect(study.run(["check"]).status == 0)
  }

  @Test func aDryRunWritesNothing() throws {
    let study = try TestStudy.sample()
    let before = study.snapshot()
    let result = study.run([
      "codebook", "import", Self.fixtures + "refi-1.5-spec-annexA1-codebook.qdc", "--dry-run",
    ])
    #expect(result.status == 0)
    #expect(result.out.hasSuffix("Dry run: nothing was written.\n"))
    #expect(study.snapshot() == before)
  }

  /// Every hostile file of the core tests (which check each message and line), given to the
  /// command: exit 1, an error naming the file, and nothing written.
  @Test(arguments: hostileFiles())
  func hostileFilesChangeNothing(file: String) throws {
    let study = try TestStudy.sample()
    let bytes = try #require(FileManager.default.contents(atPath: Self.fixtures + file))
    try FileManager.default.createDirectory(
      atPath: study.root + "/incoming", withIntermediateDirectories: true)
    try study.write("incoming/bad.qdc", bytes: [UInt8](bytes))
    let before = study.snapshot()
    let result = study.run(["codebook", "import", "incoming/bad.qdc"])
    #expect(result.status == 1)
    #expect(result.err.hasPrefix("incoming/bad.qdc:"), "\(result.err)")
    #expect(result.err.contains(": error: "), "\(result.err)")
    #expect(study.snapshot() == before)
  }

  @Test func aSecondCodebookMustNotLeaveTranscriptsUnsureOfTheirs() throws {
    let study = try TestStudy.empty()
    try study.write(
      "Codebooks/only.md", "# Only\n\n## T1 Theme\n")
    try study.write(
      "Transcripts/P1/transcript.txt", "id: P1\n\nS1 | P1\nHello.\n")
    let before = study.snapshot()
    let result = study.run(["codebook", "import", Self.fixtures + "requal_atlasti23_valid.qdc"])
    #expect(result.status == 1)
    #expect(
      result.err.contains("Transcripts/P1/transcript.txt: error: transcript P1 names no codebook"),
      "\(result.err)")
    #expect(study.snapshot() == before)
  }

  @Test(.tags(.xmllint)) func exportsAreValidAgainstTheStandardsSchema() throws {
    guard let xmllint = Self.findExecutable("xmllint") else {
      print(
        "CodebookExchangeCommandTests: xmllint is not installed (apt-get install libxml2-utils);"
          + " skipping the schema validation of exports")
      return
    }
    let study = try TestStudy.sample()
    try study.write(
      "Codebooks/sets.md",
      "# Sets\nSet: Declared {0aa0a0a0-0000-4000-8000-000000000001}\nA set.\n\n"
        + "## T1 Theme & <more>\nCodable: no\nColor: #ABCDEF\n\n### 1 Sub\nSets: Declared; Other\n"
        + "Retired: merged\n")
    for name in ["program-managers", "capp-participants", "sets"] {
      let result = study.run(["codebook", "export", name])
      #expect(result.status == 0, "\(result.err)")
      let process = Process()
      process.executableURL = URL(fileURLWithPath: xmllint)
      process.arguments = [
        "--noout", "--nonet", "--schema", Self.fixtures + "Codebook.xsd",
        study.root + "/Exports/\(name).qdc",
      ]
      let errors = Pipe()
      process.standardError = errors
      process.standardOutput = FileHandle.nullDevice
      try process.run()
      let message = String(
        decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "\(name): \(message)")
    }
  }

  /// The hostile fixtures, by their path below `Tests/Fixtures/Refi/`.
  static func hostileFiles() -> [String] {
    let names =
      (try? FileManager.default.contentsOfDirectory(atPath: fixtures + "Hostile")) ?? []
    return names.filter { $0.hasSuffix(".qdc") }.sorted().map { "Hostile/" + $0 }
      + ["requal_atlasti23_corrupted_truncated.qdc"]
  }

  static func findExecutable(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }
}
