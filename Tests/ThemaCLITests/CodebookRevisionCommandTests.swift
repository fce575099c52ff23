import Foundation
import Testing
import ThemaStore

@Suite struct CodebookRevisionCommandTests {
  @Test func renameMigratesEveryCoderAndLogsIt() throws {
    let study = try TestStudy.sample()
    let result = study.run([
      "codebook", "rename", "T1/1a", "--id", "1x", "--by", "lee", "--note", "clearer ID",
    ])
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out.hasPrefix("rename T1/1/1a -> T1/1/1x: "))
    let alice = try #require(study.read("Transcripts/PM-01/codings/alice.tsv"))
    let bob = try #require(study.read("Transcripts/PM-01/codings/bob.tsv"))
    #expect(alice.contains("\tT1/1/1x") && bob.contains("\tT1/1/1x"))
    #expect(!alice.contains("\tT1/1/1a") && !bob.contains("\tT1/1/1a"))
    #expect(
      study.read("Codebooks/program-managers.md")?.contains(
        "#### 1x Lived experience as a hiring requirement") == true)
    let log = try #require(study.read("Codebooks/program-managers.changes"))
    #expect(log.contains("\trename\tT1/1/1a\tT1/1/1x\t"))
    #expect(log.contains("\tlee\tclearer ID\n"))
    let decisions = try #require(study.read("Transcripts/PM-01/decisions.jsonl"))
    #expect(decisions.contains("\"code\":\"T1/1/1x\""), "the decision log follows the rename")
    #expect(study.read("Transcripts/PM-01/consensus.tsv")?.contains("\tT1/1/1x") == true)
    let check = study.run(["check"])
    #expect(check.status == 0, "\(check.err)")
  }

  @Test func dryRunAndRefusalsChangeNothing() throws {
    let study = try TestStudy.sample()
    let before = study.snapshot()
    #expect(
      study.run(["codebook", "merge", "T2/3b", "--into", "T2/3a", "--dry-run"]).out.contains(
        "Dry run"))
    let cases: [([String], String)] = [
      (["codebook", "merge", "T2/3b", "--into", "T9/9z"], "has no code 'T9/9z'"),
      (
        ["codebook", "split", "T4/3a", "--into", "3x:Peers", "--into", "3y:Clinicians"],
        "would be left without a code"
      ),
      (["codebook", "rename", "T1/1a", "--id", "1b"], "a code '1b' already exists under T1/1"),
      (["codebook", "move", "T1/1", "--under", "T1/1/1a"], "cannot go into T1/1/1a"),
      (["codebook", "rename", "1c", "--name", "x"], "exists in several codebooks"),
      (["codebook", "rename", "1", "--name", "x"], "code '1' is ambiguous"),
    ]
    for (arguments, message) in cases {
      let result = study.run(arguments)
      #expect(result.status == 1, "\(arguments)")
      #expect(result.err.contains(message), "\(arguments): \(result.err)")
    }
    #expect(study.snapshot() == before)
  }

  @Test func anOpenCodingScreenBlocksTheRevision() throws {
    let study = try TestStudy.sample()
    let project = Project(root: study.root, currentFolder: study.root)
    let lock = try project.lockSheet(
      of: try #require(ThemaCoreID.coder("bob")),
      for: try #require(ThemaCoreID.transcript("PM-01")),
      purpose: "coding screen of bob")
    let before = study.snapshot()
    let result = study.run(["codebook", "rename", "T1/1a", "--id", "1x"])
    #expect(result.status == 1)
    #expect(result.err.contains("is open in another Thema process (coding screen of bob"))
    #expect(study.snapshot() == before)
    _ = consume lock
  }

  @Test func splitRetireAndCheckWarnings() throws {
    let study = try TestStudy.sample()
    let split = study.run([
      "codebook", "split", "T4/3a", "--into", "3x:Supervision by peers", "--into",
      "3y:Supervision by clinicians",
      "--assign", "PM-01:S36=3x", "--rest", "3y",
    ])
    #expect(split.status == 0, "\(split.err)")
    #expect(study.read("Transcripts/PM-01/codings/alice.tsv")?.contains("S36\tT4/3/3x") == true)
    let retire = study.run(
      ["codebook", "retire", "T1/2c", "--reason", "too rare"],
      variables: ["THEMA_TODAY": "2026-11-23"])
    #expect(retire.status == 0, "\(retire.err)")
    #expect(
      study.read("Codebooks/program-managers.md")?.contains("Retired: 2026-11-23: too rare\n")
        == true)
    let check = study.run(["check"])
    #expect(check.status == 0)
    #expect(
      check.err.contains("warning: coded with T1/2/2c, which is retired (2026-11-23: too rare)"))
    #expect(study.read("Codebooks/program-managers.changes")?.split(separator: "\n").count == 4)
  }

  /// Kills a real `thema codebook rename` at random moments over a study of about a hundred
  /// double-coded transcripts, and checks after each kill that the study is wholly before or
  /// wholly after the rename once the next command has finished any interrupted change.
  @Test func killNineDuringAMigrationLeavesTheStudyBeforeOrAfter() throws {
    let binary = repositoryRoot + "/.build/debug/thema"
    guard FileManager.default.isExecutableFile(atPath: binary) else {
      Issue.record("the thema binary is missing at \(binary); 'swift test' builds it")
      return
    }
    let study = try TestStudy.sample()
    try replicate("PM-01", times: 60, in: study)
    func state() -> String {
      let codebook = study.read("Codebooks/program-managers.md") ?? ""
      let old = codebook.contains("#### 1a Lived experience as a hiring requirement")
      let new = codebook.contains("#### 1x Lived experience as a hiring requirement")
      let files =
        (try? FileManager.default.subpathsOfDirectory(atPath: study.root + "/Transcripts")) ?? []
      var oldCodings = 0
      var newCodings = 0
      for file in files where file.hasSuffix(".tsv") {
        let text = study.read("Transcripts/" + file) ?? ""
        oldCodings += text.components(separatedBy: "\tT1/1/1a").count - 1
        newCodings += text.components(separatedBy: "\tT1/1/1x").count - 1
      }
      if old && !new && newCodings == 0 && oldCodings > 0 { return "before" }
      if new && !old && oldCodings == 0 && newCodings > 0 { return "after" }
      return "mixed: codebook old \(old) new \(new), codings old \(oldCodings) new \(newCodings)"
    }
    #expect(state() == "before")
    for round in 0..<10 {
      let from = state() == "before" ? "T1/1a" : "T1/1x"
      let to = from == "T1/1a" ? "1x" : "1a"
      let process = Process()
      process.executableURL = URL(fileURLWithPath: binary)
      process.arguments = ["codebook", "rename", from, "--id", to, "--project", study.root]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      // Spread the kills over the whole run (about half a second here): reading, computing,
      // writing the temporaries, the journal, and the renames.
      usleep(UInt32(40_000 + round * 60_000) + UInt32.random(in: 0...30_000))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let check = study.run(["check"])
      #expect(check.status == 0, "round \(round): \(check.err)")
      let now = state()
      #expect(now == "before" || now == "after", "round \(round): \(now)")
    }
    #expect(!FileManager.default.fileExists(atPath: study.root + "/.thema/transaction"))
  }

  /// Copies a transcript folder `times` times under new IDs, fixing the IDs inside.
  func replicate(_ id: String, times: Int, in study: TestStudy) throws {
    let source = study.root + "/Transcripts/" + id
    for number in 1...times {
      let copy = "\(id)-\(number)"
      let target = study.root + "/Transcripts/" + copy
      try FileManager.default.createDirectory(
        atPath: target + "/codings", withIntermediateDirectories: true)
      for file in ["transcript.txt", "codings/alice.tsv", "codings/bob.tsv"] {
        let text = try String(contentsOfFile: source + "/" + file, encoding: .utf8)
          .replacingOccurrences(of: "id: \(id)\n", with: "id: \(copy)\n")
          .replacingOccurrences(of: "# transcript: \(id)\n", with: "# transcript: \(copy)\n")
        try text.write(toFile: target + "/" + file, atomically: false, encoding: .utf8)
      }
    }
  }
}

@Suite struct RetiredCodeTests {
  @Test func aRetiredCodeIsNoLongerAppliedOrOffered() throws {
    let study = try TestStudy.sample()
    #expect(study.run(["codebook", "retire", "T1/2c", "--reason", "too rare"]).status == 0)
    let before = study.snapshot()
    let applied = study.run(["code", "PM-04", "--coder", "alice", "--apply", "S3=T1/2c"])
    #expect(applied.status == 1)
    #expect(applied.err.contains("code T1/2c is retired"))
    #expect(study.snapshot() == before)
  }
}
