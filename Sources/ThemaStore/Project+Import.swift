import Foundation
import ThemaCore

/// How a batch of sources is imported: the import options and what applies to every file.
public struct ImportSettings: Sendable {
  /// Segmenting, speaker map, redactions and ZIP limits.
  public var options: ImportOptions
  /// Attributes by file name or ID (`--attributes`).
  public var attributes: AttributeTable
  /// The `group` attribute for every file (`--group`), over the attributes file's.
  public var group: String?
  /// The `codebook` attribute for every file (`--codebook`), over the attributes file's.
  public var codebook: String?
  /// Replace transcripts that exist already (`--force`).
  public var force: Bool
  /// Keep each transcript's text in its result (for `--dry-run`, which prints it).
  public var keepsText: Bool

  /// Creates settings.
  public init(
    options: ImportOptions = ImportOptions(), attributes: AttributeTable = AttributeTable(),
    group: String? = nil, codebook: String? = nil, force: Bool = false, keepsText: Bool = false
  ) {
    self.options = options
    self.attributes = attributes
    self.group = group
    self.codebook = codebook
    self.force = force
    self.keepsText = keepsText
  }
}

/// A source file to import: its path as the user gave it (shown in messages, matched against
/// the attributes file) and where it is.
public struct ImportRequest: Hashable, Sendable {
  /// The path as given, e.g. `interviews/P03.vtt`.
  public var display: String
  /// The absolute path.
  public var path: String

  /// Creates a request.
  public init(display: String, path: String) {
    self.display = display
    self.path = path
  }
}

/// What importing one source did, or would do.
public enum ImportOutcome: String, Sendable {
  /// A new transcript.
  case created
  /// An existing transcript replaced (with `--force`).
  case replaced
  /// The transcript exists with exactly this content: nothing to write.
  case unchanged
  /// Not imported; the diagnostics say why.
  case failed
}

/// The result of importing one source: what it became, and every problem found.
public struct ImportResult: Sendable {
  /// The source's path as given.
  public var source: String
  /// The transcript ID, when one could be decided.
  public var id: TranscriptID?
  /// The format read, when the file could be read.
  public var format: SourceFormat?
  /// Segments in the transcript.
  public var segments = 0
  /// The speakers, in order of first appearance.
  public var speakers: [String] = []
  /// Redactions made.
  public var redactions = RedactionReport()
  /// For a re-import: what happens to the existing segments.
  public var plan: ReimportPlan?
  /// Created, replaced, unchanged or failed.
  public var outcome: ImportOutcome = .failed
  /// Errors, warnings and notes, with locations.
  public var diagnostics: [Diagnostic] = []
  /// The transcript's text, when the settings keep it.
  public var text: String?
  /// The transcript to write (nil once written, and for failures), kept until committed.
  var pending: Data?
  /// For a forced re-import: codings files rewritten without the codings that no longer fit,
  /// and the set-aside files that keep those codings.
  var pendingCodings: [PendingWrite] = []

  /// Warnings among the diagnostics.
  public var warnings: Int { diagnostics.filter { $0.severity == .warning }.count }
}

extension Project {
  /// The ID a source becomes: `explicit` (`--id`), else the `id` of its row in the attributes
  /// file, else the folder it is in when that is `Transcripts/<ID>/` of this study (where the
  /// study keeps each transcript's original), else one made from its file name.
  public func transcriptID(
    for source: ImportRequest, explicit: TranscriptID?, attributes: AttributeTable
  ) throws(ImportProblem) -> TranscriptID {
    if let explicit { return explicit }
    if let row = attributes.row(forFile: source.display, id: nil), let id = row.id {
      guard let parsed = TranscriptID(rawValue: id) else { throw .cannotDeriveID(fileName: id) }
      return parsed
    }
    let absolutePath = Self.cleanAbsolute(source.path)
    let transcripts = root + "/" + Self.transcriptsFolder + "/"
    if absolutePath.hasPrefix(transcripts) {
      let parts = absolutePath.dropFirst(transcripts.count).split(separator: "/")
      if parts.count == 2, let id = TranscriptID(rawValue: String(parts[0])) { return id }
    }
    let name = (source.path as NSString).lastPathComponent
    guard let id = TranscriptID(fileName: name) else { throw .cannotDeriveID(fileName: name) }
    return id
  }

  /// Imports `source` as transcript `id` and compares it with what the study holds; writes
  /// nothing (see `commitImport`).
  public func prepareImport(_ source: ImportRequest, id: TranscriptID, settings: ImportSettings)
    -> ImportResult
  {
    var result = ImportResult(source: source.display, id: id)
    let location = SourceLocation(file: source.display)
    guard let bytes = readSource(source, into: &result) else { return result }
    var attributes =
      settings.attributes.row(forFile: source.display, id: id.rawValue)?.attributes ?? [:]
    if let group = settings.group { attributes["group"] = group }
    if let codebook = settings.codebook { attributes["codebook"] = codebook }
    let parsed = TranscriptImporter.importSource(
      bytes, fileName: (source.path as NSString).lastPathComponent, file: source.display, id: id,
      attributes: attributes, options: settings.options)
    result.diagnostics = parsed.diagnostics
    guard let imported = parsed.value, !parsed.diagnostics.hasErrors else { return result }
    result.format = imported.format
    result.redactions = imported.redactions
    var transcript = imported.transcript
    let existingPath = transcriptPath(id)
    let existingData = FileManager.default.contents(atPath: absolute(existingPath))
    if let existingData {
      guard let existing = readExisting(existingData, path: existingPath, into: &result) else {
        return result
      }
      let (merged, plan) = TranscriptImporter.reimport(transcript, over: existing)
      transcript = merged
      result.plan = plan
    }
    if let problem = codebookProblem(transcript) {
      result.diagnostics.append(Diagnostic(.error, problem, at: location))
      return result
    }
    let text = transcript.text()
    let data = Data(text.utf8)
    if existingData == nil {
      result.outcome = .created
      result.pending = data
    } else if data == existingData {
      result.outcome = .unchanged
    } else if let plan = result.plan {
      let affected = affectedCodings(of: id, plan: plan, forced: settings.force)
      result.diagnostics += affected.diagnostics
      if settings.force {
        result.outcome = .replaced
        result.pending = data
        setAsideCodings(of: transcript, into: &result)
      } else {
        let problem = ImportProblem.transcriptExists(
          id: id.rawValue, changed: plan.changed.count, vanished: plan.vanished.count,
          codings: affected.count)
        result.diagnostics.append(Diagnostic(.error, .importing(problem), at: location))
      }
    }
    if result.diagnostics.hasErrors { result.outcome = .failed }
    result.segments = transcript.segments.count
    var seen: Set<String> = []
    result.speakers = transcript.segments.map(\.speaker).filter { seen.insert($0).inserted }
    if settings.keepsText && result.outcome != .failed { result.text = text }
    return result
  }

  /// The bytes of a source, or nil with the reason added to `result`: the study's own files
  /// and folders are refused.
  private func readSource(_ source: ImportRequest, into result: inout ImportResult) -> [UInt8]? {
    let location = SourceLocation(file: source.display)
    if isStudyFile(source.path) {
      result.diagnostics.append(Diagnostic(.error, .importing(.studyFile), at: location))
      return nil
    }
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: source.path, isDirectory: &isFolder),
      isFolder.boolValue
    {
      let reason = "it is a folder; name the files in it, e.g. '\(source.display)/*.docx'"
      result.diagnostics.append(Diagnostic(.error, .cannotRead(reason: reason), at: location))
      return nil
    }
    do {
      return [UInt8](try Data(contentsOf: URL(fileURLWithPath: source.path)))
    } catch {
      let reason = (error as NSError).localizedFailureReason ?? error.localizedDescription
      result.diagnostics.append(Diagnostic(.error, .cannotRead(reason: reason), at: location))
      return nil
    }
  }

  /// Writes a prepared import's transcript atomically, creating its folder; does nothing for an
  /// unchanged or failed one. Replacing a transcript holds the locks of its codings files, so
  /// a coder with the transcript open in the coding screen makes the import wait for them; the
  /// codings a forced re-import sets aside are moved in the same transaction.
  public func commitImport(_ result: inout ImportResult) throws(Diagnostic) {
    guard let data = result.pending, let id = result.id else { return }
    if result.outcome == .replaced {
      let sheets = listFiles(in: codingsFolder(id), withExtension: "tsv").map {
        codingsFolder(id) + "/\($0).tsv"
      }
      let locks = try FileLockSet(
        (sheets + [consensusPath(id)]).map { (absolute($0), display($0)) },
        purpose: "thema import (re-importing \(id))")
      try commit([PendingWrite(path: transcriptPath(id), data: data)] + result.pendingCodings)
      _ = consume locks
      result.pending = nil
      result.pendingCodings = []
      return
    }
    let folder = transcriptFolder(id)
    do {
      try AtomicFile.createFolder(absolute(folder))
    } catch {
      throw Diagnostic(
        .error,
        .cannotWrite(reason: "cannot create the folder: \(error.localizedDescription)"),
        at: SourceLocation(file: display(folder)))
    }
    try AtomicFile.write(
      data, to: absolute(transcriptPath(id)), display: display(transcriptPath(id)))
    result.pending = nil
  }

  /// Whether `path` is a file Thema itself writes in `Transcripts/` (a transcript, codings, a
  /// consensus or decision log), which must never be imported over a transcript.
  func isStudyFile(_ path: String) -> Bool {
    let absolutePath = Self.cleanAbsolute(path)
    let transcripts = root + "/" + Self.transcriptsFolder + "/"
    guard absolutePath.hasPrefix(transcripts) else { return false }
    let parts = absolutePath.dropFirst(transcripts.count).split(separator: "/")
    guard parts.count >= 2 else { return false }
    if parts.count > 2 { return parts[1] == "codings" }
    return ["transcript.txt", "consensus.tsv", "decisions.jsonl"].contains(String(parts[1]))
  }

  /// `path` made absolute and free of `.` and `..` parts; a path that is already so is taken as
  /// it is (standardizing costs more than the rest of deciding where a source belongs).
  static func cleanAbsolute(_ path: String) -> String {
    if path.hasPrefix("/") && !path.contains("/.") && !path.contains("//") && !path.hasSuffix("/") {
      return path
    }
    return standardized(path)
  }

  /// Why the study could not use `transcript`'s codebook: the one it names does not exist, or it
  /// names none while the study has several.
  private func codebookProblem(_ transcript: Transcript) -> Problem? {
    let names = listFiles(in: Self.codebooksFolder, withExtension: "md")
    if let name = transcript.codebookName {
      return names.contains(name) ? nil : .unknownCodebook(name: name, available: names)
    }
    guard names.count > 1 else { return nil }
    return .noCodebookForTranscript(transcript: transcript.id.rawValue, available: names)
  }

  /// The existing transcript, or nil with its problems added to `result`: a study file that
  /// does not read cleanly is never replaced blindly.
  private func readExisting(_ data: Data, path: String, into result: inout ImportResult)
    -> Transcript?
  {
    let text: String
    do {
      text = try TextDecoding.strictUTF8(data)
    } catch {
      result.diagnostics.append(Diagnostic(.error, error, at: SourceLocation(file: display(path))))
      return nil
    }
    let parsed = Transcript.parse(text: text, file: display(path))
    guard let existing = parsed.value, !parsed.diagnostics.hasErrors else {
      result.diagnostics += parsed.diagnostics
      return nil
    }
    return existing
  }

  /// The codings files a forced re-import of `transcript` must rewrite: each coder's codings
  /// that no longer fit (their segment is gone, or their span runs past its new end) move to
  /// `Transcripts/<ID>/set-aside/<coder>.tsv`, where `thema check` reports them until they are
  /// recoded. A consensus that would lose codings refuses the import instead: it must stay in
  /// step with its decision log.
  private func setAsideCodings(of transcript: Transcript, into result: inout ImportResult) {
    let id = transcript.id
    let lengths = Dictionary(uniqueKeysWithValues: transcript.segments.map { ($0.id, $0.length) })
    func fits(_ coding: Coding) -> Bool {
      guard let length = lengths[coding.segment] else { return false }
      return (coding.span?.end ?? 0) <= length
    }
    var files: [(String, Coder)] = listFiles(in: codingsFolder(id), withExtension: "tsv")
      .compactMap { name in Coder(rawValue: name).map { (codingsFolder(id) + "/\(name).tsv", $0) } }
    files.append((consensusPath(id), .consensus))
    for (path, coder) in files {
      guard let data = FileManager.default.contents(atPath: absolute(path)),
        let text = try? TextDecoding.strictUTF8(data)
      else { continue }
      let sheet = CodingSheet.parse(tsv: text, transcript: id, coder: coder, file: display(path))
        .sheet
      let aside = sheet.codings.filter { !fits($0) }
      guard !aside.isEmpty else { continue }
      if coder == .consensus {
        var seen: Set<String> = []
        let segments = aside.map(\.segment.rawValue).filter { seen.insert($0).inserted }
        result.diagnostics.append(
          Diagnostic(
            .error, .importing(.consensusWouldBreak(id: id.rawValue, segments: segments)),
            at: SourceLocation(file: display(path))))
        result.outcome = .failed
        result.pending = nil
        result.pendingCodings = []
        return
      }
      var kept = sheet
      kept.codings = sheet.codings.filter(fits)
      let asidePath = setAsidePath(id, coder)
      var setAside = CodingSheet(transcript: id, coder: coder)
      if let existing = FileManager.default.contents(atPath: absolute(asidePath)),
        let existingText = try? TextDecoding.strictUTF8(existing)
      {
        setAside =
          CodingSheet.parse(tsv: existingText, transcript: id, coder: coder, file: asidePath).sheet
      }
      for coding in aside { setAside.apply(coding) }
      result.pendingCodings += [
        PendingWrite(path: path, data: Data(kept.tsv().utf8)),
        PendingWrite(path: asidePath, data: Data(setAside.tsv().utf8)),
      ]
      result.diagnostics.append(
        Diagnostic(
          .warning,
          .importing(
            .codingsSetAside(coder: coder.rawValue, count: aside.count, file: display(asidePath))),
          at: SourceLocation(file: display(path))))
    }
  }

  /// Every coding, of every coder and of the consensus, that points at a segment the
  /// re-import changes or removes: one diagnostic each at its line of the codings file (notes
  /// when the import is refused, warnings when it is forced).
  private func affectedCodings(of id: TranscriptID, plan: ReimportPlan, forced: Bool)
    -> (count: Int, diagnostics: [Diagnostic])
  {
    guard !plan.changed.isEmpty || !plan.vanished.isEmpty else { return (0, []) }
    var files: [(String, Coder)] = listFiles(in: codingsFolder(id), withExtension: "tsv")
      .compactMap { name in Coder(rawValue: name).map { (codingsFolder(id) + "/\(name).tsv", $0) } }
    files.append((consensusPath(id), .consensus))
    var count = 0
    var diagnostics: [Diagnostic] = []
    for (path, coder) in files {
      guard let data = FileManager.default.contents(atPath: absolute(path)),
        let text = try? TextDecoding.strictUTF8(data)
      else { continue }
      let parsed = CodingSheet.parse(tsv: text, transcript: id, coder: coder, file: display(path))
      for affected in plan.affectedCodings(in: [parsed.sheet]) {
        guard let position = parsed.sheet.codings.firstIndex(of: affected.coding) else { continue }
        let segment = affected.coding.segment.rawValue
        let code = affected.coding.code.description
        let problem: ImportProblem =
          affected.vanished
          ? .codedSegmentVanished(segment: segment, code: code)
          : .codedSegmentChanged(segment: segment, code: code)
        diagnostics.append(
          Diagnostic(
            forced ? .warning : .note, .importing(problem),
            at: SourceLocation(
              file: display(path), line: parsed.lineNumbers[position],
              sourceLine: parsed.sourceLines[position])))
        count += 1
      }
    }
    return (count, diagnostics)
  }
}
