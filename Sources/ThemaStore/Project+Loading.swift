import Foundation
import ThemaCore

/// A study read from disk, with every problem found in its files.
public struct LoadedStudy: Sendable {
  /// What could be read; files with errors are left out.
  public var study: Study
  /// Every problem, with paths as the user should see them.
  public var diagnostics: [Diagnostic]
}

extension Project {
  /// Reads and validates every codebook, transcript and codings file of the project.
  ///
  /// A file with errors is left out of the study, and its diagnostics are returned; nothing is
  /// written. With `reportingRetired`, codings of retired codes are reported as warnings (as
  /// `thema check` does).
  public func load(reportingRetired: Bool = false) -> LoadedStudy {
    var diagnostics: [Diagnostic] = []
    var codebooks: [String: Codebook] = [:]
    for name in listFiles(in: Self.codebooksFolder, withExtension: "md") {
      let path = codebookPath(name)
      guard let text = readText(path, into: &diagnostics) else { continue }
      let parsed = Codebook.parse(markdown: text, name: name, file: display(path))
      diagnostics += parsed.diagnostics
      if let codebook = parsed.value, !parsed.diagnostics.hasErrors { codebooks[name] = codebook }
    }
    let indexes = codebooks.mapValues(CodebookIndex.init)
    var study = Study(codebooks: codebooks)
    let folders = listFolders(in: Self.transcriptsFolder)
    let project = self
    let loadedCodebooks = codebooks
    let results = folders.parallelMap { folder in
      project.loadTranscriptFolder(
        folder, codebooks: loadedCodebooks, indexes: indexes, reportingRetired: reportingRetired)
    }
    if codebooks.isEmpty && !folders.isEmpty && !diagnostics.hasErrors {
      diagnostics.append(
        Diagnostic(
          .warning, .noCodebookYet, at: SourceLocation(file: display(Self.codebooksFolder))))
    }
    for result in results {
      diagnostics += result.diagnostics
      guard let transcript = result.transcript else { continue }
      study.transcripts[transcript.id] = transcript
      if !result.sheets.isEmpty { study.sheets[transcript.id] = result.sheets }
      if let consensus = result.consensus { study.consensus[transcript.id] = consensus }
      if let decisions = result.decisions { study.decisions[transcript.id] = decisions }
    }
    return LoadedStudy(study: study, diagnostics: diagnostics)
  }

  private struct FolderResult: Sendable {
    var transcript: Transcript?
    var sheets: [Coder: CodingSheet] = [:]
    var consensus: CodingSheet?
    var decisions: DecisionLog?
    var diagnostics: [Diagnostic] = []
  }

  private func loadTranscriptFolder(
    _ folder: String, codebooks: [String: Codebook], indexes: [String: CodebookIndex],
    reportingRetired: Bool
  ) -> FolderResult {
    var result = FolderResult()
    let folderPath = Self.transcriptsFolder + "/" + folder
    guard let id = TranscriptID(rawValue: folder) else {
      result.diagnostics.append(
        Diagnostic(
          .error, .invalidTranscriptID(folder), at: SourceLocation(file: display(folderPath))))
      return result
    }
    let path = transcriptPath(id)
    guard FileManager.default.fileExists(atPath: absolute(path)) else {
      result.diagnostics.append(
        Diagnostic(
          .warning, .cannotRead(reason: "the folder has no transcript.txt, so it is skipped"),
          at: SourceLocation(file: display(folderPath))))
      return result
    }
    guard let text = readText(path, into: &result.diagnostics) else { return result }
    let parsed = Transcript.parse(text: text, file: display(path))
    result.diagnostics += parsed.diagnostics
    guard let transcript = parsed.value, !parsed.diagnostics.hasErrors else { return result }
    if transcript.id != id {
      result.diagnostics.append(
        Diagnostic(
          .error, .transcriptIDMismatch(header: transcript.id.rawValue, folder: folder),
          at: SourceLocation(file: display(path), line: 1)))
      return result
    }
    result.transcript = transcript
    let study = Study(codebooks: codebooks)
    let codebook: Codebook
    do {
      codebook = try study.codebook(for: transcript)
    } catch {
      // A new study may hold transcripts before its first codebook: that is said once, by
      // load(), rather than as an error for every transcript.
      if !(codebooks.isEmpty && transcript.codebookName == nil) {
        result.diagnostics.append(
          Diagnostic(.error, error, at: SourceLocation(file: display(path))))
      }
      return result
    }
    guard let index = indexes[codebook.name] else { return result }
    for name in listFiles(in: codingsFolder(id), withExtension: "tsv") {
      let sheetPath = codingsFolder(id) + "/\(name).tsv"
      guard let coder = Coder(rawValue: name), coder != .consensus else {
        result.diagnostics.append(
          Diagnostic(.error, .invalidCoderName(name), at: SourceLocation(file: display(sheetPath))))
        continue
      }
      if let sheet = loadSheet(
        sheetPath, coder: coder, transcript: transcript, index: index,
        reportingRetired: reportingRetired, into: &result.diagnostics)
      {
        result.sheets[coder] = sheet
      }
    }
    let consensusPath = consensusPath(id)
    if FileManager.default.fileExists(atPath: absolute(consensusPath)) {
      result.consensus = loadSheet(
        consensusPath, coder: .consensus, transcript: transcript, index: index,
        reportingRetired: reportingRetired, into: &result.diagnostics)
    }
    let decisionsPath = decisionsPath(id)
    if FileManager.default.fileExists(atPath: absolute(decisionsPath)),
      let text = readText(decisionsPath, into: &result.diagnostics)
    {
      let parsed = DecisionLog.parse(text, file: display(decisionsPath))
      result.diagnostics += parsed.diagnostics
      if !parsed.diagnostics.hasErrors { result.decisions = parsed.value }
    }
    return result
  }

  private func loadSheet(
    _ path: String, coder: Coder, transcript: Transcript, index: CodebookIndex,
    reportingRetired: Bool,
    into diagnostics: inout [Diagnostic]
  ) -> CodingSheet? {
    guard let text = readText(path, into: &diagnostics) else { return nil }
    let (sheet, problems) = checkedSheet(
      text, path: path, coder: coder, transcript: transcript, index: index,
      reportingRetired: reportingRetired)
    diagnostics += problems
    return problems.hasErrors ? nil : sheet
  }

  /// A codings file's text parsed and checked against its transcript and codebook.
  func checkedSheet(
    _ text: String, path: String, coder: Coder, transcript: Transcript, index: CodebookIndex,
    reportingRetired: Bool = false
  ) -> (CodingSheet, [Diagnostic]) {
    let parsed = CodingSheet.parse(
      tsv: text, transcript: transcript.id, coder: coder, file: display(path), codebook: index)
    let problems =
      parsed.diagnostics
      + parsed.sheet.validate(
        transcript: transcript, codebook: index, file: display(path),
        lineNumbers: parsed.lineNumbers,
        sourceLines: parsed.sourceLines, reportingRetired: reportingRetired)
    return (parsed.sheet, problems)
  }

  /// Codings a forced re-import set aside (`Transcripts/<ID>/set-aside/<coder>.tsv`), as one
  /// warning per file with how many codings wait to be recoded.
  public func setAsideCodings() -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    for folder in listFolders(in: Self.transcriptsFolder) {
      guard let id = TranscriptID(rawValue: folder) else { continue }
      for name in listFiles(in: transcriptFolder(id) + "/set-aside", withExtension: "tsv") {
        guard let coder = Coder(rawValue: name) else { continue }
        let path = setAsidePath(id, coder)
        guard let text = try? readText(path) else { continue }
        let count = CodingSheet.parse(tsv: text, transcript: id, coder: coder, file: path).sheet
          .codings.count
        diagnostics.append(
          Diagnostic(
            .warning,
            .importing(.codingsSetAside(coder: coder.rawValue, count: count, file: display(path))),
            at: SourceLocation(file: display(path))))
      }
    }
    return diagnostics
  }

  // MARK: Reading files

  /// The text of a project file as strict UTF-8, or nil with a diagnostic.
  public func readText(_ relative: String, into diagnostics: inout [Diagnostic]) -> String? {
    do {
      return try readText(relative)
    } catch {
      diagnostics.append(error)
      return nil
    }
  }

  /// The text of a project file as strict UTF-8.
  public func readText(_ relative: String) throws(Diagnostic) -> String {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: absolute(relative)))
    } catch {
      let reason = (error as NSError).localizedFailureReason ?? error.localizedDescription
      throw Diagnostic(
        .error, .cannotRead(reason: reason), at: SourceLocation(file: display(relative)))
    }
    do {
      return try TextDecoding.strictUTF8(data)
    } catch {
      throw Diagnostic(.error, error, at: SourceLocation(file: display(relative)))
    }
  }

  /// Names (without extension) of the visible files in a project folder with `ext`, in order.
  func listFiles(in folder: String, withExtension ext: String) -> [String] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: absolute(folder))) ?? []
    return
      entries
      .filter { !$0.hasPrefix(".") && $0.hasSuffix("." + ext) }
      .map { String($0.dropLast(ext.count + 1)) }
      .sorted(by: NaturalOrder.less)
  }

  /// Names of the visible subfolders of a project folder, in order.
  func listFolders(in folder: String) -> [String] {
    let base = absolute(folder)
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []
    return entries.filter { entry in
      var isDirectory: ObjCBool = false
      return !entry.hasPrefix(".")
        && FileManager.default.fileExists(atPath: base + "/" + entry, isDirectory: &isDirectory)
        && isDirectory.boolValue
    }.sorted(by: NaturalOrder.less)
  }
}
