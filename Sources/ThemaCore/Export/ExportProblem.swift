/// What can be wrong with a request for a code report, quote table or export, as data; the
/// wording is in `message`. Wrapped in `Problem.exporting` where a `Problem` is needed.
public enum ExportProblem: Error, Hashable, Sendable {
  /// `--by` or an attribution names an attribute no transcript of the codebook has.
  case unknownAttribute(name: String, known: [String])
  /// An attribution template with an unbalanced brace (`placeholder` nil) or a placeholder that
  /// is not an attribute name.
  case invalidAttribution(template: String, placeholder: String?)
  /// `--domain` names a code below the top level.
  case notTopLevel(code: String, level: String, topLevel: [String])
  /// The study has several codebooks and nothing said which one to use.
  case codebookNeeded(available: [String])
  /// A code reference that resolves in several codebooks.
  case codeInSeveralCodebooks(reference: String, codebooks: [String])
  /// A code reference that resolves in none of the study's codebooks.
  case codeInNoCodebook(reference: String, codebooks: [String])
  /// `--out` lies outside the study's folder.
  case outputOutsideProject(path: String)
  /// `--out` is in a folder that does not exist.
  case outputFolderMissing(folder: String)
  /// `--out` names a folder, not a file.
  case outputIsFolder(path: String)
  /// `--out` lies among the study's inputs (`Codebooks/`, `Transcripts/`, `.thema/`).
  case outputAmongInputs(path: String, folder: String)
  /// Text to be exported (a `quote`, `memo` or `context` segment) still holds a name from the
  /// redaction list.
  case identifierFound(
    name: String, part: String, transcript: String, segment: String, code: String)
  /// The files `thema export --all` would write differ from those in `Exports/`.
  case exportsStale(files: [String])
  /// A `.docx` could not be packed.
  case archive(ZipWriter.Failure)

  /// What is wrong and what to do.
  public var message: String {
    switch self {
    case .unknownAttribute(let name, let known):
      return
        "no transcript has an attribute '\(name)'"
        + Self.suggestion(name, known)
        + "; attributes are "
        + (known.isEmpty ? "none" : known.joined(separator: ", "))
    case .invalidAttribution(let template, let placeholder?):
      return
        "'{\(placeholder)}' in the attribution '\(template)' is not an attribute name; use "
        + "lowercase attribute names such as {group} or {county}, or {id}"
    case .invalidAttribution(let template, nil):
      return
        "the attribution '\(template)' has an unbalanced '{' or '}'; write placeholders as "
        + "{attribute}, e.g. '{group}, {county} County'"
    case .notTopLevel(let code, let level, let topLevel):
      return
        "'\(code)' is a \(level.lowercased()), not a top-level code; --domain takes one of "
        + topLevel.joined(separator: ", ")
    case .codebookNeeded(let available):
      return
        "the study has several codebooks (\(available.joined(separator: ", "))); pass "
        + "--codebook NAME"
    case .codeInSeveralCodebooks(let reference, let codebooks):
      return
        "code '\(reference)' exists in several codebooks (\(codebooks.joined(separator: ", ")));"
        + " pass --codebook NAME"
    case .codeInNoCodebook(let reference, let codebooks):
      return
        "no codebook has a code '\(reference)' (codebooks: \(codebooks.joined(separator: ", "))); "
        + "check the code, or pass --codebook NAME to see suggestions"
    case .outputOutsideProject(let path):
      return
        "'\(path)' is outside the study's folder; write exports inside it, e.g. to "
        + "Exports/\(path.split(separator: "/").last.map(String.init) ?? "table.md")"
    case .outputFolderMissing(let folder):
      return "the folder '\(folder)' does not exist; create it first or write to Exports/"
    case .outputIsFolder(let path):
      let folder = path.hasSuffix("/") ? String(path.dropLast()) : path
      return "'\(path)' is a folder; name a file, e.g. \(folder)/table.md"
    case .outputAmongInputs(let path, let folder):
      return
        "'\(path)' is inside \(folder)/, which holds the study's own files; write exports to "
        + "Exports/ instead"
    case .identifierFound(let name, let part, let transcript, let segment, let code):
      return
        "the \(part) from \(transcript) \(segment)\(code.isEmpty ? "" : " (\(code))") contains "
        + "'\(name)', a name on the "
        + "study's redaction list (.thema/redactions.txt); redact it in the transcript, or pass "
        + "--allow-identifiers to export it anyway. Nothing was written"
    case .exportsStale(let files):
      return
        "Exports/ is out of date: \(files.joined(separator: ", ")) "
        + (files.count == 1 ? "differs" : "differ")
        + " from what the study gives now; run 'thema export --all' and commit the result"
    case .archive(let failure):
      return "cannot pack the .docx file (\(failure)); this is a bug in Thema, please report it"
    }
  }

  private static func suggestion(_ name: String, _ known: [String]) -> String {
    guard let best = Suggestions.closest(to: name, among: known, limit: 1).first else { return "" }
    return " (did you mean '\(best)'?)"
  }
}
