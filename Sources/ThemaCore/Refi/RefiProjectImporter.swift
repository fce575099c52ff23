/// Turns a REFI-QDA project (`.qdpx`) into Thema's codebook, transcripts, attributes and
/// codings. Pure: the caller reads the archive and writes the result.
///
/// What is imported: the `CodeBook` (through `RefiCodes`); each `TextSource` with its plain text
/// as a transcript (Thema's own layout read back exactly, see `RefiSourceLayout`; any other
/// text segmented as `thema import` segments plain text); each `PlainTextSelection` with its
/// `Coding`s as codings of the segments it covers (see `RefiSelectionPlacement`), credited to
/// the user who made the selection or the coding (`RefiImportOptions.Credit`); `Cases` with
/// their `Variables`, variable values on sources, and ATLAS.ti document groups named
/// `variable: value` as transcript attributes; notes and descriptions on selections and codings
/// as memos, notes on codes as paragraphs of the code's description. Every user who made
/// codings becomes a coder (a user named `consensus` is the consensus).
///
/// What is left out, and said in a warning: text sources whose text is not in the archive
/// (their selections cannot be placed), pictures, PDFs, audio and video, selections that fall
/// outside the text or between segments, codings of whole documents, project notes, links
/// and graphs.
public enum RefiProjectImporter {
  /// Imports the `.qdpx` archive `bytes`; `file` is the archive's path shown in diagnostics.
  public static func importArchive(
    _ bytes: [UInt8], file: String, options: RefiImportOptions = RefiImportOptions()
  ) -> Parsed<RefiProjectImport> {
    let archive: RefiProjectArchive
    do {
      archive = try RefiProjectArchive(bytes, limits: options.transcripts.zipLimits)
    } catch {
      return failure(error, at: SourceLocation(file: file))
    }
    let projectFile = file + "/" + archive.projectEntry
    let read = readProject(archive.project, file: projectFile, limits: options.xmlLimits)
    guard let document = read.value, !read.diagnostics.hasErrors else {
      return Parsed(value: nil, diagnostics: read.diagnostics)
    }
    var diagnostics = read.diagnostics
    let texts = texts(of: document, in: archive, file: projectFile, diagnostics: &diagnostics)
    guard !diagnostics.hasErrors else { return Parsed(value: nil, diagnostics: diagnostics) }
    var imported = importDocument(document, texts: texts, file: projectFile, options: options)
    imported.value?.summary.projectEntry = archive.projectEntry
    imported.diagnostics = diagnostics + imported.diagnostics
    return imported
  }

  /// The plain text of each text source, by its GUID: inside the project, or in the archive;
  /// errors for texts that cannot be decoded.
  private static func texts(
    of document: RefiProjectDocument, in archive: RefiProjectArchive, file: String,
    diagnostics: inout [Diagnostic]
  ) -> [String: String] {
    var texts: [String: String] = [:]
    for source in document.textSources {
      if let inline = source.inlineText {
        texts[source.guid] = inline
        continue
      }
      guard let path = source.plainTextPath else { continue }
      let location = SourceLocation(file: file, line: source.line)
      do {
        guard let bytes = try archive.source(at: path) else { continue }
        guard let text = RefiSourceText.decode(bytes) else {
          let reason = "its text file \(path) is neither UTF-8 nor UTF-16 with a byte-order mark"
          diagnostics.append(
            Diagnostic(
              .error, .refiProject(.unreadableText(source: source.name, reason: reason)),
              at: location))
          continue
        }
        texts[source.guid] = text
      } catch {
        diagnostics.append(Diagnostic(.error, .refiProject(error), at: location))
      }
    }
    return texts
  }

  /// Imports a bare project file (`project.qde` outside its archive), whose texts can only be
  /// those inside it (`<PlainTextContent>`); `file` is its path shown in diagnostics.
  public static func importProjectFile(
    _ bytes: [UInt8], file: String, options: RefiImportOptions = RefiImportOptions()
  ) -> Parsed<RefiProjectImport> {
    let read = readProject(bytes, file: file, limits: options.xmlLimits)
    guard let document = read.value, !read.diagnostics.hasErrors else {
      return Parsed(value: nil, diagnostics: read.diagnostics)
    }
    var texts: [String: String] = [:]
    for source in document.textSources {
      if let inline = source.inlineText { texts[source.guid] = inline }
    }
    var imported = importDocument(document, texts: texts, file: file, options: options)
    imported.diagnostics = read.diagnostics + imported.diagnostics
    return imported
  }

  /// The project document in `bytes`, read as XML within `limits`.
  static func readProject(_ bytes: [UInt8], file: String, limits: XMLLimits)
    -> Parsed<RefiProjectDocument>
  {
    let tree: XMLTree
    do {
      tree = try XMLTree.parse(bytes, limits: limits)
    } catch {
      return Parsed(
        value: nil,
        diagnostics: [
          Diagnostic(.error, .refi(.xml(error)), at: SourceLocation(file: file, line: error.line))
        ])
    }
    return RefiProjectDocument.read(tree, file: file)
  }

  /// Imports a project already read, with the plain text of each text source by its GUID;
  /// `file` is the project file's path shown in diagnostics.
  public static func importDocument(
    _ document: RefiProjectDocument, texts: [String: String], file: String,
    options: RefiImportOptions = RefiImportOptions()
  ) -> Parsed<RefiProjectImport> {
    var run = RefiProjectImportRun(document: document, file: file, options: options)
    run.readCodebook()
    run.prepareSources(texts: texts)
    run.decideScheme()
    run.buildTranscripts()
    run.placeSelections()
    run.noteWhatWasLeftOut()
    guard run.result.codebook != nil || !run.result.transcripts.isEmpty else {
      run.diagnostics.append(
        Diagnostic(.error, .refiProject(.nothingToImport), at: SourceLocation(file: file)))
      return Parsed(value: nil, diagnostics: run.diagnostics)
    }
    return Parsed(value: run.result, diagnostics: run.diagnostics)
  }

  private static func failure(_ problem: RefiProjectProblem, at location: SourceLocation)
    -> Parsed<RefiProjectImport>
  {
    Parsed(value: nil, diagnostics: [Diagnostic(.error, .refiProject(problem), at: location)])
  }
}
