import Foundation

/// The repository root, which is also the sample study.
let repositoryRoot: String = {
  var url = URL(fileURLWithPath: #filePath)
  for _ in 0..<4 { url.deleteLastPathComponent() }
  return url.path
}()

/// The text of a file below the repository root.
func repositoryFile(_ relative: String) throws -> String {
  try String(contentsOfFile: repositoryRoot + "/" + relative, encoding: .utf8)
}

/// The names of the files in a folder below the repository root, sorted.
func repositoryFiles(in folder: String) -> [String] {
  ((try? FileManager.default.contentsOfDirectory(atPath: repositoryRoot + "/" + folder)) ?? [])
    .filter { !$0.hasPrefix(".") }.sorted()
}
