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
    // Duplicates are found by positions in the transcript and codebook, which hash far faster
    // than the IDs and paths; a coding of an unknown segment or code is keyed by its identity.
    var firstLine: [PositionKey: Int] = [:]
    var firstLineOfUnknown: [CodingIdentity: Int] = [:]
    var lengths = [Int](repeating: -1, count: transcript.segments.count)
    for (index, coding) in codings.enumerated() {
      let line = index < lineNumbers.count ? lineNumbers[index] : nil
      let text = index < sourceLines.count ? sourceLines[index] : nil
      func at(column: Int?) -> SourceLocation {
        SourceLocation(file: file, line: line, column: line == nil ? nil : column, sourceLine: text)
      }
      let codeColumn = coding.segment.rawValue.count + 2
      let order = codebook.order(of: coding.code)
      if let order {
        if reportingRetired && codebook.entries[order].code.isRetired {
          diagnostics.append(
            Diagnostic(
              .warning,
              .codingOfRetiredCode(
                code: coding.code.description, reason: codebook.entries[order].code.retired),
              at: at(column: codeColumn)))
        }
      } else {
        diagnostics.append(
          Diagnostic(.error, codeProblem(coding.code, codebook), at: at(column: codeColumn)))
      }
      let position = positions[coding.segment]
      if let position {
        if let span = coding.span {
          let spanColumn = codeColumn + coding.code.description.count + 1
          if lengths[position] < 0 { lengths[position] = transcript.segments[position].length }
          let length = lengths[position]
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
      let first: Int?
      if let position, let order {
        let key = PositionKey(
          segment: position, code: order, hasSpan: coding.span != nil,
          start: coding.span?.start ?? 0, end: coding.span?.end ?? 0)
        first = firstLine[key]
        if first == nil { firstLine[key] = line ?? 0 }
      } else {
        first = firstLineOfUnknown[coding.key]
        if first == nil { firstLineOfUnknown[coding.key] = line ?? 0 }
      }
      if let first {
        diagnostics.append(
          Diagnostic(
            .error,
            .duplicateCoding(
              segment: coding.segment.rawValue, code: coding.code.description, firstLine: first),
            at: at(column: 1)))
      }
    }
    return diagnostics
  }

  /// A coding's identity as positions: its segment's in the transcript, its code's in the
  /// codebook, and its span.
  private struct PositionKey: Hashable {
    var segment: Int
    var code: Int
    var hasSpan: Bool
    var start: Int
    var end: Int
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
