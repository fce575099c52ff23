import Foundation
import Testing

/// Real `thema` processes that write (coding, removing codes, resolve decisions and undo,
/// codebook migrations, forced re-imports, exports) are killed with SIGKILL at random moments,
/// round after round, on one copy of the sample study. After each round the next command's
/// recovery runs and `thema check` must pass (every file parses and validates), and the study
/// must be exactly as before the command or exactly as the same command leaves it when it runs
/// to the end (found by running it in-process on a copy); for a command that exited 0 (it had
/// reported its change done), exactly the latter. Exports, written file by file, are held to
/// that per file.
///
/// CI runs a few rounds of each operation; `THEMA_CRASH_ROUNDS=2000 swift test --filter
/// CrashHarness` runs thousands (`THEMA_SEED` picks other rounds).
@Suite(.tags(.endToEnd)) struct CrashHarnessTests {
  /// One kind of write, with the arguments for a round.
  struct Operation: Sendable {
    var name: String
    /// Whether the study may be left half-way file by file (exports); otherwise all or nothing.
    var perFile = false
    var arguments: @Sendable (inout SeededRandom, TestStudy, String) -> [String]
  }

  static let coders = ["alice", "bob"]
  static let codes = ["T1/1a", "T1/1b", "T2/1a", "T2/2a", "T3/1a", "T4/1a"]

  static let operations: [Operation] = [
    Operation(name: "code --apply") { random, _, _ in
      let segment = Int.random(in: 1...42, using: &random)
      let code = codes.randomElement(using: &random) ?? "T1/1a"
      let star = Bool.random(using: &random) ? "*" : ""
      return [
        "code", "PM-04", "--coder", coders.randomElement(using: &random) ?? "alice", "--apply",
        "S\(segment)=\(code)\(star)",
      ]
    },
    Operation(name: "code --remove") { random, study, _ in
      let coder = coders.randomElement(using: &random) ?? "alice"
      let lines = (study.read("Transcripts/PM-04/codings/\(coder).tsv") ?? "")
        .split(separator: "\n").filter { $0.hasPrefix("S") }
      guard let line = lines.randomElement(using: &random) else {
        return ["code", "PM-04", "--coder", coder, "--done"]
      }
      let columns = line.split(separator: "\t")
      return ["code", "PM-04", "--coder", coder, "--remove", "\(columns[0])=\(columns[1])"]
    },
    Operation(name: "resolve --decide") { random, study, _ in
      let open = disagreements(study, "PM-05")
      guard let item = open.randomElement(using: &random) else {
        return ["resolve", "PM-05", "--lead", "lee", "--undo"]
      }
      let decision = ["first", "second", "both", "neither"].randomElement(using: &random) ?? "both"
      return [
        "resolve", "PM-05", "--lead", "lee", "--decide", "\(item)=\(decision)", "--rationale",
        "round \(random.next() % 1000)",
      ]
    },
    Operation(name: "resolve --undo") { _, _, _ in
      ["resolve", "PM-05", "--lead", "lee", "--undo"]
    },
    Operation(name: "codebook rename") { _, study, _ in
      let renamed = study.read("Codebooks/program-managers.md")?.contains("#### 1z ") ?? false
      return renamed
        ? ["codebook", "rename", "T1/1z", "--id", "1a", "--by", "lee"]
        : ["codebook", "rename", "T1/1a", "--id", "1z", "--by", "lee", "--note", "crash test"]
    },
    Operation(name: "import --force") { random, _, sources in
      let variant = Bool.random(using: &random) ? "a" : "b"
      return ["import", "\(sources)/\(variant)/original.txt", "--id", "PM-06", "--force"]
    },
    Operation(name: "export --all", perFile: true) { _, _, _ in ["export", "--all"] },
  ]

  @Test func killedWritersLeaveWholeFilesAndKeepWhatTheyReported() throws {
    let thema = try ThemaProcess.find()
    let victim = try TestStudy.sample()
    let reference = try TestStudy.empty()
    let sources = try Self.importSources(from: victim)
    defer { try? FileManager.default.removeItem(atPath: sources) }
    #expect(victim.run(["resolve", "PM-05", "--lead", "lee", "--auto", "agreements"]).status == 0)
    let rounds = HarnessSettings.rounds("CRASH", default: 2 * Self.operations.count)
    var random = SeededRandom(seed: HarnessSettings.seed)
    var typical = [String: Double]()
    var tally = (killed: 0, completed: 0)
    for round in 0..<rounds {
      let operation = Self.operations[round % Self.operations.count]
      let arguments = operation.arguments(&random, victim, sources)
      let label =
        "round \(round) (seed \(HarnessSettings.seed)): thema \(arguments.joined(separator: " "))"
      let before = StudyState(of: victim.root)
      try StudyState.copy(from: victim.root, to: reference.root)
      _ = reference.run(arguments)
      let after = StudyState(of: reference.root)
      // Kill at a moment anywhere in the command's usual run time, sometimes just after it.
      let usual = typical[operation.name] ?? 0.15
      let delay = Double.random(in: 0...(usual * 1.2), using: &random)
      let (outcome, seconds) = try thema.run(arguments, in: victim.root, killAfter: delay)
      // Learn how long the command takes on this machine now: a kill stretches the window,
      // a completed run sets it, so kills land early, late and just after the end.
      if case .exited = outcome {
        typical[operation.name] = seconds
        tally.completed += 1
      } else {
        typical[operation.name] = usual * 1.3
        tally.killed += 1
      }
      let check = victim.run(["check"])
      #expect(check.status == 0, "\(label): thema check failed after \(outcome):\n\(check.err)")
      let now = StudyState(of: victim.root)
      if outcome == .exited(0) {
        #expect(
          now == after, "\(label): reported done, but differs in \(now.differences(from: after))")
      } else if operation.perFile {
        let torn = now.differences(from: before).filter { now.files[$0] != after.files[$0] }
        #expect(torn.isEmpty, "\(label): \(outcome) left files half-written: \(torn)")
      } else {
        let mix =
          "\(label): \(outcome) left a mix: differs from before in "
          + "\(now.differences(from: before)) and from after in \(now.differences(from: after))"
        #expect(now == before || now == after, Comment(rawValue: mix))
      }
      #expect(!FileManager.default.fileExists(atPath: victim.root + "/.thema/transaction"))
      if check.status != 0 { break }
    }
    print(
      "Crash harness: \(rounds) rounds, \(tally.killed) killed mid-run, \(tally.completed) completed"
    )
  }

  /// The disagreements of `transcript`, decided or not, as `S8:T2/2a`, read from `thema diff`.
  static func disagreements(_ study: TestStudy, _ transcript: String) -> [String] {
    var items: [String] = []
    var segment = ""
    for line in study.run(["diff", transcript]).out.split(separator: "\n") {
      let words = line.split(separator: " ")
      if line.hasPrefix("S"), let first = words.first { segment = String(first) }
      if line.hasPrefix("  "), !line.hasPrefix("   "), let code = words.first, code.contains("/") {
        items.append("\(segment):\(code)")
      }
    }
    return items
  }

  /// Two versions of PM-06's original, `a/original.txt` (as imported) and `b/original.txt`
  /// (one sentence reworded), in a folder outside the study.
  static func importSources(from study: TestStudy) throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("thema-sources-\(UUID().uuidString)").path
    let original = try #require(study.read("Transcripts/PM-06/original.txt"))
    let edited = original.replacingOccurrences(of: "program", with: "programme")
    for (variant, text) in [("a", original), ("b", edited)] {
      try FileManager.default.createDirectory(
        atPath: folder + "/" + variant, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/\(variant)/original.txt"))
    }
    return folder
  }
}
