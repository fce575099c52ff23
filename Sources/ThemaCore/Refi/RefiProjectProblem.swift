/// Everything that can be wrong, or worth a warning, when Thema reads or writes a REFI-QDA
/// project (`.qdpx`), as data; `RefiProjectProblem+Message.swift` holds the wording.
/// `Problem.refiProject` carries it into diagnostics.
public enum RefiProjectProblem: Error, Hashable, Sendable {
  /// Why an archive entry's name is refused.
  public enum UnsafeName: Hashable, Sendable {
    /// A `..` part that climbs out of the folder it would be unpacked in.
    case parentFolder
    /// An absolute path (`/etc/passwd`, `C:\...`, `\\server\...`).
    case absolute
    /// A symbolic link entry.
    case symbolicLink
  }

  /// Why a selection could not be placed on the transcript's segments.
  public enum Unplaced: Hashable, Sendable {
    /// Its end is not after its start.
    case empty
    /// It reaches past the end of the text (`length` positions).
    case pastEnd(length: Int)
    /// It covers no segment text (only speaker lines or blank lines between segments).
    case betweenSegments
    /// It has no codings, so there is nothing for Thema to keep.
    case noCodings
  }

  // MARK: The archive

  /// The archive cannot be opened.
  case zip(ZipError)
  /// An entry's name could write outside the folder it is unpacked in, or is a link.
  case unsafeEntryName(String, UnsafeName)
  /// No `.qde` project file in the archive.
  case noProjectFile(entries: Int)
  /// More than one `.qde` file.
  case severalProjectFiles([String])
  /// The root element is not `<Project>`.
  case notAProject(root: String)
  /// A required attribute is missing from an element.
  case missingAttribute(element: String, attribute: String)
  /// An attribute that must be a whole number is not.
  case notANumber(element: String, attribute: String, value: String)
  /// A source's text file cannot be decoded.
  case unreadableText(source: String, reason: String)

  // MARK: What could not be imported (warnings)

  /// A text source whose text is not in the archive: its selections cannot be placed.
  case sourceWithoutText(source: String, path: String?, selections: Int)
  /// Sources Thema does not import (pictures, PDFs, audio, video).
  case otherSourcesLeftOut(kinds: [String: Int], selections: Int)
  /// A selection that could not be placed on the segments of its transcript.
  case selectionNotPlaced(source: String, start: Int, end: Int, reason: Unplaced)
  /// Selections without codings (quotations with only a comment): nothing to import.
  case selectionsWithoutCodings(count: Int)
  /// Codings of a whole document rather than of a selection.
  case documentCodingsLeftOut(source: String, count: Int)
  /// A coding that refers to a code the code book does not have.
  case unknownCode(guid: String)
  /// A case that refers only to parts of sources, whose variables Thema cannot place.
  case caseWithoutSources(name: String)
  /// Two cases or sets give one transcript different values of an attribute.
  case conflictingAttribute(transcript: String, key: String, kept: String, ignored: String)
  /// A variable whose name cannot become an attribute name.
  case unusableVariableName(String)
  /// Project notes, links and graphs Thema has no place for.
  case projectNotesLeftOut(count: Int)
  /// Which way positions were counted, and why.
  case positionsCounted(RefiPositionScheme, evidence: RefiPositionScheme.Evidence)
  /// A source imported under another ID than its name gives, because that ID was taken.
  case sourceRenamed(source: String, id: String)

  // MARK: Writing into the study

  /// The study already holds a transcript the project would create, with other content.
  case transcriptExists(id: String)
  /// The study already holds a codebook of that name, with other content.
  case codebookExists(name: String)
  /// Adding a second codebook would leave these transcripts without the codebook they need.
  case transcriptsNeedCodebook(ids: [String], codebook: String)
  /// Neither codes nor text: nothing to import.
  case nothingToImport

  // MARK: Exporting

  /// `--transcripts` names a transcript coded with another codebook.
  case transcriptOfOtherCodebook(id: String, codebook: String, exported: String)
}
