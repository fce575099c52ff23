// All wording of `Problem` lives here: what is wrong, then what to do about it.

extension Problem {
  /// The message a researcher reads: what is wrong and what to do.
  public var message: String {
    switch self {
    case .notUTF8(let offset):
      return
        "the file is not UTF-8 text (bad byte at offset \(offset)); save it as UTF-8, or import "
        + "it with 'thema import', which converts other encodings"
    case .windowsLineEndings:
      return
        "the file has Windows (CRLF) line endings; Thema's files use LF: convert it with your "
        + "editor's line-ending setting or `sed -i 's/\\r$//' FILE`"
    case .controlCharacter(let value):
      let hex = String(value, radix: 16, uppercase: true)
      let name = value == 0 ? " (a NUL byte)" : value == 0x1B ? " (an escape)" : ""
      return
        "control character U+\(String(repeating: "0", count: max(0, 4 - hex.count)))\(hex)"
        + "\(name); Thema's files hold text only: remove it (a damaged file, or a paste from "
        + "another program)"
    case .tabCharacter:
      return "tab character; use spaces here (tabs are only allowed in codings files)"
    case .emptyFile:
      return "the file is empty"
    case .codebookChangedMeanwhile(let codebook):
      return
        "the codebook '\(codebook)' was revised while this command ran, so the codes it named "
        + "may have new paths; nothing was written: run the command again"
    case .cannotRead(let reason):
      return "cannot read the file: \(reason)"
    case .cannotWrite(let reason):
      return "cannot write the file: \(reason); nothing was changed"

    case .missingTitle:
      return "a codebook starts with its title as a level-1 heading, e.g. '# Program managers'"
    case .extraTitle:
      return
        "a second level-1 heading; a codebook has one '# Title', and codes start at '##'"
    case .headingTooDeep(let level):
      return
        "heading of level \(level) is deeper than Markdown allows (6); codes nest at most 5 "
        + "levels ('##' to '######')"
    case .headingSkipsLevel(let found, let allowed):
      return
        "heading of level \(found) skips a level; the deepest heading allowed here is level "
        + "\(allowed) ('\(String(repeating: "#", count: allowed))')"
    case .malformedHeading:
      return "a heading needs a space after its '#' marks, e.g. '### 1a Name'"
    case .headingWithoutID(let heading):
      return
        "heading '\(heading)' has no code ID; start it with an ID such as '1a' or 'T1' "
        + "(letters, digits, '.', '_', '-'; with a digit or in capitals)"
    case .emptyCodeName(let id):
      return "code '\(id)' has no name; write it after the ID, e.g. '### \(id) Name'"
    case .duplicateSiblingID(let id, let parent, let firstLine):
      let first = firstLine.map { " (first at line \($0))" } ?? ""
      let under = parent.isEmpty ? "at the top level" : "under '\(parent)'"
      return "code '\(id)' appears twice \(under)\(first); give one of them another ID"
    case .unknownField(let name, let known):
      return
        "unknown field '\(name)'; known fields are \(known.joined(separator: ", ")). To keep "
        + "the line as description text, start it with a backslash: '\\\(name): ...'"
    case .duplicateField(let name):
      return "field '\(name)' is given twice for this code; merge the two into one"
    case .fieldOutsideCode(let name):
      return "field '\(name)' belongs to a code; move it below a code heading"
    case .invalidColor(let value):
      return "colour '\(value)' is not of the form #rrggbb, e.g. #4e79a7"
    case .invalidGUID(let value):
      let suggestion = GUID.normalized(value).map { "; write it as \($0)" } ?? ""
      return
        "GUID '\(value)' is not of the form 5215cc69-b628-4e02-afb9-9beeaee55808 "
        + "(32 lowercase hex digits in groups of 8-4-4-4-12)\(suggestion)"
    case .duplicateGUID(let value, let firstLine):
      let first = firstLine.map { " (first on line \($0))" } ?? ""
      return
        "GUID \(value) is given twice\(first); each code and set needs its own, so remove one "
        + "and Thema will derive a new identity"
    case .invalidCodable(let value):
      return
        "'Codable: \(value)' is neither yes nor no; write 'Codable: no' for a code that only "
        + "groups its subcodes, or leave the line out"
    case .emptySetName:
      return "a 'Set:' line needs the set's name, e.g. 'Set: Barriers to hiring'"
    case .invalidSetName(let name):
      return
        "set name '\(name)' has a ';', which separates set names in a code's 'Sets:' line; "
        + "use another character"
    case .duplicateSet(let name, let firstLine):
      let first = firstLine.map { " (first on line \($0))" } ?? ""
      return "set '\(name)' is declared twice\(first); remove one 'Set:' line"
    case .codebookWithoutCodes:
      return "the codebook has no codes; add codes as '## ID Name' headings"

    case .missingHeader:
      return
        "the transcript has no header; start it with 'id: <ID>' and other 'key: value' lines, "
        + "then a blank line"
    case .missingTranscriptID:
      return "the header has no 'id:' line; add 'id: <ID>' as its first line"
    case .invalidTranscriptID(let id):
      return
        "'\(id)' is not a valid transcript ID; use letters, digits, '.', '_' and '-', "
        + "starting with a letter or digit"
    case .transcriptIDMismatch(let header, let folder):
      return
        "the header says 'id: \(header)' but the transcript is in folder '\(folder)'; make them "
        + "the same"
    case .invalidAttributeLine:
      return "a header line must be 'key: value'; end the header with a blank line"
    case .invalidAttributeKey(let key):
      return "attribute name '\(key)' must be lowercase letters, digits, '-' or '_'"
    case .duplicateAttribute(let key, let firstLine):
      let first = firstLine.map { " (first at line \($0))" } ?? ""
      return "attribute '\(key)' is given twice\(first); keep one"
    case .invalidSegmentHeader:
      return
        "a segment starts with 'ID | speaker' or 'ID | speaker | HH:MM:SS', e.g. "
        + "'S12 | Interviewer | 00:03:15'"
    case .invalidSegmentID(let id):
      return "'\(id)' is not a valid segment ID; use IDs like S1, S2, ..."
    case .duplicateSegmentID(let id, let firstLine):
      let first = firstLine.map { " (first at line \($0))" } ?? ""
      return "segment ID '\(id)' is used twice\(first); segment IDs must be unique"
    case .emptySpeaker(let segment):
      return "segment \(segment) has no speaker; write one after the ID, e.g. '\(segment) | PM-01'"
    case .invalidTimestamp(let text):
      return "'\(text)' is not a time; write HH:MM:SS or HH:MM:SS.mmm, e.g. 00:03:15.250"
    case .segmentWithoutText(let id):
      return "segment \(id) has no text; write its text on the lines below its header"
    case .transcriptWithoutSegments:
      return "the transcript has a header but no segments"

    case .wrongColumnCount(let found):
      return
        "a coding line has \(found) tab-separated column\(found == 1 ? "" : "s"); expected 2 to 5: "
        + "segment, code, span, flags, memo"
    case .codingHeaderMismatch(let field, let found, let expected):
      return
        "the file's header says '\(field): \(found)' but it belongs to \(field) '\(expected)'; "
        + "fix the header or move the file"
    case .invalidCodePath(let text):
      return "'\(text)' is not a code path; write code IDs joined by '/', e.g. T1/1/1a"
    case .invalidSpan(let text):
      return "'\(text)' is not a span; write start-end in characters, e.g. 15-120"
    case .emptySpan(let span):
      return "span \(span) is empty or reversed; its start must be below its end"
    case .spanOutsideSegment(let span, let segment, let length):
      return
        "span \(span) lies outside segment \(segment), whose text is \(length) characters long"
    case .invalidFlags(let text):
      return "unknown flag in '\(text)'; flags are '*' (illustrative quote) and '?' (unsure)"
    case .duplicateCoding(let segment, let code, let firstLine):
      let first = firstLine.map { " (first at line \($0))" } ?? ""
      return "\(segment) is coded \(code) twice with the same span\(first); remove one"
    case .unknownSegment(let id, let transcript, let suggestions):
      return "transcript \(transcript) has no segment '\(id)'" + didYouMean(suggestions)
    case .unknownCode(let reference, let codebook, let suggestions):
      return "codebook '\(codebook)' has no code '\(reference)'" + didYouMean(suggestions)
    case .ambiguousCode(let reference, let candidates):
      return
        "code '\(reference)' is ambiguous; it could be \(candidates.joined(separator: ", ")). "
        + "Write more of its path, e.g. '\(candidates.first ?? reference)'"
    case .codePathNotFull(let written, let full):
      return "codings files name codes by their full path; write '\(full)' instead of '\(written)'"
    case .malformedSegmentReference(let text):
      return "'\(text)' is not a segment ID; segment IDs look like S12"

    case .missingFolder(let name, let project):
      return
        "the project '\(project)' has no \(name)/ folder; a Thema project holds Codebooks/ and "
        + "Transcripts/ (create the folder, or pass --project DIR)"
    case .noProject(let folder):
      return
        "no Thema project in '\(folder)' or any folder above it (a project holds Codebooks/ and "
        + "Transcripts/); run Thema inside one or pass --project DIR"
    case .unknownCodebook(let name, let available):
      return
        "no codebook '\(name)' in Codebooks/; available: "
        + (available.isEmpty ? "none" : available.joined(separator: ", "))
    case .noCodebookYet:
      return
        "the study has no codebook yet, so nothing can be coded; write one as "
        + "Codebooks/NAME.md, a Markdown outline of '## ID Name' headings (the README's "
        + "'Formats' section shows one)"
    case .noCodebookForTranscript(let transcript, let available):
      return
        "transcript \(transcript) names no codebook and the project has several ("
        + available.joined(separator: ", ")
        + "); add a 'codebook: NAME' line to its header or pass --codebook NAME"
    case .unknownTranscript(let id, let suggestions):
      return "no transcript '\(id)' in Transcripts/" + didYouMean(suggestions)
    case .unknownCoder(let name, let known):
      let list = known.isEmpty ? "none yet" : known.joined(separator: ", ")
      return
        "no coder '\(name)' has codings in this project (known coders: \(list)); "
        + "check the spelling, or pass --new-coder to start coding as '\(name)'"
    case .invalidCoderName(let name):
      return
        "'\(name)' is not a valid coder name; use letters, digits, '.', '_' and '-', e.g. alice"
    case .locked(let file, let holder):
      return
        "\(file) is being written by another Thema process (\(holder)); wait for it to finish "
        + "or close the other coding screen"
    case .interruptedChangeFinished(let files):
      return
        "finished a change that was interrupted (a codebook revision or migration): "
        + "\(files) file\(files == 1 ? "" : "s") completed"
    case .codeIsRetired(let code, let reason):
      return "code \(code) is retired (\(reason)); choose a code in use"
    case .codeNotCodable(let code):
      return
        "code \(code) only groups other codes ('Codable: no'); choose one of its subcodes"
    case .codingOfRetiredCode(let code, let reason):
      return
        "coded with \(code), which is retired (\(reason)); recode it with a code in use, or "
        + "merge the retired code into one ('thema codebook merge')"
    case .malformedDecision(let reason):
      return
        "this line of the decision log cannot be read: \(reason); the log is written by "
        + "'thema resolve' and must not be edited by hand (restore it from git)"
    case .noSuchItem(let key):
      return
        "neither coder applied that code to that segment (\(key)); 'thema diff' lists the "
        + "disagreements as SEGMENT:CODE"
    case .notAnAgreement(let key):
      return
        "the coders disagree on \(key); decide first, second, both, neither, code:PATH or span:START-END"
    case .consensusOutOfStep(let transcript):
      return
        "the consensus differs from what the decision log records (was it edited by hand?); "
        + "restore it from git, or let 'thema resolve \(transcript) --lead NAME --auto agreements' "
        + "write it again from the log; change a decision with --decide, never by hand"
    case .malformedDecisionArgument(let text):
      return
        "'\(text)' is not SEGMENT:CODE=DECISION; DECISION is first, second, a coder's name, both, "
        + "neither, code:PATH or span:START-END, e.g. S12:T1/1a=first"
    case .revision(let problem):
      return problem.message

    case .exporting(let problem):
      return problem.message
    case .agreement(let problem):
      return problem.message

    case .importing(let problem):
      return problem.message

    case .refi(let problem):
      return problem.message
    case .refiProject(let problem):
      return problem.message
    }
  }
}

private func didYouMean(_ suggestions: [String]) -> String {
  switch suggestions.count {
  case 0: return ""
  case 1: return ". Did you mean '\(suggestions[0])'?"
  default: return ". Did you mean one of: \(suggestions.joined(separator: ", "))?"
  }
}
