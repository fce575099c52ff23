/// An interview as coders see it: an ID, participant attributes and ordered segments.
public struct Transcript: Hashable, Sendable {
  /// The pseudonymous ID, also the folder name under `Transcripts/`.
  public var id: TranscriptID
  /// Participant and interview attributes such as `group`, `county`, `arm`, `wave`, keyed by
  /// lowercase names. The `id` is not repeated here.
  public var attributes: [String: String]
  /// The segments in spoken order.
  public var segments: [Segment]

  /// Creates a transcript.
  public init(id: TranscriptID, attributes: [String: String] = [:], segments: [Segment] = []) {
    self.id = id
    self.attributes = attributes
    self.segments = segments
  }

  /// The name of the codebook this transcript is coded with (`codebook` attribute), if set.
  public var codebookName: String? { attributes["codebook"] }

  /// Positions of segments by ID, for looking codings up against their segments.
  public func segmentPositions() -> [SegmentID: Int] {
    var positions: [SegmentID: Int] = [:]
    positions.reserveCapacity(segments.count)
    for (index, segment) in segments.enumerated() where positions[segment.id] == nil {
      positions[segment.id] = index
    }
    return positions
  }

  /// The number of words, counted as runs of letters and digits.
  public var wordCount: Int {
    segments.reduce(0) { $0 + WordCount.count($1.text) }
  }
}
