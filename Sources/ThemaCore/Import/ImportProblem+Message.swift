// All wording of `ImportProblem` lives here: what is wrong, then what to do about it.

extension ImportProblem {
  /// The message a researcher reads: what is wrong and what to do.
  public var message: String {
    switch self {
    case .emptySource:
      return "the file has no text to import"
    case .binarySource:
      return
        "the file is not text (it holds binary data); import transcripts as .txt, .vtt, .srt or "
        + ".docx (a UTF-16 text file needs its byte-order mark: save it as UTF-8)"
    case .unsupportedFormat(let kind):
      return "the file is \(kind), which Thema does not import; save it as .docx or .txt"
    case .decodedAsWindows1252:
      return
        "the file is not UTF-8, so it was read as Windows-1252; check accented letters and "
        + "quotes in the result, or save the file as UTF-8"
    case .invalidUTF16:
      return
        "the UTF-16 text is damaged (an odd number of bytes or a broken character); damaged "
        + "characters became '\u{FFFD}'"
    case .controlCharactersRemoved(let count):
      return
        "\(count) control character\(count == 1 ? "" : "s") that have no place in text "
        + "\(count == 1 ? "was" : "were") removed"
    case .noText:
      return "no transcript text was found in the file"
    case .sourceTooLarge(let bytes, let limit):
      return
        "the file is \(megabytes(bytes)), more than the \(megabytes(limit)) a transcript may "
        + "have; split it into one file per interview"
    case .lineTooLong(let line, let length, let limit):
      return
        "line \(line) is \(megabytes(length)) long, more than the \(megabytes(limit)) a "
        + "paragraph of speech may have; the file is not a transcript, or its line breaks were lost"

    case .missingWebVTTHeader:
      return
        "a WebVTT file starts with the line 'WEBVTT'; this one does not, so it is damaged or "
        + "not captions (rename it to .txt to import it as plain text)"
    case .invalidCueTiming(let cue, let text):
      return
        "\(cueName(cue))has a broken timing line '\(text)'; it should read like "
        + "'00:01:02.500 --> 00:01:05.000'"
    case .cueEndsBeforeStart(let cue):
      return "\(cueName(cue))ends before it starts; fix its timing line"
    case .cueWithoutTiming(let cue):
      return
        "\(cueName(cue))has text but no timing line ('00:01:02.500 --> 00:01:05.000'); the "
        + "captions are damaged"

    case .zip(let error):
      return error.message
    case .docxWithoutDocument:
      return
        "the ZIP archive has no word/document.xml, so it is not a Word document; save it from "
        + "Word as .docx"
    case .invalidDocxXML(let reason):
      return "the Word document's XML cannot be read (\(reason)); open and save it again in Word"

    case .noSpeakerLabels(let speaker):
      return
        "no speaker labels found (such as 'Interviewer:' or 'P3:'), so each paragraph is a "
        + "segment by '\(speaker)'; add labels to the source, or rename the speaker with "
        + "--speaker-map"
    case .textBeforeFirstLabel(let speaker):
      return
        "text before the first speaker label is kept as a segment by '\(speaker)'; remove it "
        + "from the source if it is a title or notes, or label it"

    case .csv(let error):
      return error.message
    case .attributesWithoutKeyColumn:
      return
        "the attributes file needs a header row whose columns include 'file' or 'id', e.g. "
        + "'id,group,county'"
    case .invalidAttributeColumn(let name):
      return
        "column '\(name)' cannot be an attribute name; use lowercase letters, digits, '-' and "
        + "'_', starting with a letter"
    case .duplicateAttributesRow(let key, let firstLine):
      return "'\(key)' has a second row (first on line \(firstLine)); keep one"
    case .extraFields(let found, let expected):
      return
        "the row has \(found) fields but the header has \(expected) columns; quote fields that "
        + "hold commas"
    case .invalidSpeakerMapRow(let found):
      return
        "a speaker-map row has \(found) field\(found == 1 ? "" : "s"); write two: the name in "
        + "the source, then the name to use, e.g. 'Dr. Jane Roe,Interviewer'"

    case .studyFile:
      return
        "this is one of the study's own files, not a source; import the original it was made "
        + "from (e.g. Transcripts/<ID>/original.docx)"
    case .cannotDeriveID(let fileName):
      return
        "no transcript ID can be made from the file name '\(fileName)'; pass --id ID or give "
        + "the file an 'id' in the attributes file"
    case .duplicateID(let id, let firstFile):
      return
        "this file would also become transcript \(id), like '\(firstFile)'; give one of them "
        + "another ID in the attributes file"
    case .consensusWouldBreak(let id, let segments):
      return
        "the lead's consensus on \(id) codes segments this re-import removes or shortens ("
        + segments.joined(separator: ", ") + "); undo those decisions first ('thema resolve \(id) "
        + "--lead NAME --undo'), or move consensus.tsv and decisions.jsonl out of the folder and "
        + "resolve again after the re-import. Nothing was changed"
    case .codingsSetAside(let coder, let count, let file):
      return
        "\(count) coding\(count == 1 ? "" : "s") of \(coder) no longer fit\(count == 1 ? "s" : "") "
        + "the transcript (the segment was removed or shortened by a re-import) and \(count == 1 ? "was" : "were") "
        + "set aside in \(file); recode those passages, then delete the file"
    case .transcriptExists(let id, let changed, let vanished, let codings):
      var text = "transcript \(id) exists already"
      if changed + vanished > 0 {
        text +=
          "; importing would change \(changed) segment\(changed == 1 ? "" : "s") and remove "
          + "\(vanished), which \(codings) coding\(codings == 1 ? "" : "s") point at (listed "
          + "above)"
      }
      return text
        + "; pass --force to replace it (codings stay in their files, and those listed need "
        + "checking), or import it under another --id"
    case .codedSegmentChanged(let segment, let code):
      return
        "\(segment) is coded \(code), and the re-import changes its text; check that the code "
        + "(and its span) still fits"
    case .codedSegmentVanished(let segment, let code):
      return
        "\(segment) is coded \(code), and the re-import removes that segment; recode the "
        + "passage and remove this coding"
    }
  }
}

private func cueName(_ cue: String?) -> String {
  cue.map { "cue \($0) " } ?? "a cue "
}

private func megabytes(_ bytes: Int) -> String {
  let value = Double(bytes) / 1_048_576
  return value >= 10 ? "\(Int(value)) MB" : "\((value * 10).rounded() / 10) MB"
}
