import Foundation
import ThemaCore
import ThemaStore

/// Importing plain-text sources of the study's interviews (`Name: text` paragraphs), as
/// `thema import` does: read, decode, find speaker labels, normalize, segment, hash, and write
/// each transcript atomically, with `fsync`. Each run imports into a new study.
///
/// Set `THEMA_BENCH_DRY_RUN=1` to measure everything but the writes.
enum ImportStage {
  static let stage = Stage(
    name: "import", summary: "import the interviews from plain text (Name: text) into a study",
    budget: .throughput(megabytesPerSecond: 50), memoryBase: .input, usesStudy: false
  ) { context in
    let root = context.scratch + "/import"
    let manager = FileManager.default
    defer { try? manager.removeItem(atPath: root) }
    let (requests, inputBytes) = try writeSources(context.options.size, to: root + "/sources")
    let codebook = SyntheticCorpus.makeCodebook(codes: context.options.size.codes)
    let dryRun = ProcessInfo.processInfo.environment["THEMA_BENCH_DRY_RUN"] != nil
    let settings = ImportSettings(group: "Synthetic")
    var studies: [Project] = []
    for repetition in 1...max(1, context.options.repetitions) {
      // A new study each time: deleting the last one would leave the file system busy with
      // thousands of freshly deleted inodes, which no real import meets.
      let study = root + "/study-\(repetition)"
      try manager.createDirectory(atPath: study + "/Transcripts", withIntermediateDirectories: true)
      try manager.createDirectory(atPath: study + "/Codebooks", withIntermediateDirectories: true)
      try AtomicFile.write(codebook.markdown(), to: study + "/Codebooks/synthetic.md")
      studies.append(Project(root: study, currentFolder: study))
    }
    var next = 0
    let timing = context.timed { () -> [ImportResult] in
      defer { next += 1 }
      return studies[next].importSources(requests, settings: settings, dryRun: dryRun)
    }
    let results = timing.last
    let failed = results.filter { $0.outcome != .created }
    guard failed.isEmpty else {
      throw BenchFailure(
        "\(failed.count) imports failed: "
          + (failed.first?.diagnostics.first.map { String(describing: $0) } ?? ""))
    }
    let input = Double(inputBytes)
    var result = StageResult(
      name: "import", summary: dryRun ? "import, no writes" : "import plain text",
      timing: timing,
      details: [
        Detail("files", requests.count), Detail("input", input / 1e6, "MB"),
        Detail("segments", results.reduce(0) { $0 + $1.segments }),
        Detail("input per processor second", input / 1e6 / timing.processor, "MB/s"),
      ])
    result.workBytes = input
    result.memoryBaseBytes = input
    return [result]
  }

  /// Writes one source per interview, one at a time so that making them does not weigh on the
  /// memory figure.
  static func writeSources(_ size: CorpusSize, to folder: String) throws -> ([ImportRequest], Int) {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var corpus = SyntheticCorpus(size)
    var requests: [ImportRequest] = []
    var bytes = 0
    while let interview = corpus.next() {
      let transcript = interview.transcript
      let text = transcript.segments.map { "\($0.speaker): \($0.text)\n" }.joined(separator: "\n")
      let path = folder + "/\(transcript.id.rawValue).txt"
      try Data(text.utf8).write(to: URL(fileURLWithPath: path))
      bytes += text.utf8.count
      requests.append(ImportRequest(display: "sources/\(transcript.id.rawValue).txt", path: path))
    }
    return (requests, bytes)
  }
}
