import Foundation
import ThemaCore
import ThemaStore

/// Writes a generated study to a folder as `thema` keeps one, and tells whether a folder already
/// holds the study of a given size (from `thema-bench.json` beside `Codebooks/`), so a run can
/// reuse it.
enum CorpusWriter {
  /// The file that records which size a folder's study was generated at.
  static let markerName = "thema-bench.json"

  /// What was written.
  struct Written: Sendable {
    var files = 0
    var bytes = 0
    var segments = 0
    var codings = 0
  }

  /// Generates the study of `size` into `root`, one interview at a time. `root` must be empty,
  /// missing, or a study this benchmark wrote (it is replaced): never someone's own study.
  @discardableResult
  static func write(_ size: CorpusSize, to root: String) throws -> Written {
    let manager = FileManager.default
    let entries = (try? manager.contentsOfDirectory(atPath: root)) ?? []
    if !entries.isEmpty {
      guard entries.contains(markerName) else {
        throw BenchFailure(
          "\(root) is not empty and was not written by thema-bench; give an empty or new folder")
      }
      try manager.removeItem(atPath: root)
    }
    try manager.createDirectory(atPath: root + "/Codebooks", withIntermediateDirectories: true)
    try manager.createDirectory(atPath: root + "/Transcripts", withIntermediateDirectories: true)
    let project = Project(root: root, currentFolder: root)
    var corpus = SyntheticCorpus(size)
    var written = Written()
    func put(_ text: String, _ relative: String) throws {
      let bytes = Data(text.utf8)
      try bytes.write(to: URL(fileURLWithPath: project.absolute(relative)))
      written.files += 1
      written.bytes += bytes.count
    }
    try put(corpus.codebook.markdown(), project.codebookPath(corpus.codebook.name))
    while let interview = corpus.next() {
      let id = interview.transcript.id
      try manager.createDirectory(
        atPath: project.absolute(project.codingsFolder(id)), withIntermediateDirectories: true)
      try put(interview.transcript.text(), project.transcriptPath(id))
      written.segments += interview.transcript.segments.count
      for sheet in interview.sheets {
        try put(sheet.tsv(), project.codingsPath(id, sheet.coder))
        written.codings += sheet.codings.count
      }
    }
    let marker = try JSONEncoder().encode(size)
    try marker.write(to: URL(fileURLWithPath: root + "/" + markerName))
    return written
  }

  /// Whether `root` holds the study of `size`, as `write` left it.
  static func holds(_ size: CorpusSize, at root: String) -> Bool {
    guard let data = FileManager.default.contents(atPath: root + "/" + markerName),
      let found = try? JSONDecoder().decode(CorpusSize.self, from: data)
    else { return false }
    return found == size
  }

  /// The bytes of every file under `root`'s `Codebooks/` and `Transcripts/`: the corpus size on
  /// disk that memory is compared with.
  static func size(of root: String) -> Int {
    var total = 0
    for folder in ["Codebooks", "Transcripts"] {
      let enumerator = FileManager.default.enumerator(atPath: root + "/" + folder)
      while let path = enumerator?.nextObject() as? String {
        let attributes = try? FileManager.default.attributesOfItem(
          atPath: root + "/" + folder + "/" + path)
        if attributes?[.type] as? FileAttributeType == .typeRegular {
          total += (attributes?[.size] as? Int) ?? 0
        }
      }
    }
    return total
  }
}

/// A benchmark that could not run, with the reason.
struct BenchFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
