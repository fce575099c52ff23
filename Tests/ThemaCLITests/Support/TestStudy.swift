import Foundation
import ThemaCLI

/// The repository root, which is also the sample study.
let repositoryRoot: String = {
  var url = URL(fileURLWithPath: #filePath)
  for _ in 0..<4 { url.deleteLastPathComponent() }
  return url.path
}()

/// A study in a temporary folder for one test: a copy of the sample study, or an empty one.
/// The folder is removed when the value goes away.
final class TestStudy: @unchecked Sendable {
  /// The study's folder.
  let root: String

  private init(root: String) {
    self.root = root
  }

  deinit {
    try? FileManager.default.removeItem(atPath: root)
  }

  /// A fresh copy of the repository's sample study (Codebooks/ and Transcripts/).
  static func sample() throws -> TestStudy {
    let study = try empty()
    try FileManager.default.removeItem(atPath: study.root + "/Codebooks")
    try FileManager.default.removeItem(atPath: study.root + "/Transcripts")
    for folder in ["Codebooks", "Transcripts"] {
      try FileManager.default.copyItem(
        atPath: repositoryRoot + "/" + folder, toPath: study.root + "/" + folder)
    }
    return study
  }

  /// An empty study: `Codebooks/` and `Transcripts/` with nothing in them.
  static func empty() throws -> TestStudy {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("thema-test-\(UUID().uuidString)").path
    for folder in ["Codebooks", "Transcripts"] {
      try FileManager.default.createDirectory(
        atPath: root + "/" + folder, withIntermediateDirectories: true)
    }
    return TestStudy(root: root)
  }

  /// What running `thema` produced.
  struct Result {
    var status: Int32
    var out: String
    var err: String
  }

  /// Runs `thema` with `arguments` in the study's folder (or `folder` below it); with
  /// `terminal`, as if standard output and error were a terminal.
  func run(
    _ arguments: [String], in folder: String? = nil, variables: [String: String] = [:],
    terminal: Bool = false
  ) -> Result {
    var out = terminal ? OutputStream.terminalBuffer : OutputStream.buffer
    var err = terminal ? OutputStream.terminalBuffer : OutputStream.buffer
    let environment = CommandEnvironment(
      variables: variables, currentFolder: folder.map { root + "/" + $0 } ?? root,
      stdoutIsTerminal: terminal, stderrIsTerminal: terminal)
    let status = Thema.run(arguments, environment: environment, out: &out, err: &err)
    return Result(status: status, out: out.text, err: err.text)
  }

  /// Writes `text` to a file of the study, creating folders as needed.
  func write(_ relative: String, _ text: String) throws {
    let path = root + "/" + relative
    try FileManager.default.createDirectory(
      atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  /// Writes raw bytes to a file of the study.
  func write(_ relative: String, bytes: [UInt8]) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: root + "/" + relative))
  }

  /// The text of a file of the study, or nil.
  func read(_ relative: String) -> String? {
    FileManager.default.contents(atPath: root + "/" + relative).flatMap {
      String(data: $0, encoding: .utf8)
    }
  }

  /// Every file below the study's folder with its bytes, for checking that nothing changed.
  /// Lock files (`.NAME.lock`, empty side files that record who holds a lock) are left out.
  func snapshot() -> [String: Data] {
    var files: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: root)
    while let path = enumerator?.nextObject() as? String {
      if path.hasSuffix(".lock") { continue }
      if let data = FileManager.default.contents(atPath: root + "/" + path) { files[path] = data }
    }
    return files
  }
}
