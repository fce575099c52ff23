import Foundation

/// What a reader of a study sees: every file of `Codebooks/`, `Transcripts/`, `Exports/` and
/// `.thema/` with its bytes, leaving out what no reader looks at (lock files, temporaries of
/// interrupted writes), with times of day replaced, so that a study changed by a killed
/// process can be compared with one changed by the same command run in-process a little later.
struct StudyState: Equatable {
  var files: [String: Data]

  /// The state of the study in `root`.
  init(of root: String) {
    var files: [String: Data] = [:]
    for folder in ["Codebooks", "Transcripts", "Exports", ".thema"] {
      let enumerator = FileManager.default.enumerator(atPath: root + "/" + folder)
      while let path = enumerator?.nextObject() as? String {
        let name = (path as NSString).lastPathComponent
        if name.hasSuffix(".lock") || name.contains(".tmp-") { continue }
        let relative = folder + "/" + path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isFolder),
          !isFolder.boolValue,
          let data = FileManager.default.contents(atPath: root + "/" + relative)
        else { continue }
        files[relative] = Self.withoutTimes(data)
      }
    }
    self.files = files
  }

  /// `data` with every ISO 8601 UTC time (`2026-11-23T10:15:00Z`) as `<time>`.
  static func withoutTimes(_ data: Data) -> Data {
    guard let text = String(data: data, encoding: .utf8), text.contains("Z") else { return data }
    var out = ""
    var rest = Substring(text)
    let shape = Array("0000-00-00T00:00:00Z")
    while !rest.isEmpty {
      let candidate = rest.prefix(shape.count)
      if candidate.count == shape.count
        && zip(candidate, shape).allSatisfy({ $1 == "0" ? $0.isASCIIDigit : $0 == $1 })
      {
        out += "<time>"
        rest = rest.dropFirst(shape.count)
      } else {
        out.append(rest.removeFirst())
      }
    }
    return Data(out.utf8)
  }

  /// The paths whose content differs between two states, for messages.
  func differences(from other: StudyState) -> [String] {
    Set(files.keys).union(other.files.keys).filter { files[$0] != other.files[$0] }.sorted()
  }

  /// Copies a study's files (`Codebooks/`, `Transcripts/`, `Exports/`, `.thema/`) from one
  /// folder to another, replacing what `to` held.
  static func copy(from: String, to: String) throws {
    let manager = FileManager.default
    for folder in ["Codebooks", "Transcripts", "Exports", ".thema"] {
      try? manager.removeItem(atPath: to + "/" + folder)
      if manager.fileExists(atPath: from + "/" + folder) {
        try manager.copyItem(atPath: from + "/" + folder, toPath: to + "/" + folder)
      }
    }
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
