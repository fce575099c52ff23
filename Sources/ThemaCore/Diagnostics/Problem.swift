/// Everything that can be wrong with a study's files, as data; `Problem+Message.swift` holds all
/// the wording.
///
/// Cases carry what the message needs (IDs, names, candidates), never pre-formatted text.
public enum Problem: Error, Hashable, Sendable {
  // MARK: Files

  /// The file is not valid UTF-8 (the first bad byte is at `byteOffset`).
  case notUTF8(byteOffset: Int)
  /// The file has Windows (CRLF) or old Mac (CR) line endings.
  case windowsLineEndings
  /// A control character (a NUL byte, an escape, ...) in a file that holds text only; `value`
  /// is its code point.
  case controlCharacter(value: UInt32)
  /// A tab character where Thema's format has none.
  case tabCharacter
  /// The file is empty.
  case emptyFile
  /// The file could not be read.
  case cannotRead(reason: String)
  /// The file could not be written.
  case cannotWrite(reason: String)
  /// The codebook was revised (a code renamed, moved, merged or split) while a command that
  /// had read it was running; nothing was written.
  case codebookChangedMeanwhile(codebook: String)

  // MARK: Codebooks

  /// The first line is not a `# Title` heading.
  case missingTitle
  /// A second `# ` heading after the title.
  case extraTitle
  /// A heading deeper than Markdown allows (`#######`).
  case headingTooDeep(level: Int)
  /// A heading that skips a level (`####` right after `##`).
  case headingSkipsLevel(found: Int, deepestAllowed: Int)
  /// A line starting with `#` that is not a heading (`#1a Name`).
  case malformedHeading
  /// A heading whose first word is not a code ID.
  case headingWithoutID(heading: String)
  /// A code heading with an ID but no name.
  case emptyCodeName(id: String)
  /// Two siblings with the same ID; `firstLine` is the first one's line.
  case duplicateSiblingID(id: String, parent: String, firstLine: Int?)
  /// A `Name:` line whose name is not a known field.
  case unknownField(name: String, known: [String])
  /// The same field twice in one code.
  case duplicateField(name: String)
  /// A field that belongs to codes, written before the first code heading.
  case fieldOutsideCode(name: String)
  /// A `Color:` that is not `#rrggbb`.
  case invalidColor(String)
  /// A code's GUID that is not a lowercase GUID such as `5215cc69-b628-4e02-afb9-9beeaee55808`.
  case invalidGUID(String)
  /// Two codes (or sets) with the same GUID; `firstLine` is the first one's line.
  case duplicateGUID(String, firstLine: Int?)
  /// A `Codable:` that is not `yes` or `no`.
  case invalidCodable(String)
  /// A `Set:` declaration without a name.
  case emptySetName
  /// A set name with a `;`, which separates names in a code's `Sets:` field.
  case invalidSetName(String)
  /// Two `Set:` declarations with the same name; `firstLine` is the first one's line.
  case duplicateSet(String, firstLine: Int?)
  /// A codebook with a title but no codes.
  case codebookWithoutCodes

  // MARK: Transcripts

  /// The transcript does not start with its `key: value` header.
  case missingHeader
  /// The header has no `id:` line.
  case missingTranscriptID
  /// An ID that is not a valid transcript ID.
  case invalidTranscriptID(String)
  /// The header's ID differs from the folder the transcript is in.
  case transcriptIDMismatch(header: String, folder: String)
  /// A header line that is not `key: value`.
  case invalidAttributeLine
  /// An attribute key that is not lowercase letters, digits, `-` or `_`.
  case invalidAttributeKey(String)
  /// The same attribute twice.
  case duplicateAttribute(key: String, firstLine: Int?)
  /// A segment's first line that is not `ID | speaker [| time]`.
  case invalidSegmentHeader
  /// A segment ID that is not a valid ID.
  case invalidSegmentID(String)
  /// Two segments with the same ID.
  case duplicateSegmentID(id: String, firstLine: Int?)
  /// A segment with no speaker.
  case emptySpeaker(segment: String)
  /// A time that is not `HH:MM:SS` or `HH:MM:SS.mmm`.
  case invalidTimestamp(String)
  /// A segment header with no text below it.
  case segmentWithoutText(id: String)
  /// A transcript with a header but no segments.
  case transcriptWithoutSegments

  // MARK: Codings

  /// A codings line with too few or too many tab-separated columns.
  case wrongColumnCount(found: Int)
  /// A `# coder:` or `# transcript:` header that does not match where the file is.
  case codingHeaderMismatch(field: String, found: String, expected: String)
  /// A code column that is not a path of IDs.
  case invalidCodePath(String)
  /// A span column that is not `start-end`.
  case invalidSpan(String)
  /// A span that is empty or reversed.
  case emptySpan(TextSpan)
  /// A span past the end of its segment's text.
  case spanOutsideSegment(span: TextSpan, segment: String, length: Int)
  /// A flags column with a character that is not a flag.
  case invalidFlags(String)
  /// The same segment, code and span twice.
  case duplicateCoding(segment: String, code: String, firstLine: Int?)
  /// A coding of a segment the transcript does not have.
  case unknownSegment(id: String, transcript: String, suggestions: [String])
  /// A code reference that matches no code.
  case unknownCode(reference: String, codebook: String, suggestions: [String])
  /// A code reference that matches several codes.
  case ambiguousCode(reference: String, candidates: [String])
  /// A codings file that names a code by a suffix where the full path is required.
  case codePathNotFull(written: String, full: String)
  /// A segment ID in a command that is not well formed.
  case malformedSegmentReference(String)

  // MARK: Projects

  /// A project folder lacks `Codebooks/` or `Transcripts/`.
  case missingFolder(name: String, project: String)
  /// No project found walking up from a folder.
  case noProject(searchedFrom: String)
  /// A codebook name that matches no file in `Codebooks/`.
  case unknownCodebook(name: String, available: [String])
  /// A study with transcripts but no codebook yet.
  case noCodebookYet
  /// A transcript that names no codebook while the project has several.
  case noCodebookForTranscript(transcript: String, available: [String])
  /// A transcript ID that matches no folder in `Transcripts/`.
  case unknownTranscript(id: String, suggestions: [String])
  /// A coder with no codings anywhere in the project.
  case unknownCoder(name: String, known: [String])
  /// A coder name that is not a valid name.
  case invalidCoderName(String)
  /// Another process holds the lock on a file.
  case locked(file: String, holder: String)
  /// A multi-file change that a crash interrupted was finished before reading the study.
  case interruptedChangeFinished(files: Int)
  /// A new coding with a code that has been retired.
  case codeIsRetired(code: String, reason: String)
  /// A new coding with a grouping code marked `Codable: no`.
  case codeNotCodable(code: String)
  /// A coding of a code that has been retired from the codebook.
  case codingOfRetiredCode(code: String, reason: String)

  // MARK: Consensus

  /// A line of `decisions.jsonl` that cannot be read.
  case malformedDecision(reason: String)
  /// A decision about a (segment, code) neither coder applied.
  case noSuchItem(String)
  /// "agreement" given for an item where the coders disagree.
  case notAnAgreement(String)
  /// `consensus.tsv` does not hold what `decisions.jsonl` records.
  case consensusOutOfStep(transcript: String)
  /// A `--decide` argument that is not `SEGMENT:CODE=DECISION`.
  case malformedDecisionArgument(String)

  // MARK: Codebook revisions

  /// A codebook revision that was refused.
  case revision(RevisionProblem)

  // MARK: Reports and exports

  /// A report, table or export that cannot be made as asked; the wording is in
  /// `ExportProblem.message`.
  case exporting(ExportProblem)

  // MARK: Agreement

  /// Agreement cannot be computed for what was asked.
  case agreement(AgreementProblem)

  // MARK: Importing

  /// A problem importing a transcript source (`thema import`).
  case importing(ImportProblem)

  // MARK: REFI-QDA exchange

  /// A problem reading or writing a REFI-QDA codebook or project; the wording is in
  /// `RefiProblem.message`.
  case refi(RefiProblem)

  // MARK: REFI-QDA projects

  /// A problem reading or writing a REFI-QDA project (`.qdpx`).
  case refiProject(RefiProjectProblem)
}
