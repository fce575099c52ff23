import Foundation
import Testing

/// Real `thema` processes writing the same study at once: two coders coding one transcript
/// (and one of them from two processes, which must take turns on her file); a lead resolving
/// while coders code and another lead resolves; a lead revising the codebook while coders
/// code. Whatever a process reported done (exit 0) must be in the files at the end, and
/// `thema check` must pass.
///
/// CI runs a few processes per worker; `THEMA_CONCURRENCY_ROUNDS=300 swift test --filter
/// ConcurrencyHarness` runs hundreds each.
@Suite(.tags(.endToEnd)) struct ConcurrencyHarnessTests {
  static let rounds = HarnessSettings.rounds("CONCURRENCY", default: 8)

  /// A worker: one person running one command after another.
  struct Worker: Sendable {
    var name: String
    /// The arguments of the worker's `round`th command.
    var command: @Sendable (Int) -> [String]
    /// What must be in the study once the `round`th command exited 0.
    var expectation: @Sendable (Int, TestStudy) -> String?
  }

  /// What the workers did: how many commands each ran and how many exited 0.
  struct Tally: Sendable {
    var succeeded: [String: Int] = [:]
    var failed: [String: Int] = [:]
    var missing: [String] = []
  }

  /// Runs every worker in its own thread, `rounds` commands each, then checks each success.
  static func run(_ workers: [Worker], in study: TestStudy) async throws -> Tally {
    let thema = try ThemaProcess.find()
    let results = await withTaskGroup(of: (String, [Int], Int).self) { group in
      for worker in workers {
        group.addTask {
          var done: [Int] = []
          var failed = 0
          for round in 0..<rounds {
            let outcome = try? thema.run(worker.command(round), in: study.root).outcome
            if outcome == .exited(0) { done.append(round) } else { failed += 1 }
          }
          return (worker.name, done, failed)
        }
      }
      var all: [(String, [Int], Int)] = []
      for await result in group { all.append(result) }
      return all
    }
    var tally = Tally()
    for (name, done, failed) in results {
      tally.succeeded[name] = done.count
      tally.failed[name] = failed
      guard let worker = workers.first(where: { $0.name == name }) else { continue }
      for round in done {
        if let problem = worker.expectation(round, study) {
          tally.missing.append("\(name) round \(round): \(problem)")
        }
      }
    }
    return tally
  }

  /// Runs `workers` on `study`, then expects every reported change present, each worker to
  /// have succeeded at least once (with `everyoneSucceeds`) and `thema check` to pass.
  static func runAndCheck(
    _ workers: [Worker], in study: TestStudy, _ label: String, everyoneSucceeds: Bool = true
  ) async throws {
    let tally = try await run(workers, in: study)
    #expect(tally.missing.isEmpty, "\(tally.missing.prefix(5))")
    if everyoneSucceeds {
      #expect(tally.succeeded.values.allSatisfy { $0 > 0 }, "\(tally)")
    }
    let check = study.run(["check"])
    #expect(check.status == 0, "\(check.err)")
    #expect(!check.err.contains("warning"), "\(check.err)")
    print("Concurrency harness, \(label): \(tally.succeeded) succeeded, \(tally.failed) refused")
  }

  /// The `index`th coding of `code` a worker applies: one of PM-04's ten longest segments (over
  /// 500 characters), with a one-character quote of its own, so that every coding is a line of
  /// its own (up to 5,000 per code).
  static func quote(_ index: Int, code: String) -> String {
    let segments = [2, 8, 16, 30, 14, 36, 20, 28, 6, 12]
    let start = index / segments.count
    return "S\(segments[index % segments.count])=\(code)@\(start)-\(start + 1)"
  }

  /// A coder applying `perRound` quotes of `code` with each command.
  static func coder(_ name: String, process: String, code: String, perRound: Int) -> Worker {
    Worker(
      name: "\(name) (\(process))",
      command: { round in
        var arguments = ["code", "PM-04", "--coder", name]
        for item in 0..<perRound {
          arguments += ["--apply", quote(round * perRound + item, code: code)]
        }
        return arguments
      },
      expectation: { round, study in
        let file = study.read("Transcripts/PM-04/codings/\(name).tsv") ?? ""
        for item in 0..<perRound {
          let reference = quote(round * perRound + item, code: code)
          let segment = reference.prefix { $0 != "=" }
          let span = reference.split(separator: "@")[1]
          if !file.contains("\(segment)\t\(code)\t\(span)") { return "\(reference) is missing" }
        }
        return nil
      })
  }

  @Test func twoCodersCodeOneTranscriptAtOnce() async throws {
    let study = try TestStudy.sample()
    let perRound = 12
    let workers = [
      Self.coder("alice", process: "first", code: "T3/1/1a", perRound: perRound),
      Self.coder("alice", process: "second", code: "T3/1/1b", perRound: perRound),
      Self.coder("bob", process: "only", code: "T3/1/1a", perRound: perRound),
    ]
    try await Self.runAndCheck(workers, in: study, "coders")
  }

  /// A lead deciding disagreements of `transcript` over and over, each with its own rationale.
  static func lead(_ name: String, on transcript: String, items: [String]) -> Worker {
    Worker(
      name: "\(name) on \(transcript)",
      command: { round in
        [
          "resolve", transcript, "--lead", name, "--decide",
          "\(items[round % items.count])=\(round % 2 == 0 ? "first" : "both")", "--rationale",
          "\(name)-\(round)",
        ]
      },
      expectation: { round, study in
        (study.read("Transcripts/\(transcript)/decisions.jsonl") ?? "").contains(
          "\"\(name)-\(round)\"") ? nil : "the decision '\(name)-\(round)' is missing"
      })
  }

  @Test func leadsResolveWhileCodersCode() async throws {
    let study = try TestStudy.sample()
    #expect(study.run(["resolve", "PM-05", "--lead", "lee", "--auto", "agreements"]).status == 0)
    let open = CrashHarnessTests.disagreements(study, "PM-05")
    let decided = CrashHarnessTests.disagreements(study, "PM-02")
    try #require(!open.isEmpty && !decided.isEmpty)
    // Two leads at once: each decision is a transaction over two files.
    let workers = [
      Self.lead("lee", on: "PM-05", items: open), Self.lead("kim", on: "PM-02", items: decided),
      Self.coder("alice", process: "only", code: "T3/1/1a", perRound: 6),
    ]
    try await Self.runAndCheck(workers, in: study, "leads")
  }

  @Test func aRevisionWhileCodersCodeLosesNoCoding() async throws {
    let study = try TestStudy.sample()
    let reviser = Worker(
      name: "lee revising",
      command: { round in
        round % 2 == 0
          ? ["codebook", "rename", "T3/1a", "--id", "1z", "--by", "lee"]
          : ["codebook", "rename", "T3/1z", "--id", "1a", "--by", "lee"]
      },
      expectation: { _, _ in nil })
    // Coders name the code being renamed by its current short form, resolved against the
    // codebook they read: it must never land in a file under a name the codebook has left.
    let coders = ["alice", "bob"].map { name in
      Worker(
        name: name,
        command: { round in
          let reference = round % 2 == 0 ? "T3/1a" : "T3/1z"
          return ["code", "PM-07", "--coder", name, "--apply", "S\(round % 30 + 1)=\(reference)"]
        },
        expectation: { round, study in
          let file = study.read("Transcripts/PM-07/codings/\(name).tsv") ?? ""
          let segment = "S\(round % 30 + 1)\tT3/1/1"
          return file.contains(segment + "a") || file.contains(segment + "z")
            ? nil : "S\(round % 30 + 1)'s coding is missing"
        })
    }
    // A revision refuses while a coder holds a file it must change, and a coder whose code
    // was just renamed away is refused: either may fail, but nothing may be lost.
    try await Self.runAndCheck(
      [reviser] + coders, in: study, "revision", everyoneSucceeds: false)
  }
}
