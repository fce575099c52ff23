import Foundation
import ThemaCore
import ThemaStore

/// Loading a whole study from disk: read, parse and validate every codebook, transcript and
/// codings file.
enum LoadBenchmark: Benchmark {
  static let name = "load"
  static let summary = "load and validate a generated study from disk"

  static func run(_ options: BenchOptions) throws -> [Figure] {
    let corpus = SyntheticCorpus.make(options.size)
    let root = options.folder + "/load"
    try CorpusWriter.write(corpus, to: root)
    let project = Project(root: root, currentFolder: root)
    let (seconds, loaded) = Measure.median(options.repetitions) { project.load() }
    let errors = loaded.diagnostics.filter { $0.severity == .error }.count
    guard errors == 0 else {
      throw CorpusWriter.Failure("the generated study has \(errors) errors")
    }
    let bytes = CorpusWriter.size(of: root)
    let codings = corpus.sheets.reduce(0) { $0 + $1.codings.count }
    return [
      Figure(label: "transcripts", value: Double(corpus.transcripts.count), unit: ""),
      Figure(label: "codings", value: Double(codings), unit: ""),
      Figure(label: "load (median)", value: seconds, unit: "s"),
      Figure(label: "throughput", value: Double(bytes) / 1e6 / seconds, unit: "MB/s"),
      Figure(label: "peak memory", value: Measure.peakMemoryMiB(), unit: "MiB"),
    ]
  }
}

/// Writes a synthetic corpus as a project folder.
enum CorpusWriter {
  struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
  }

  static func write(_ corpus: SyntheticCorpus, to root: String) throws {
    let manager = FileManager.default
    try? manager.removeItem(atPath: root)
    try manager.createDirectory(atPath: root + "/Codebooks", withIntermediateDirectories: true)
    try manager.createDirectory(atPath: root + "/Transcripts", withIntermediateDirectories: true)
    let project = Project(root: root, currentFolder: root)
    try AtomicFile.write(
      corpus.codebook.markdown(), to: project.absolute(project.codebookPath(corpus.codebook.name)))
    for transcript in corpus.transcripts {
      try manager.createDirectory(
        atPath: project.absolute(project.transcriptFolder(transcript.id)),
        withIntermediateDirectories: true)
      try Data(transcript.text().utf8).write(
        to: URL(fileURLWithPath: project.absolute(project.transcriptPath(transcript.id))))
    }
    for sheet in corpus.sheets {
      try manager.createDirectory(
        atPath: project.absolute(project.codingsFolder(sheet.transcript)),
        withIntermediateDirectories: true)
      try Data(sheet.tsv().utf8).write(
        to: URL(
          fileURLWithPath: project.absolute(project.codingsPath(sheet.transcript, sheet.coder))))
    }
  }

  static func size(of root: String) -> Int {
    let enumerator = FileManager.default.enumerator(atPath: root)
    var total = 0
    while let path = enumerator?.nextObject() as? String {
      let attributes = try? FileManager.default.attributesOfItem(atPath: root + "/" + path)
      total += (attributes?[.size] as? Int) ?? 0
    }
    return total
  }
}
