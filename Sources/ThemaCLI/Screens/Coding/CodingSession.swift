import Foundation
import ThemaCore
import ThemaStore

/// What the coding screen opens on, read from disk: the transcript, its codebook and this
/// coder's codings, and nothing else of the study, so the screen never holds another coder's
/// codings or the consensus (blind coding) and a broken file elsewhere does not stop a coder.
struct CodingSession: Sendable {
  let project: Project
  let transcript: Transcript
  let codebook: CodebookIndex
  let coder: Coder
  /// Whether no codings file of this coder exists anywhere in the study yet.
  let isNewCoder: Bool
  /// The coders with codings anywhere in the study, by file name.
  let knownCoders: [Coder]
  /// The codings as last read or written, with the file's bytes then.
  var stored: StoredSheet

  /// The codings file as shown in messages.
  var codingsFile: String { project.display(project.codingsPath(transcript.id, coder)) }

  /// Reads what coding `transcriptID` as `coderName` needs; throws the problems found, each
  /// with its file and line.
  static func load(
    project: Project, transcriptID: String, coderName: String, codebookName: String?
  ) throws -> CodingSession {
    guard let coder = Coder(rawValue: coderName) else {
      throw Problem.invalidCoderName(coderName)
    }
    guard coder != .consensus else {
      throw CommandFailure(
        "'consensus' is the lead's consensus layer, not a coder; record consensus with "
          + "'thema resolve'")
    }
    let folders = listing(project.absolute(Project.transcriptsFolder), folders: true)
    let folder =
      folders.first { $0 == transcriptID }
      ?? folders.first { $0.lowercased() == transcriptID.lowercased() }
    guard let folder, let id = TranscriptID(rawValue: folder) else {
      throw Problem.unknownTranscript(
        id: transcriptID, suggestions: Suggestions.closest(to: transcriptID, among: folders))
    }
    let transcript = try readTranscript(id, project: project)
    let codebook = CodebookIndex(
      try readCodebook(for: transcript, override: codebookName, project: project))
    var known: Set<Coder> = []
    for folder in folders {
      let codings = project.absolute(Project.transcriptsFolder + "/\(folder)/codings")
      for file in listing(codings, folders: false) where file.hasSuffix(".tsv") {
        if let name = Coder(rawValue: String(file.dropLast(4))) { known.insert(name) }
      }
    }
    let stored = try project.readSheet(of: coder, for: transcript, codebook: codebook)
    return CodingSession(
      project: project, transcript: transcript, codebook: codebook, coder: coder,
      isNewCoder: !known.contains(coder), knownCoders: known.sorted(), stored: stored)
  }

  private static func readTranscript(_ id: TranscriptID, project: Project) throws -> Transcript {
    let path = project.transcriptPath(id)
    let parsed = Transcript.parse(text: try project.readText(path), file: project.display(path))
    let transcript = try parsed.get()
    guard transcript.id == id else {
      throw Diagnostic(
        .error, .transcriptIDMismatch(header: transcript.id.rawValue, folder: id.rawValue),
        at: SourceLocation(file: project.display(path), line: 1))
    }
    return transcript
  }

  /// The transcript's codebook, by the same rule as the whole study's loading: `--codebook`,
  /// else the transcript's `codebook` attribute, else the project's only codebook.
  private static func readCodebook(
    for transcript: Transcript, override: String?, project: Project
  ) throws -> Codebook {
    let names = listing(project.absolute(Project.codebooksFolder), folders: false)
      .filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }
      .sorted(by: NaturalOrder.less)
    let name: String
    if let wanted = override ?? transcript.codebookName {
      guard names.contains(wanted) else {
        throw Problem.unknownCodebook(name: wanted, available: names)
      }
      name = wanted
    } else if names.count == 1 {
      name = names[0]
    } else if names.isEmpty {
      throw Problem.unknownCodebook(name: "(none)", available: [])
    } else {
      throw Problem.noCodebookForTranscript(transcript: transcript.id.rawValue, available: names)
    }
    let path = project.codebookPath(name)
    return try Codebook.parse(
      markdown: try project.readText(path), name: name, file: project.display(path)
    ).get()
  }

  /// The visible entries of a folder: its subfolders, or its files.
  private static func listing(_ folder: String, folders: Bool) -> [String] {
    let manager = FileManager.default
    let entries = (try? manager.contentsOfDirectory(atPath: folder)) ?? []
    return entries.filter { entry in
      var isFolder: ObjCBool = false
      return !entry.hasPrefix(".")
        && manager.fileExists(atPath: folder + "/" + entry, isDirectory: &isFolder)
        && isFolder.boolValue == folders
    }.sorted(by: NaturalOrder.less)
  }
}
