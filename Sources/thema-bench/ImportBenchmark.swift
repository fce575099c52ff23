import Foundation
import ThemaCore
import ThemaStore

#if canImport(Glibc)
  import Glibc
#endif

/// Importing plain-text transcripts into a study, as `thema import` does: read, decode, find
/// speaker labels, segment, hash, and write each transcript atomically (with `fsync`).
///
/// Set `THEMA_BENCH_DRY_RUN=1` to measure everything but the writes.
enum ImportBenchmark: Benchmark {
  static let name = "import"
  static let summary = "import generated plain-text transcripts (Name: text) into a study"

  static func run(_ options: BenchOptions) throws -> [Figure] {
    let root = options.folder + "/import"
    let manager = FileManager.default
    try? manager.removeItem(atPath: root)
    defer { try? manager.removeItem(atPath: root) }
    let (requests, inputBytes) = try writeSources(options, to: root + "/sources")
    let codebook = SyntheticCorpus.makeCodebook(codes: options.size.codes)
    let settings = ImportSettings(group: "Synthetic")
    let dryRun = ProcessInfo.processInfo.environment["THEMA_BENCH_DRY_RUN"] != nil
    let memoryBefore = Measure.peakMemoryMiB()
    var times: [Double] = []
    var processorTimes: [Double] = []
    var segments = 0
    for repetition in 1...max(1, options.repetitions) {
      // A fresh study each time: deleting the last one would leave the file system busy
      // with thousands of freshly deleted inodes, which no real import meets.
      let study = root + "/study-\(repetition)"
      try manager.createDirectory(atPath: study + "/Transcripts", withIntermediateDirectories: true)
      try manager.createDirectory(atPath: study + "/Codebooks", withIntermediateDirectories: true)
      try AtomicFile.write(codebook.markdown(), to: study + "/Codebooks/synthetic.md")
      let project = Project(root: study, currentFolder: study)
      let start = DispatchTime.now().uptimeNanoseconds
      let processorStart = processorSeconds()
      let results = project.importSources(requests, settings: settings, dryRun: dryRun)
      times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
      processorTimes.append(processorSeconds() - processorStart)
      let failed = results.filter { $0.outcome != .created }
      guard failed.isEmpty else {
        throw CorpusWriter.Failure(
          "\(failed.count) imports failed: "
            + (failed.first?.diagnostics.first.map { String(describing: $0) } ?? ""))
      }
      segments = results.reduce(0) { $0 + $1.segments }
    }
    let seconds = median(times)
    let processor = median(processorTimes)
    let inputMB = Double(inputBytes) / 1e6
    let peak = Measure.peakMemoryMiB()
    return [
      Figure(label: "files", value: Double(requests.count), unit: ""),
      Figure(label: "input", value: inputMB, unit: "MB"),
      Figure(label: "segments", value: Double(segments), unit: ""),
      Figure(
        label: dryRun ? "import, no writes (median)" : "import (median)", value: seconds, unit: "s"),
      Figure(label: "throughput", value: inputMB / seconds, unit: "MB/s"),
      Figure(label: "processor time, all threads (median)", value: processor, unit: "s"),
      Figure(label: "input per processor second", value: inputMB / processor, unit: "MB/s"),
      Figure(label: "peak memory before import", value: memoryBefore, unit: "MiB"),
      Figure(label: "peak memory", value: peak, unit: "MiB"),
      Figure(label: "peak memory / input size", value: peak * 1.048576 / inputMB, unit: "x"),
    ]
  }

  /// Writes the sources, one transcript at a time so that generating them does not weigh on
  /// the memory figure: `Name: text` paragraphs separated by blank lines.
  private static func writeSources(_ options: BenchOptions, to folder: String) throws
    -> ([ImportRequest], Int)
  {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var generator = SplitMix64(seed: 42)
    var requests: [ImportRequest] = []
    var bytes = 0
    for number in 1...options.size.transcripts {
      guard let id = TranscriptID(rawValue: "T\(number)") else { continue }
      let transcript = SyntheticCorpus.makeTranscript(
        id, words: options.size.words, using: &generator)
      let text = transcript.segments.map { "\($0.speaker): \($0.text)\n" }.joined(separator: "\n")
      let path = folder + "/\(id.rawValue).txt"
      try Data(text.utf8).write(to: URL(fileURLWithPath: path))
      bytes += text.utf8.count
      requests.append(ImportRequest(display: "sources/\(id.rawValue).txt", path: path))
    }
    return (requests, bytes)
  }

  private static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
  }
}

/// User and system processor time of this process so far, all threads, in seconds.
private func processorSeconds() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
  return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}
