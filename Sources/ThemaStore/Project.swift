import Foundation
import ThemaCore

/// A study's folder on disk and where each kind of file lives in it.
///
/// ```
/// Codebooks/<name>.md
/// Transcripts/<ID>/transcript.txt
/// Transcripts/<ID>/codings/<coder>.tsv
/// Exports/
/// ```
public struct Project: Sendable {
  /// The project folder, absolute.
  public let root: String
  /// How to show the root in messages: "" when it is the current folder, else a prefix ending
  /// in `/`.
  public let displayPrefix: String

  /// Creates a project at `root`, with paths shown relative to `currentFolder` when inside it.
  public init(root: String, currentFolder: String) {
    let root = Self.standardized(root)
    self.root = root
    let current = Self.standardized(currentFolder)
    if root == current {
      displayPrefix = ""
    } else if root.hasPrefix(current + "/") {
      displayPrefix = String(root.dropFirst(current.count + 1)) + "/"
    } else if current.hasPrefix(root + "/") {
      let depth = current.dropFirst(root.count + 1).split(separator: "/").count
      displayPrefix = String(repeating: "../", count: depth)
    } else {
      displayPrefix = root + "/"
    }
  }

  /// The project containing `folder`: the nearest folder at or above it holding `Codebooks/`
  /// and `Transcripts/`; with `override` (the `--project` option), that folder, which must
  /// hold both.
  public static func locate(from folder: String, override: String? = nil) throws(Diagnostic)
    -> Project
  {
    let manager = FileManager.default
    func isFolder(_ path: String) -> Bool {
      var isDirectory: ObjCBool = false
      return manager.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
    if let override {
      let root = override.hasPrefix("/") ? override : folder + "/" + override
      guard isFolder(root) else {
        throw Diagnostic(
          .error, .cannotRead(reason: "no such folder"), at: SourceLocation(file: override))
      }
      for name in ["Codebooks", "Transcripts"] where !isFolder(root + "/" + name) {
        throw Diagnostic(
          .error, .missingFolder(name: name, project: override), at: SourceLocation(file: override))
      }
      return Project(root: root, currentFolder: folder)
    }
    var candidate = standardized(folder)
    while true {
      let hasCodebooks = isFolder(candidate + "/Codebooks")
      let hasTranscripts = isFolder(candidate + "/Transcripts")
      if hasCodebooks && hasTranscripts { return Project(root: candidate, currentFolder: folder) }
      if hasCodebooks != hasTranscripts {
        let missing = hasCodebooks ? "Transcripts" : "Codebooks"
        let shown = candidate == standardized(folder) ? "." : candidate
        throw Diagnostic(
          .error, .missingFolder(name: missing, project: shown), at: SourceLocation(file: shown))
      }
      let parent = (candidate as NSString).deletingLastPathComponent
      if parent == candidate || parent.isEmpty {
        throw Diagnostic(.error, .noProject(searchedFrom: folder))
      }
      candidate = parent
    }
  }

  // MARK: Where things are (paths relative to the root)

  /// `Codebooks`
  public static let codebooksFolder = "Codebooks"
  /// `Transcripts`
  public static let transcriptsFolder = "Transcripts"
  /// `Exports`
  public static let exportsFolder = "Exports"

  /// `Codebooks/<name>.md`
  public func codebookPath(_ name: String) -> String { "Codebooks/\(name).md" }
  /// `Transcripts/<ID>`
  public func transcriptFolder(_ id: TranscriptID) -> String { "Transcripts/\(id.rawValue)" }
  /// `Transcripts/<ID>/transcript.txt`
  public func transcriptPath(_ id: TranscriptID) -> String {
    transcriptFolder(id) + "/transcript.txt"
  }
  /// `Transcripts/<ID>/codings`
  public func codingsFolder(_ id: TranscriptID) -> String { transcriptFolder(id) + "/codings" }
  /// `Transcripts/<ID>/codings/<coder>.tsv`
  public func codingsPath(_ id: TranscriptID, _ coder: Coder) -> String {
    codingsFolder(id) + "/\(coder.rawValue).tsv"
  }

  /// `Transcripts/<ID>/consensus.tsv`: the lead's consensus codings.
  public func consensusPath(_ id: TranscriptID) -> String {
    transcriptFolder(id) + "/consensus.tsv"
  }

  /// `Transcripts/<ID>/set-aside/<coder>.tsv`: a coder's codings that a forced re-import took
  /// out because their segment was removed or shortened, kept until they are recoded.
  public func setAsidePath(_ id: TranscriptID, _ coder: Coder) -> String {
    transcriptFolder(id) + "/set-aside/\(coder.rawValue).tsv"
  }

  /// `Transcripts/<ID>/decisions.jsonl`: the lead's audit trail.
  public func decisionsPath(_ id: TranscriptID) -> String {
    transcriptFolder(id) + "/decisions.jsonl"
  }

  /// The absolute path of a project-relative path.
  public func absolute(_ relative: String) -> String { root + "/" + relative }

  /// A project-relative path as the user should see it.
  public func display(_ relative: String) -> String { displayPrefix + relative }

  static func standardized(_ path: String) -> String {
    let absolute =
      path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    let standard = (absolute as NSString).standardizingPath
    return standard.count > 1 && standard.hasSuffix("/") ? String(standard.dropLast()) : standard
  }
}
