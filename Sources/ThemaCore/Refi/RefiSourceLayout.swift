/// How a Thema transcript is laid out as a REFI-QDA text source's plain text, and read back.
///
/// ## Format
/// ```
/// S1 | Interviewer | 00:00:04              <- a segment's header: `ID | speaker [| time]`
/// Thank you for taking the time...         <- its text, line breaks kept
///                                          <- a blank line between segments
/// S2 | PM-01 | 00:00:12
/// Of course. So I manage the peer team...
/// ```
/// The segment blocks of `Transcripts/<ID>/transcript.txt`, without its attribute header
/// (attributes travel as the project's cases and variables): other tools show each turn under a
/// line naming its segment and speaker, and reading the text back gives the same segments
/// (IDs, speakers, times and text) exactly. UTF-8, LF line breaks, ending with a line break.
///
/// A whole-segment coding is written as a selection from the header's first character to the
/// end of the text (as coding a paragraph with its speaker line in another tool); a coding of a
/// span as exactly that span of the text. Reading back, a selection that covers a segment's
/// text and begins before it is a whole-segment coding.
enum RefiSourceLayout {
  /// Where one segment lies in a laid-out text, in Unicode scalars.
  struct Placement: Hashable, Sendable {
    /// The first scalar of the segment's header line.
    var blockStart: Int
    /// The first scalar of its text.
    var textStart: Int
    /// The scalars of its text.
    var length: Int
  }

  /// A segment read back from a laid-out text, with where each scalar of its text comes from.
  struct ReadSegment: Sendable {
    /// The segment.
    var segment: Segment
    /// The index in the text of each scalar of the segment's text.
    var origins: [Int]
    /// The index of the first scalar of its header line.
    var blockStart: Int
  }

  /// The plain text of `transcript`, and where each of its segments lies.
  static func text(of transcript: Transcript) -> (text: String, placements: [Placement]) {
    var text = ""
    var offset = 0
    var placements: [Placement] = []
    placements.reserveCapacity(transcript.segments.count)
    for (index, segment) in transcript.segments.enumerated() {
      if index > 0 {
        text += "\n"
        offset += 1
      }
      var header = "\(segment.id.rawValue) | \(segment.speaker)"
      if let start = segment.start { header += " | \(start)" }
      header += "\n"
      let blockStart = offset
      offset += header.unicodeScalars.count
      placements.append(
        Placement(blockStart: blockStart, textStart: offset, length: segment.length))
      text += header + segment.text + "\n"
      offset += segment.length + 1
    }
    return (text, placements)
  }

  /// The segments of `scalars` when it is laid out as above (every block a valid header and
  /// text, IDs unique); nil for any other text.
  static func read(_ scalars: [Unicode.Scalar]) -> [ReadSegment]? {
    var segments: [ReadSegment] = []
    var seen: Set<SegmentID> = []
    var lines: [(start: Int, end: Int)] = []
    var lineStart = 0
    for (index, scalar) in scalars.enumerated() where scalar == "\n" {
      lines.append((lineStart, index))
      lineStart = index + 1
    }
    if lineStart < scalars.count { lines.append((lineStart, scalars.count)) }
    // Trailing spaces and tabs are not part of a line, as in `Transcript.parse`.
    func trimmedEnd(_ line: (start: Int, end: Int)) -> Int {
      var end = line.end
      while end > line.start && (scalars[end - 1] == " " || scalars[end - 1] == "\t") { end -= 1 }
      return end
    }
    var index = 0
    while index < lines.count {
      let line = lines[index]
      if trimmedEnd(line) == line.start {
        index += 1
        continue
      }
      let headerText = Substring(
        String(String.UnicodeScalarView(scalars[line.start..<trimmedEnd(line)])))
      guard let header = TranscriptTextParser.segmentHeader(headerText),
        let id = SegmentID(rawValue: String(header.id)), seen.insert(id).inserted,
        !header.speaker.isBlank
      else { return nil }
      var start: Timestamp?
      if let time = header.time {
        guard let parsed = Timestamp(parsing: time) else { return nil }
        start = parsed
      }
      var text: [Unicode.Scalar] = []
      var origins: [Int] = []
      index += 1
      while index < lines.count, trimmedEnd(lines[index]) > lines[index].start {
        if !text.isEmpty {
          text.append("\n")
          origins.append(lines[index - 1].end)
        }
        let end = trimmedEnd(lines[index])
        text += scalars[lines[index].start..<end]
        origins += lines[index].start..<end
        index += 1
      }
      guard !text.isEmpty else { return nil }
      let segment = Segment(
        id: id, speaker: String(header.speaker), start: start,
        text: String(String.UnicodeScalarView(text)))
      segments.append(ReadSegment(segment: segment, origins: origins, blockStart: line.start))
    }
    return segments.isEmpty ? nil : segments
  }
}
