/// One codable unit of a transcript: a speaker turn, or a paragraph of a long turn.
public struct Segment: Hashable, Sendable, Codable {
  /// The stable ID codings point at, e.g. `S12`.
  public var id: SegmentID
  /// Who is speaking, e.g. `Interviewer` or `PM-01`.
  public var speaker: String
  /// Where the turn starts in the recording, when the source had timings.
  public var start: Timestamp?
  /// The words spoken, NFC-normalized; may hold line breaks, never a blank line.
  public var text: String

  /// Creates a segment.
  public init(id: SegmentID, speaker: String, start: Timestamp? = nil, text: String) {
    self.id = id
    self.speaker = speaker
    self.start = start
    self.text = text
  }

  /// The length of the text in Unicode scalars, the unit of coding spans.
  ///
  /// Counted on the UTF-8 bytes (every byte that does not continue a scalar starts one): many
  /// times faster than walking `unicodeScalars`, and every coding's span is checked against it.
  public var length: Int {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      var count = 0
      for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
      return count
    } ?? text.unicodeScalars.count
  }
}
