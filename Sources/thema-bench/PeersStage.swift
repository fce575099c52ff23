import Foundation
import ThemaCore
import ThemaStore

/// The corpus the peer tools were measured on (`shared/bench/gen_corpus.py`): 200 interviews
/// of about 5,000 words, 8 themes x 5 subthemes, two coders' codings of line ranges. Builds a
/// Thema study from it (codings of line ranges become codings of the segments those lines are
/// in), then times `thema` as whole processes, as PEERS.md timed the peers, and sets each
/// beside the peers' figures for the same operation.
///
///     python3 shared/bench/gen_corpus.py /tmp/peers
///     swift build -c release && .build/release/thema-bench peers --peers /tmp/peers
enum PeersStage {
  static let stage = Stage(
    name: "peers", summary: "thema beside qc, Taguette and QualCoder on gen_corpus.py's corpus",
    budget: nil, memoryBase: .none, placement: .here, usesStudy: false
  ) { context in
    guard let corpus = context.options.peers else {
      return [
        .skipped(
          "peers", "the peers' corpus",
          because: "give the folder gen_corpus.py wrote with --peers DIR")
      ]
    }
    guard let thema = ChildProcess.themaExecutable() else {
      return [
        .skipped(
          "peers", "the peers' corpus",
          because: "thema is not built beside thema-bench; run swift build -c release")
      ]
    }
    let study = corpus + "-thema-study"
    let files = try buildStudy(from: corpus, at: study)
    var results: [StageResult] = []
    for operation in operations(corpus: corpus, files: files) {
      var result = try ProcessStages.timed(
        thema, name: "peers: " + operation.name, summary: operation.command,
        repetitions: context.options.repetitions, scratch: context.scratch
      ) { run in
        (try operation.arguments(run, context.scratch), operation.inStudy ? study : context.scratch)
      }
      result.peers = operation.peers
      results.append(result)
    }
    return results
  }

  /// An operation timed on both sides.
  struct Operation {
    var name: String
    var command: String
    var peers: [PeerFigure]
    /// Whether it runs in the study (else in a scratch folder the arguments prepare).
    var inStudy = true
    /// The arguments of run `n`, which may prepare the folder it runs in.
    var arguments: (Int, String) throws -> [String]
  }

  /// The operations PEERS.md times, each with the `thema` command that does the same.
  static func operations(corpus: String, files: [String]) -> [Operation] {
    func fixed(_ words: String) -> (Int, String) throws -> [String] {
      { _, _ in words.split(separator: " ").map(String.init) }
    }
    func peer(_ tool: String, _ operation: String, _ seconds: Double) -> PeerFigure {
      PeerFigure(tool: tool, operation: operation, seconds: seconds)
    }
    let themes = (1...8).map { "T\($0)" }.joined(separator: " ")
    return [
      Operation(
        name: "start-up", command: "thema --version", peers: [peer("qc", "start-up alone", 1.68)],
        arguments: fixed("--version")),
      Operation(
        name: "import", command: "thema import (200 files, into a new study)",
        peers: [peer("qc", "import 200 transcripts", 5.2), peer("Taguette", "upload 200", 14.9)],
        inStudy: false
      ) { run, scratch in
        let folder = scratch + "/peers-import-\(run)"
        try? FileManager.default.removeItem(atPath: folder)
        for name in ["Codebooks", "Transcripts"] {
          try FileManager.default.createDirectory(
            atPath: folder + "/" + name, withIntermediateDirectories: true)
        }
        try AtomicFile.write(
          try codebook(corpus + "/codebook.csv"), to: folder + "/Codebooks/peers.md")
        return ["import", "--project", folder, "--max-words", "100000"]
          + files.map { corpus + "/transcripts/" + $0 }
      },
      Operation(
        name: "counts", command: "thema status", peers: [peer("qc", "code counts", 2.1)],
        arguments: fixed("status")),
      Operation(
        name: "agreement", command: "thema agree",
        peers: [peer("qc", "agreement (kappa)", 5.4), peer("QualCoder", "agreement loop", 17.9)],
        arguments: fixed("agree")),
      Operation(
        name: "save a coding", command: "thema code P001 --coder coder_a --apply/--remove",
        peers: [peer("qc", "save one document's codes", 2.2)]
      ) { run, _ in
        ["code", "P001", "--coder", "coder_a", run % 2 == 0 ? "--apply" : "--remove", "S3=T1a"]
      },
      Operation(
        name: "one theme as JSON", command: "thema report T1 --include-children --format json",
        peers: [peer("qc", "quotes of one theme as JSON", 1.6)],
        arguments: fixed("report T1 --include-children --format json")),
      Operation(
        name: "all codings as CSV",
        command: "thema report T1 ... T8 --include-children --format csv",
        peers: [peer("Taguette", "export all highlights as CSV", 3.5)],
        arguments: fixed("report \(themes) --include-children --format csv")),
      Operation(
        name: "REFI-QDA project", command: "thema export --format qdpx",
        peers: [peer("qc", "REFI-QDA project export", 6.4)],
        arguments: fixed("export --format qdpx")),
    ]
  }

  /// Makes the Thema study from the corpus (once; it is reused when it is there) and returns
  /// the transcript file names.
  static func buildStudy(from corpus: String, at study: String) throws -> [String] {
    let manager = FileManager.default
    let files = try manager.contentsOfDirectory(atPath: corpus + "/transcripts").filter {
      $0.hasSuffix(".txt")
    }.sorted()
    let marker = study + "/thema-bench-peers.txt"
    if manager.fileExists(atPath: marker) { return files }
    try? manager.removeItem(atPath: study)
    for folder in ["Codebooks", "Transcripts"] {
      try manager.createDirectory(atPath: study + "/" + folder, withIntermediateDirectories: true)
    }
    try AtomicFile.write(try codebook(corpus + "/codebook.csv"), to: study + "/Codebooks/peers.md")
    let project = Project(root: study, currentFolder: study)
    let requests = files.map { ImportRequest(display: $0, path: corpus + "/transcripts/" + $0) }
    // One segment per paragraph, so the corpus's line ranges map onto segments exactly.
    let settings = ImportSettings(options: ImportOptions(maxWords: 1_000_000))
    let failed = project.importSources(requests, settings: settings).filter {
      $0.outcome == .failed
    }
    guard failed.isEmpty else {
      throw BenchFailure(
        "\(failed.count) files failed to import: \(failed.first?.diagnostics.first?.description ?? "")"
      )
    }
    try writeCodings(corpus: corpus, project: project)
    guard !project.load().diagnostics.hasErrors else {
      throw BenchFailure("the study made from \(corpus) has errors; see thema check in \(study)")
    }
    try AtomicFile.write("Made by thema-bench peers from \(corpus).\n", to: marker)
    return files
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
  static func writeCodings(corpus: String, project: Project) throws {
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
