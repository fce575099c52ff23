import Foundation
import ThemaCore

extension Project {
  /// Loads the study like `load()`, but keeps codings files whose only errors are codes the
  /// codebook does not have (renamed, moved or deleted since they were applied): those errors
  /// become warnings and the sheets are kept whole, so a read-only command such as `thema agree`
  /// can report such codings and count them separately instead of refusing the study.
  ///
  /// Any other error is left as it is. Nothing is written.
  public func loadKeepingUnknownCodes() -> LoadedStudy {
    var loaded = load()
    guard loaded.diagnostics.hasErrors else { return loaded }
    let erroneousFiles = Set(
      loaded.diagnostics.filter { $0.severity == .error }.compactMap { $0.location?.file })
    for id in loaded.study.transcriptIDs {
      guard let transcript = loaded.study.transcripts[id],
        let codebook = try? loaded.study.codebook(for: transcript)
      else { continue }
      let index = CodebookIndex(codebook)
      for name in listFiles(in: codingsFolder(id), withExtension: "tsv") {
        guard let coder = Coder(rawValue: name), coder != .consensus,
          loaded.study.sheets[id]?[coder] == nil
        else { continue }
        let path = codingsPath(id, coder)
        let shown = display(path)
        guard erroneousFiles.contains(shown),
          let kept = sheetWithUnknownCodes(path, coder: coder, transcript: transcript, index: index)
        else { continue }
        loaded.study.sheets[id, default: [:]][coder] = kept.sheet
        loaded.diagnostics.removeAll { $0.location?.file == shown }
        loaded.diagnostics += kept.diagnostics
      }
    }
    return loaded
  }

  /// The sheet at `path` when every error in it is a code the codebook does not have, with those
  /// errors turned into warnings; nil when it has any other error.
  private func sheetWithUnknownCodes(
    _ path: String, coder: Coder, transcript: Transcript, index: CodebookIndex
  ) -> (sheet: CodingSheet, diagnostics: [Diagnostic])? {
    guard let text = try? readText(path) else { return nil }
    let parsed = CodingSheet.parse(
      tsv: text, transcript: transcript.id, coder: coder, file: display(path), codebook: index)
    let problems =
      parsed.diagnostics
      + parsed.sheet.validate(
        transcript: transcript, codebook: index, file: display(path),
        lineNumbers: parsed.lineNumbers, sourceLines: parsed.sourceLines)
    var kept: [Diagnostic] = []
    for diagnostic in problems {
      guard diagnostic.severity == .error else {
        kept.append(diagnostic)
        continue
      }
      switch diagnostic.problem {
      case .unknownCode, .ambiguousCode:
        var warning = diagnostic
        warning.severity = .warning
        kept.append(warning)
      default:
        return nil
      }
    }
    return (parsed.sheet, kept)
  }
}
