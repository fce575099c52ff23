import Foundation

/// How `TranscriptImporter` turns sources into transcripts.
public struct ImportOptions: Sendable {
  /// The most words a segment may have before a turn is split (see `Segmenter`).
  public var maxWords: Int
  /// Speakers to rename, e.g. `Dr. Jane Roe` to `Interviewer`.
  public var speakerMap: SpeakerMap
  /// Names to replace in the text (see `Redactor`).
  public var redactions: RedactionList
  /// Limits for reading `.docx` archives.
  public var zipLimits: ZipLimits
  /// The largest source file, in bytes: 32 MB, about a hundred times the longest interview.
  public var maxSourceBytes: Int
  /// The longest line of a text source, in bytes of UTF-8: 1 MB (a 100 MB file of one line
  /// is refused at once instead of being read for minutes).
  public var maxLineLength: Int

  /// Creates options: 200 words a segment, no renaming or redaction, default limits.
  public init(
    maxWords: Int = 200, speakerMap: SpeakerMap = SpeakerMap(),
    redactions: RedactionList = RedactionList(), zipLimits: ZipLimits = ZipLimits(),
    maxSourceBytes: Int = 32 * 1_048_576, maxLineLength: Int = 1_048_576
  ) {
    self.maxWords = maxWords
    self.speakerMap = speakerMap
    self.redactions = redactions
    self.zipLimits = zipLimits
    self.maxSourceBytes = maxSourceBytes
    self.maxLineLength = maxLineLength
  }
}

/// A transcript made from a source file, and what was found on the way.
public struct ImportedTranscript: Sendable {
  /// The transcript, segmented, with its attributes and provenance.
  public var transcript: Transcript
  /// The format the source was read as.
  public var format: SourceFormat
  /// The text encoding of a text source; nil for a Word document.
  public var encoding: SourceEncoding?
  /// The speakers, in order of first appearance.
  public var speakers: [String]
  /// The redactions made.
  public var redactions: RedactionReport
  /// Warnings.
  public var diagnostics: [Diagnostic]
}

/// Turns the bytes of a transcript source (plain text, Rev, Otter, Zoom or Teams captions,
/// SubRip, Word) into a normalized, segmented and de-identified `Transcript`. Pure: the caller
/// reads the file and writes the result.
///
/// The steps: detect the format (`SourceFormat`), decode and normalize text
/// (`TextDecoding.source`), read passages (one reader per format), form speaker turns with the
/// speaker map (`SpeakerTurn.build`), cut them into segments (`Segmenter`), redact names
/// (`Redactor`), and add the attributes and provenance: `source` (the file's name),
/// `source-format` and `source-sha256` (of the file's bytes). No import date is recorded, so
/// importing the same file again gives the same transcript, byte for byte.
public enum TranscriptImporter {
  /// Imports `bytes`, the content of `fileName`; `file` is the path shown in diagnostics.
  public static func importSource(
    _ bytes: [UInt8], fileName: String, file: String, id: TranscriptID,
    attributes: [String: String] = [:], options: ImportOptions = ImportOptions()
  ) -> Parsed<ImportedTranscript> {
    let location = SourceLocation(file: file)
    func failure(_ problem: ImportProblem) -> Parsed<ImportedTranscript> {
      Parsed(value: nil, diagnostics: [Diagnostic(.error, .importing(problem), at: location)])
    }
    guard !bytes.isEmpty else { return failure(.emptySource) }
    guard bytes.count <= options.maxSourceBytes else {
      return failure(.sourceTooLarge(bytes: bytes.count, limit: options.maxSourceBytes))
    }
    let reading: Parsed<SourceReading>
    var encoding: SourceEncoding?
    var diagnostics: [Diagnostic] = []
    do {
      if try SourceFormat.isDocx(bytes, fileName: fileName) {
        reading = DocxReader.read(
          bytes: bytes, file: file, limits: options.zipLimits, speakerMap: options.speakerMap)
      } else {
        let source = try TextDecoding.source(bytes)
        if let long = longestLine(source.text, over: options.maxLineLength) {
          return failure(
            .lineTooLong(line: long.line, length: long.length, limit: options.maxLineLength))
        }
        encoding = source.encoding
        diagnostics += source.warnings.map { Diagnostic(.warning, .importing($0), at: location) }
        reading = read(
          source.text, fileName: fileName, file: file, speakerMap: options.speakerMap)
      }
    } catch {
      return failure(error)
    }
    guard let found = reading.value, !reading.diagnostics.hasErrors else {
      return Parsed(value: nil, diagnostics: diagnostics + reading.diagnostics)
    }
    diagnostics += found.diagnostics
    let turns = SpeakerTurn.build(from: found.passages, speakerMap: options.speakerMap)
    guard !turns.isEmpty else {
      return Parsed(value: nil, diagnostics: diagnostics + failure(.noText).diagnostics)
    }
    var header: [String: String] = [:]
    for (key, value) in attributes where key != "id" { header[key] = oneLine(value) }
    header["source"] = oneLine(fileName.split(separator: "/").last.map(String.init) ?? fileName)
    header["source-format"] = found.format.rawValue
    header["source-sha256"] = SHA256.hex(of: bytes)
    let segments = Segmenter(maxWords: options.maxWords).segments(of: turns)
    let (transcript, report) = Redactor(options.redactions).redact(
      Transcript(id: id, attributes: header, segments: segments))
    var speakers: [String] = []
    var seen: Set<String> = []
    for segment in transcript.segments where seen.insert(segment.speaker).inserted {
      speakers.append(segment.speaker)
    }
    let imported = ImportedTranscript(
      transcript: transcript, format: found.format, encoding: encoding, speakers: speakers,
      redactions: report, diagnostics: diagnostics)
    return Parsed(value: imported, diagnostics: diagnostics)
  }

  /// Reads decoded text with the reader its container calls for.
  static func read(_ text: String, fileName: String, file: String, speakerMap: SpeakerMap)
    -> Parsed<SourceReading>
  {
    switch SourceFormat.container(ofText: text, fileName: fileName) {
    case .webVTT:
      return WebVTTReader.read(text: text, file: file, speakerMap: speakerMap)
    case .subRip:
      return SubRipReader.read(text: text, file: file, speakerMap: speakerMap)
    case .text, .docx:
      let reading = LabeledTextReader.read(text: text, file: file, speakerMap: speakerMap)
      return Parsed(value: reading, diagnostics: reading.diagnostics)
    }
  }

  /// `imported` as it replaces `existing`: segments matched so unchanged ones keep their IDs
  /// (see `SegmentMatcher`), and the existing attributes kept unless the import sets them.
  public static func reimport(_ imported: Transcript, over existing: Transcript)
    -> (Transcript, ReimportPlan)
  {
    let plan = SegmentMatcher.match(old: existing.segments, new: imported.segments)
    var transcript = imported
    transcript.segments = plan.segments
    transcript.attributes = existing.attributes.merging(imported.attributes) { $1 }
    return (transcript, plan)
  }

  /// The first line of `text` longer than `limit` bytes of UTF-8, with its number and length.
  static func longestLine(_ text: String, over limit: Int) -> (line: Int, length: Int)? {
    var line = 1
    var length = 0
    var utf8 = text.utf8[...]
    while let byte = utf8.popFirst() {
      if byte == 10 {
        line += 1
        length = 0
      } else {
        length += 1
        if length > limit {
          return (line, length + (utf8.firstIndex(of: 10).map { utf8[..<$0].count } ?? utf8.count))
        }
      }
    }
    return nil
  }

  private static func oneLine(_ value: String) -> String {
    value.split(whereSeparator: \.isNewline).map { $0.trimmed() }.joined(separator: " ")
  }
}
