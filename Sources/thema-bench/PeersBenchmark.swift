import Foundation
import ThemaCore
import ThemaStore

/// The corpus the peer tools were measured on (`shared/bench/gen_corpus.py`): 200 interviews
/// of about 5,000 words, 8 themes x 5 subthemes, two coders' codings of line ranges. Imports it
/// into a Thema study (codings of line ranges become codings of the segments those lines are
/// in), times each step in this process, and leaves the study for timing `thema` commands as
/// whole processes (PEERS.md's figures are whole processes).
///
///     python3 shared/bench/gen_corpus.py /tmp/peers
///     swift run -c release thema-bench peers --corpus /tmp/peers
enum PeersBenchmark: Benchmark {
  static let name = "peers"
  static let summary = "the peer tools' corpus (gen_corpus.py output, --corpus DIR) in Thema"

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  static func run(_ options: BenchOptions) throws -> [Figure] {
    guard let corpus = options.corpus else {
      print("  skipped: give the corpus folder made by gen_corpus.py with --corpus DIR")
      return []
    }
    let study = corpus + "-thema-study"
    let manager = FileManager.default
    try? manager.removeItem(atPath: study)
    for folder in ["Codebooks", "Transcripts"] {
      try manager.createDirectory(atPath: study + "/" + folder, withIntermediateDirectories: true)
    }
    try AtomicFile.write(try codebook(corpus + "/codebook.csv"), to: study + "/Codebooks/peers.md")
    let project = Project(root: study, currentFolder: study)
    let files = try manager.contentsOfDirectory(atPath: corpus + "/transcripts").filter {
      $0.hasSuffix(".txt")
    }.sorted()
    let requests = files.map { ImportRequest(display: $0, path: corpus + "/transcripts/" + $0) }
    // One segment per paragraph, so the corpus's line ranges map onto segments exactly.
    let settings = ImportSettings(options: ImportOptions(maxWords: 1_000_000))
    let (importSeconds, results) = Measure.median(1) {
      project.importSources(requests, settings: settings)
    }
    let failed = results.filter { $0.outcome == .failed }
    guard failed.isEmpty else {
      throw Failure(
        description:
          "\(failed.count) files failed to import: \(failed.first?.diagnostics.first?.description ?? "")"
      )
    }
    let codingSeconds = try writeCodings(corpus: corpus, project: project)
    let (loadSeconds, loaded) = Measure.median(options.repetitions) { project.load() }
    guard !loaded.diagnostics.hasErrors else {
      throw Failure(
        description: "the study has errors: \(loaded.diagnostics.first?.description ?? "")")
    }
    let loadedStudy = loaded.study
    let (agreeSeconds, report) = Measure.median(options.repetitions) {
      try? loadedStudy.agreementReport(AgreementRequest())
    }
    let (tableSeconds, _) = Measure.median(options.repetitions) { () -> QuoteTable? in
      guard let codebook = loadedStudy.codebooks["peers"],
        let collation = try? Collation(study: loadedStudy, codebook: codebook, source: .union)
      else { return nil }
      return try? QuoteTable.build(collation)
    }
    let pooled =
      report?.sections.first?.pairs.first?.overallLines.first { $0.label.hasPrefix("Pooled") }?
      .value ?? "-"
    print(
      "  study left at \(study) for whole-process timings, e.g. cd \(study) && time thema agree")
    print("  pooled kappa of the two coders: \(pooled)")
    return [
      Figure(label: "transcripts", value: Double(loadedStudy.transcripts.count), unit: ""),
      Figure(label: "import (200 files, in process)", value: importSeconds, unit: "s"),
      Figure(label: "codings converted and written", value: codingSeconds, unit: "s"),
      Figure(label: "load and validate the study", value: loadSeconds, unit: "s"),
      Figure(
        label: "agreement report (every code, CIs, jackknife)", value: agreeSeconds, unit: "s"),
      Figure(label: "quote table of every theme", value: tableSeconds, unit: "s"),
      Figure(label: "peak memory", value: Measure.peakMemoryMiB(), unit: "MiB"),
    ]
  }

  /// The corpus's `id,parent_id,label` codebook as Thema's Markdown outline.
  static func codebook(_ path: String) throws -> String {
    let rows = try CSV.parse(try String(contentsOfFile: path, encoding: .utf8)).dropFirst()
    var roots: [Code] = []
    for row in rows where row.count >= 3 {
      if row[1].isEmpty {
        roots.append(Code(id: row[0], name: row[2]))
      } else if let index = roots.firstIndex(where: { $0.id == row[1] }) {
        roots[index].children.append(Code(id: row[0], name: row[2]))
      }
    }
    return Codebook(
      name: "peers", title: "Peer benchmark codebook", levels: ["Theme", "Subtheme"], codes: roots
    )
    .markdown()
  }

  /// Each coder's codings of line ranges as codings of the segments holding those lines.
  static func writeCodings(corpus: String, project: Project) throws -> Double {
    let start = Date()
    let rows = try CSV.parse(try String(contentsOfFile: corpus + "/codings.csv", encoding: .utf8))
      .dropFirst()
    let loaded = project.load().study
    let codebook = CodebookIndex(try loaded.codebook(named: "peers"))
    var sheets: [String: CodingSheet] = [:]
    var lineToSegment: [String: [Int: SegmentID]] = [:]
    for row in rows where row.count >= 5 {
      let file = row[1]
      let idText = String(file.dropLast(4))
      guard let id = TranscriptID(rawValue: idText), let transcript = loaded.transcripts[id],
        let coder = Coder(rawValue: row[0]), let first = Int(row[3]), let last = Int(row[4]),
        let path = try? codebook.resolve(row[2])
      else { continue }
      if lineToSegment[file] == nil {
        lineToSegment[file] = try mapLines(corpus + "/transcripts/" + file, transcript: transcript)
      }
      let key = "\(coder)/\(id)"
      var sheet = sheets[key] ?? CodingSheet(transcript: id, coder: coder)
      var seen: Set<SegmentID> = []
      for line in first...last {
        guard let segment = lineToSegment[file]?[line], seen.insert(segment).inserted else {
          continue
        }
        sheet.codings.append(Coding(transcript: id, segment: segment, code: path))
      }
      sheets[key] = sheet
    }
    for sheet in sheets.values {
      var unique = sheet
      var keys: Set<CodingIdentity> = []
      unique.codings = sheet.codings.filter { keys.insert($0.key).inserted }
      try FileManager.default.createDirectory(
        atPath: project.absolute(project.codingsFolder(sheet.transcript)),
        withIntermediateDirectories: true)
      try AtomicFile.write(
        unique.tsv(), to: project.absolute(project.codingsPath(unique.transcript, unique.coder)))
    }
    return Date().timeIntervalSince(start)
  }

  /// Which segment each line of a corpus file is in: paragraphs (blank-line separated) are
  /// matched to segments by their words.
  static func mapLines(_ path: String, transcript: Transcript) throws -> [Int: SegmentID] {
    let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
    var bySignature: [String: SegmentID] = [:]
    for segment in transcript.segments { bySignature[signature(segment.text)] = segment.id }
    var map: [Int: SegmentID] = [:]
    var paragraph: [Int] = []
    func flush() {
      guard !paragraph.isEmpty else { return }
      var text = paragraph.map { lines[$0] }.joined(separator: " ")
      if let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) < 20
      {
        text = String(text[text.index(after: colon)...])
      }
      if let segment = bySignature[signature(text)] {
        for line in paragraph { map[line] = segment }
      }
      paragraph = []
    }
    for (index, line) in lines.enumerated() {
      if line.trimmingCharacters(in: .whitespaces).isEmpty {
        flush()
      } else {
        paragraph.append(index)
      }
    }
    flush()
    return map
  }

  static func signature(_ text: String) -> String {
    text.lowercased().split { !$0.isLetter && !$0.isNumber }.prefix(12).joined(separator: " ")
  }
}
