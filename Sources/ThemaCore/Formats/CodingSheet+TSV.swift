/// Reading and writing one coder's codings of one transcript
/// (`Transcripts/<ID>/codings/<coder>.tsv`).
///
/// ## Format
/// ```
/// # transcript: PM-01                      <- optional header comments; when present they
/// # coder: alice                           <-   must match the file's folder and name
/// # status: done                           <- optional: the coder marked the transcript done
/// segment<TAB>code<TAB>span<TAB>flags<TAB>memo      <- optional column names
/// S2<TAB>T1/1/1a
/// S2<TAB>T2/1/1b<TAB>15-120<TAB>*<TAB>Clear statement of the bridging role
/// ```
/// - One coding per line, 2 to 5 tab-separated columns; trailing empty columns are left out.
/// - `code` is the code's full path of IDs. `span` is `start-end` in Unicode scalars of the
///   segment's text (0-based, end-exclusive), empty for the whole segment. `flags` holds `*`
///   (illustrative quote) and `?` (unsure). `memo` escapes tab, line break, carriage return and
///   backslash as `\t`, `\n`, `\r`, `\\`.
/// - Lines starting with `#` are comments; blank lines are ignored.
/// - Canonical order: by segment (naturally: S2 before S10), then code, then whole-segment
///   codings before spans, then span. Sorted, one line per coding, one file per coder: two
///   coders' work merges in git without conflicts.
extension CodingSheet {
  /// The column names line.
  public static let columnHeader = "segment\tcode\tspan\tflags\tmemo"

  /// Parses a codings file of `coder` for `transcript`; checks syntax and the header, not
  /// whether segments and codes exist (see `validate`). With `codebook`, the codes it has share
  /// its `CodePath` values, which saves memory and time when a whole study is read.
  public static func parse(
    tsv text: String, transcript: TranscriptID, coder: Coder, file: String,
    codebook: CodebookIndex? = nil
  ) -> ParsedCodingSheet {
    var sheet = CodingSheet(transcript: transcript, coder: coder)
    var lineNumbers: [Int] = []
    var sourceLines: [String] = []
    if let problem = SourceLines.lineEndingProblem(in: text, file: file) {
      return ParsedCodingSheet(
        sheet: sheet, lineNumbers: [], sourceLines: [], diagnostics: [problem])
    }
    let lines = SourceLines(text, file: file)
    // At most one coding a line: reserving that avoids the spare capacity of a growing array,
    // which for a whole study's codings is tens of megabytes.
    sheet.codings.reserveCapacity(lines.lines.count)
    var diagnostics: [Diagnostic] = []
    for (index, line) in lines.lines.enumerated() {
      if line.isEmpty { continue }
      if line.hasPrefix("#") {
        readComment(line, at: index, lines: lines, sheet: &sheet, diagnostics: &diagnostics)
        continue
      }
      if line == columnHeader { continue }
      let columns = Self.columns(of: line)
      guard (2...5).contains(columns.count) else {
        diagnostics.append(
          Diagnostic(
            .error, .wrongColumnCount(found: columns.count), at: lines.location(index, column: 1)))
        continue
      }
      if let coding = readCoding(
        columns, transcript: transcript, codebook: codebook, at: index, lines: lines,
        diagnostics: &diagnostics)
      {
        sheet.codings.append(coding)
        lineNumbers.append(index + 1)
        sourceLines.append(String(line))
      }
    }
    return ParsedCodingSheet(
      sheet: sheet, lineNumbers: lineNumbers, sourceLines: sourceLines, diagnostics: diagnostics)
  }

  /// The tab-separated columns of a line.
  static func columns(of line: Substring) -> [Substring] {
    line.split(onASCII: 9)
  }

  private static func readComment(
    _ line: Substring, at index: Int, lines: SourceLines, sheet: inout CodingSheet,
    diagnostics: inout [Diagnostic]
  ) {
    let body = line.dropFirst().trimmed()
    guard let colon = body.firstIndex(of: ":") else { return }
    let key = body[body.startIndex..<colon].lowercased()
    let value = body[body.index(after: colon)...].trimmed()
    switch key {
    case "transcript" where value != sheet.transcript.rawValue:
      diagnostics.append(
        Diagnostic(
          .error,
          .codingHeaderMismatch(
            field: "transcript", found: value, expected: sheet.transcript.rawValue),
          at: lines.location(index, column: 1)))
    case "coder" where value != sheet.coder.rawValue:
      diagnostics.append(
        Diagnostic(
          .error,
          .codingHeaderMismatch(field: "coder", found: value, expected: sheet.coder.rawValue),
          at: lines.location(index, column: 1)))
    case "status":
      sheet.isDone = value.lowercased() == "done"
    default:
      break
    }
  }

  private static func readCoding(
    _ columns: [Substring], transcript: TranscriptID, codebook: CodebookIndex?, at index: Int,
    lines: SourceLines, diagnostics: inout [Diagnostic]
  ) -> Coding? {
    func column(_ number: Int) -> Int {
      columns.prefix(number).reduce(1) { $0 + $1.count + 1 }
    }
    var ok = true
    let segment = SegmentID(rawValue: String(columns[0]))
    if segment == nil {
      diagnostics.append(
        Diagnostic(
          .error, .invalidSegmentID(String(columns[0])), at: lines.location(index, column: 1)))
      ok = false
    }
    let code = codebook?.path(written: columns[1]) ?? CodePath(parsing: columns[1])
    if code == nil {
      diagnostics.append(
        Diagnostic(
          .error, .invalidCodePath(String(columns[1])), at: lines.location(index, column: column(1))
        ))
      ok = false
    }
    var span: TextSpan?
    if columns.count > 2, !columns[2].isEmpty {
      span = TextSpan(parsing: columns[2])
      if span == nil {
        diagnostics.append(
          Diagnostic(
            .error, .invalidSpan(String(columns[2])), at: lines.location(index, column: column(2))))
        ok = false
      }
    }
    var flags = CodingFlags()
    if columns.count > 3 {
      if let parsed = CodingFlags(parsing: columns[3]) {
        flags = parsed
      } else {
        diagnostics.append(
          Diagnostic(
            .error, .invalidFlags(String(columns[3])), at: lines.location(index, column: column(3)))
        )
        ok = false
      }
    }
    let memo = columns.count > 4 ? MemoEscaping.unescape(columns[4]) : ""
    guard ok, let segment, let code else { return nil }
    return Coding(
      transcript: transcript, segment: segment, code: code, span: span, flags: flags, memo: memo)
  }

  /// The sheet in canonical TSV, codings sorted.
  public func tsv() -> String {
    var out = "# transcript: \(transcript.rawValue)\n# coder: \(coder.rawValue)\n"
    if isDone { out += "# status: done\n" }
    out += Self.columnHeader + "\n"
    for coding in sorted().codings {
      var columns = [
        coding.segment.rawValue, coding.code.description, coding.span?.description ?? "",
        coding.flags.symbols, MemoEscaping.escape(coding.memo),
      ]
      while columns.count > 2, columns.last?.isEmpty == true { columns.removeLast() }
      out += columns.joined(separator: "\t") + "\n"
    }
    return out
  }
}

/// A parsed codings file: the sheet, the 1-based line of each coding (parallel to
/// `sheet.codings`), and the problems found.
public struct ParsedCodingSheet: Sendable {
  /// The codings read, in file order.
  public var sheet: CodingSheet
  /// The line each coding came from.
  public var lineNumbers: [Int]
  /// The text of each coding's line, for the caret display.
  public var sourceLines: [String]
  /// Syntax and header problems.
  public var diagnostics: [Diagnostic]
}

/// The escaping of memos in TSV columns: tab, line break, carriage return and backslash.
enum MemoEscaping {
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text.unicodeScalars {
      switch character {
      case "\\": out += "\\\\"
      case "\t": out += "\\t"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      default: out.unicodeScalars.append(character)
      }
    }
    return out
  }

  static func unescape(_ text: Substring) -> String {
    guard text.contains("\\") else { return String(text) }
    var out = ""
    var escaping = false
    for character in text.unicodeScalars {
      if escaping {
        switch character {
        case "t": out += "\t"
        case "n": out += "\n"
        case "r": out += "\r"
        default: out.unicodeScalars.append(character)
        }
        escaping = false
      } else if character == "\\" {
        escaping = true
      } else {
        out.unicodeScalars.append(character)
      }
    }
    if escaping { out += "\\" }
    return out
  }
}
