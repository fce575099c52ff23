/// The codings' invariants against their transcript and codebook, checked in one place.
extension CodingSheet {
  /// Every problem with the sheet's codings: unknown segments, codes not in the codebook (or
  /// named by a short reference), spans empty or past the segment's end, and duplicates.
  ///
  /// - Parameters:
  ///   - transcript: the coded transcript.
  ///   - codebook: the codebook the transcript is coded with.
  ///   - file: the path to name in diagnostics.
  ///   - lineNumbers: the 1-based line of each coding, parallel to `codings`, when read from a
  ///     file; `sourceLines` the text of those lines.
  ///   - reportingRetired: also warn about codings of retired codes (for `thema check`).
  public func validate(
    transcript: Transcript, codebook: CodebookIndex, file: String, lineNumbers: [Int] = [],
    sourceLines: [String] = [], reportingRetired: Bool = false
  ) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let positions = transcript.segmentPositions()
    var firstLine: [CodingIdentity: Int] = [:]
    for (index, coding) in codings.enumerated() {
      let line = index < lineNumbers.count ? lineNumbers[index] : nil
      let text = index < sourceLines.count ? sourceLines[index] : nil
      func at(column: Int?) -> SourceLocation {
        SourceLocation(file: file, line: line, column: line == nil ? nil : column, sourceLine: text)
      }
      let codeColumn = coding.segment.rawValue.count + 2
      if let entry = codebook.entry(coding.code) {
        if reportingRetired && entry.code.isRetired {
          diagnostics.append(
            Diagnostic(
              .warning,
              .codingOfRetiredCode(code: coding.code.description, reason: entry.code.retired),
              at: at(column: codeColumn)))
        }
      } else {
        diagnostics.append(
          Diagnostic(.error, codeProblem(coding.code, codebook), at: at(column: codeColumn)))
      }
      if let position = positions[coding.segment] {
        if let span = coding.span {
          let spanColumn = codeColumn + coding.code.description.count + 1
          let length = transcript.segments[position].length
          if span.start >= span.end {
            diagnostics.append(Diagnostic(.error, .emptySpan(span), at: at(column: spanColumn)))
          } else if span.end > length {
            diagnostics.append(
              Diagnostic(
                .error,
                .spanOutsideSegment(span: span, segment: coding.segment.rawValue, length: length),
                at: at(column: spanColumn)))
          }
        }
      } else {
        let suggestions = Suggestions.closest(
          to: coding.segment.rawValue, among: transcript.segments.map(\.id.rawValue))
        diagnostics.append(
          Diagnostic(
            .error,
            .unknownSegment(
              id: coding.segment.rawValue, transcript: transcript.id.rawValue,
              suggestions: suggestions),
            at: at(column: 1)))
      }
      if let first = firstLine[coding.key] {
        diagnostics.append(
          Diagnostic(
            .error,
            .duplicateCoding(
              segment: coding.segment.rawValue, code: coding.code.description, firstLine: first),
            at: at(column: 1)))
      } else {
        firstLine[coding.key] = line ?? 0
      }
    }
    return diagnostics
  }

  private func codeProblem(_ path: CodePath, _ codebook: CodebookIndex) -> Problem {
    do {
      let full = try codebook.resolve(path.description)
      return .codePathNotFull(written: path.description, full: full.description)
    } catch {
      return error
    }
  }
}
