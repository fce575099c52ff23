/// Reading and writing normalized transcripts (`Transcripts/<ID>/transcript.txt`).
///
/// ## Format
/// ```
/// id: PM-01                         <- header: `key: value` lines, `id` required
/// codebook: program-managers        <-   keys: lowercase letters, digits, `-`, `_`
/// county: Los Angeles
/// group: Program manager
///                                   <- one blank line ends the header
/// S1 | Interviewer | 00:00:04       <- segment: `ID | speaker` or `ID | speaker | time`
/// Thank you for taking the time...  <- its text: one or more lines, no blank line
///
/// S2 | PM-01 | 00:00:12
/// Of course. So I manage...
/// ```
/// - Blocks are separated by blank lines; the first line of a block is always the segment's
///   header, so text may contain `|` freely.
/// - Times are `HH:MM:SS` or `HH:MM:SS.mmm`. Speakers may not contain ` | `.
/// - Text lines are joined with line breaks; trailing spaces are not kept.
/// - UTF-8 (NFC), LF line endings.
///
/// The canonical form writes `id` first, then the other attributes in alphabetical order, and
/// exactly one blank line between blocks.
extension Transcript {
  /// Parses a transcript file; `file` is the path shown in diagnostics.
  public static func parse(text: String, file: String) -> Parsed<Transcript> {
    if let problem = SourceLines.lineEndingProblem(in: text, file: file) {
      return Parsed(value: nil, diagnostics: [problem])
    }
    let lines = SourceLines(text, file: file)
    var reader = TranscriptTextParser(lines: lines)
    return reader.run()
  }

  /// The transcript in canonical form.
  public func text() -> String {
    var out = "id: \(id.rawValue)\n"
    for key in attributes.keys.sorted() where key != "id" {
      let value = attributes[key] ?? ""
      out += value.isEmpty ? "\(key):\n" : "\(key): \(value)\n"
    }
    for segment in segments {
      out += "\n\(segment.id.rawValue) | \(segment.speaker)"
      if let start = segment.start { out += " | \(start)" }
      out += "\n\(segment.text)\n"
    }
    return out
  }

  /// Whether `key` may name an attribute: lowercase ASCII letters, digits, `-` and `_`,
  /// starting with a letter.
  public static func isValidAttributeKey(_ key: some StringProtocol) -> Bool {
    guard let first = key.unicodeScalars.first, (0x61...0x7A).contains(first.value) else {
      return false
    }
    return key.unicodeScalars.allSatisfy {
      (0x61...0x7A).contains($0.value) || (0x30...0x39).contains($0.value) || $0 == "-" || $0 == "_"
    }
  }
}

/// The reader behind `Transcript.parse(text:file:)`.
struct TranscriptTextParser {
  private let lines: SourceLines
  private var diagnostics: [Diagnostic] = []

  init(lines: SourceLines) {
    self.lines = lines
  }

  mutating func run() -> Parsed<Transcript> {
    let all = lines.lines
    guard all.contains(where: { !$0.isBlank }) else {
      return Parsed(
        value: nil,
        diagnostics: [Diagnostic(.error, .emptyFile, at: SourceLocation(file: lines.file))])
    }
    var index = 0
    while index < all.count && all[index].isBlank { index += 1 }
    if Self.segmentHeader(all[index]) != nil {
      diagnostics.append(Diagnostic(.error, .missingHeader, at: lines.location(index, column: 1)))
      return Parsed(value: nil, diagnostics: diagnostics)
    }
    let (id, attributes, afterHeader) = readHeader(from: index)
    let segments = readSegments(from: afterHeader)
    if segments.isEmpty && !diagnostics.hasErrors {
      diagnostics.append(
        Diagnostic(.error, .transcriptWithoutSegments, at: SourceLocation(file: lines.file)))
    }
    guard let id else { return Parsed(value: nil, diagnostics: diagnostics) }
    return Parsed(
      value: Transcript(id: id, attributes: attributes, segments: segments),
      diagnostics: diagnostics)
  }

  private mutating func readHeader(from start: Int) -> (TranscriptID?, [String: String], Int) {
    var attributes: [String: String] = [:]
    var firstLine: [String: Int] = [:]
    var id: TranscriptID?
    var sawID = false
    var index = start
    while index < lines.lines.count {
      let line = lines.lines[index].trimmingTrailingWhitespace()
      if line.isEmpty { break }
      defer { index += 1 }
      guard let colon = line.firstIndex(of: ":") else {
        diagnostics.append(
          Diagnostic(.error, .invalidAttributeLine, at: lines.location(index, column: 1)))
        continue
      }
      let key = String(line[line.startIndex..<colon])
      let rest = line[line.index(after: colon)...]
      guard rest.isEmpty || rest.hasPrefix(" ") else {
        diagnostics.append(
          Diagnostic(.error, .invalidAttributeLine, at: lines.location(index, column: 1)))
        continue
      }
      let value = String(rest.dropFirst())
      guard Transcript.isValidAttributeKey(key) else {
        diagnostics.append(
          Diagnostic(.error, .invalidAttributeKey(key), at: lines.location(index, column: 1)))
        continue
      }
      if let first = firstLine[key] {
        diagnostics.append(
          Diagnostic(
            .error, .duplicateAttribute(key: key, firstLine: first),
            at: lines.location(index, column: 1)))
        continue
      }
      firstLine[key] = index + 1
      if key == "id" {
        sawID = true
        id = TranscriptID(rawValue: value)
        if id == nil {
          diagnostics.append(
            Diagnostic(.error, .invalidTranscriptID(value), at: lines.location(index, column: 5)))
        }
      } else {
        attributes[key] = value
      }
    }
    if !sawID {
      diagnostics.append(
        Diagnostic(.error, .missingTranscriptID, at: lines.location(start, column: 1)))
    }
    return (id, attributes, index)
  }

  private mutating func readSegments(from start: Int) -> [Segment] {
    var segments: [Segment] = []
    var firstLine: [SegmentID: Int] = [:]
    var index = start
    let all = lines.lines
    // A segment takes at least a header, a text line and a blank line: reserving that many
    // spares the spare capacity of a growing array over a whole study.
    segments.reserveCapacity((all.count - start) / 3 + 1)
    while index < all.count {
      while index < all.count && all[index].isBlank { index += 1 }
      guard index < all.count else { break }
      let headerIndex = index
      index += 1
      let firstTextLine = index
      var hasTrailingWhitespace = false
      while index < all.count, !all[index].isBlank {
        let last = all[index].utf8.last
        if last == 32 || last == 9 { hasTrailingWhitespace = true }
        index += 1
      }
      let textLines = all[firstTextLine..<index]
      guard let header = Self.segmentHeader(all[headerIndex].trimmingTrailingWhitespace()) else {
        diagnostics.append(
          Diagnostic(.error, .invalidSegmentHeader, at: lines.location(headerIndex, column: 1)))
        continue
      }
      guard let segmentID = SegmentID(rawValue: String(header.id)) else {
        diagnostics.append(
          Diagnostic(
            .error, .invalidSegmentID(String(header.id)), at: lines.location(headerIndex, column: 1)
          ))
        continue
      }
      if let first = firstLine[segmentID] {
        diagnostics.append(
          Diagnostic(
            .error, .duplicateSegmentID(id: segmentID.rawValue, firstLine: first),
            at: lines.location(headerIndex, column: 1)))
      } else {
        firstLine[segmentID] = headerIndex + 1
      }
      let speaker = header.speaker.isBlank ? "" : String(header.speaker)
      if speaker.isEmpty {
        diagnostics.append(
          Diagnostic(
            .error, .emptySpeaker(segment: segmentID.rawValue), at: lines.location(headerIndex)))
      }
      var start: Timestamp?
      if let time = header.time {
        start = Timestamp(parsing: time)
        if start == nil {
          diagnostics.append(
            Diagnostic(.error, .invalidTimestamp(time.trimmed()), at: lines.location(headerIndex)))
        }
      }
      if textLines.isEmpty {
        diagnostics.append(
          Diagnostic(
            .error, .segmentWithoutText(id: segmentID.rawValue), at: lines.location(headerIndex)))
      }
      segments.append(
        Segment(
          id: segmentID, speaker: speaker, start: start,
          text: Self.text(of: textLines, trimming: hasTrailingWhitespace)))
    }
    return segments
  }

  /// A segment's text lines joined by line breaks. Lines without trailing spaces are already
  /// so in the file, and are copied in one piece rather than joined line by line.
  static func text(of lines: ArraySlice<Substring>, trimming: Bool) -> String {
    guard let first = lines.first, let last = lines.last else { return "" }
    guard trimming else { return String(first.base[first.startIndex..<last.endIndex]) }
    return lines.map { $0.trimmingTrailingWhitespace() }.joined(separator: "\n")
  }

  /// Splits `ID | speaker [| time]`; nil when the line is not of that shape.
  static func segmentHeader(_ line: Substring) -> (
    id: Substring, speaker: Substring, time: Substring?
  )? {
    var separators: [Substring.Index] = []
    let bytes = line.utf8
    var index = bytes.startIndex
    while index != bytes.endIndex {
      if bytes[index] == 124,  // "|" with a space on each side
        index > bytes.startIndex, bytes[bytes.index(before: index)] == 32,
        bytes.index(after: index) != bytes.endIndex, bytes[bytes.index(after: index)] == 32
      {
        separators.append(index)
        guard separators.count <= 2 else { return nil }
      }
      index = bytes.index(after: index)
    }
    guard let first = separators.first else { return nil }
    let id = line[line.startIndex..<bytes.index(before: first)]
    guard !id.utf8.contains(32) else { return nil }
    let speakerStart = bytes.index(first, offsetBy: 2)
    if separators.count == 1 { return (id, line[speakerStart...], nil) }
    let second = separators[1]
    // `S1 | | 00:00:01`: the two separators share their space, and the speaker is empty.
    let speakerEnd = max(speakerStart, bytes.index(before: second))
    return (id, line[speakerStart..<speakerEnd], line[bytes.index(second, offsetBy: 2)...])
  }
}
