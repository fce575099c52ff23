/// Everything that can be wrong, or worth a warning, when importing a transcript source, as
/// data; `ImportProblem+Message.swift` holds the wording. `Problem.importing` carries it into
/// diagnostics.
public enum ImportProblem: Error, Hashable, Sendable {
  // MARK: Reading the bytes

  /// The file has no text.
  case emptySource
  /// The file is binary, not text.
  case binarySource
  /// A kind of file Thema does not import, such as `.doc` or PDF; `kind` names it.
  case unsupportedFormat(kind: String)
  /// The file is not UTF-8 or UTF-16, so it was read as Windows-1252 (a warning).
  case decodedAsWindows1252
  /// A UTF-16 file with an odd number of bytes or an unpaired surrogate (a warning).
  case invalidUTF16
  /// Control characters that have no place in text were removed (a warning).
  case controlCharactersRemoved(count: Int)
  /// Nothing to import was found once the format's markup was removed.
  case noText
  /// The file is larger than any transcript (`ImportOptions.maxSourceBytes`).
  case sourceTooLarge(bytes: Int, limit: Int)
  /// A line longer than any paragraph of speech (`ImportOptions.maxLineLength` bytes).
  case lineTooLong(line: Int, length: Int, limit: Int)

  // MARK: Captions

  /// A `.vtt` file that does not start with `WEBVTT`.
  case missingWebVTTHeader
  /// A cue timing line that is not `start --> end`; `cue` is the cue's ID or number.
  case invalidCueTiming(cue: String?, text: String)
  /// A cue whose end is before its start.
  case cueEndsBeforeStart(cue: String?)
  /// A caption block with text but no timing line.
  case cueWithoutTiming(cue: String?)

  // MARK: Word documents

  /// The `.docx` could not be opened as a ZIP archive.
  case zip(ZipError)
  /// A ZIP archive without `word/document.xml`: not a Word document.
  case docxWithoutDocument
  /// The document's XML cannot be read.
  case invalidDocxXML(reason: String)

  // MARK: Speakers

  /// No speaker labels were found: each paragraph is a segment by `speaker` (a warning).
  case noSpeakerLabels(speaker: String)
  /// Text came before the first speaker label and was given to `speaker` (a warning).
  case textBeforeFirstLabel(speaker: String)

  // MARK: Option files

  /// A CSV file that cannot be read.
  case csv(CSVError)
  /// An attributes CSV whose header has no `file` or `id` column.
  case attributesWithoutKeyColumn
  /// An attributes CSV column whose name cannot be an attribute name.
  case invalidAttributeColumn(String)
  /// Two rows of an attributes CSV for the same file or ID.
  case duplicateAttributesRow(key: String, firstLine: Int)
  /// A row with more fields than the header has columns.
  case extraFields(found: Int, expected: Int)
  /// A speaker-map row that is not two fields, `speaker,new name`.
  case invalidSpeakerMapRow(found: Int)

  // MARK: The study

  /// The source is one of the study's own files (a transcript, codings, a decision log).
  case studyFile
  /// No transcript ID could be made from the file's name.
  case cannotDeriveID(fileName: String)
  /// Two files of one import give the same transcript ID.
  case duplicateID(id: String, firstFile: String)
  /// The transcript exists and would change; `changed` and `vanished` count its segments whose
  /// text changed or that are gone, `codings` the codings that point at them.
  case transcriptExists(id: String, changed: Int, vanished: Int, codings: Int)
  /// A forced re-import would remove or shorten segments the lead's consensus codes.
  case consensusWouldBreak(id: String, segments: [String])
  /// A forced re-import set codings aside because their segment vanished or is now too short.
  case codingsSetAside(coder: String, count: Int, file: String)
  /// A coding points at a segment whose text changed with a re-import.
  case codedSegmentChanged(segment: String, code: String)
  /// A coding points at a segment that a re-import removes.
  case codedSegmentVanished(segment: String, code: String)
}
