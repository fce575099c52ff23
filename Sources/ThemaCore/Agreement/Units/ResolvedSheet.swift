/// One side's codings of one transcript, resolved once against the transcript's segments and the
/// codebook: each coding's segment position, codebook entry and span, ordered by segment. Every
/// unit and level of a comparison reads from it, so codes and segments are looked up only once.
struct ResolvedSheet: Sendable {
  /// Segment positions (index into the transcript's segments), ascending.
  var segments: [Int32] = []
  /// Codebook entry positions (index into `CodebookIndex.entries`).
  var entries: [Int32] = []
  /// Span starts, or -1 for a coding of the whole segment.
  var starts: [Int32] = []
  /// Span ends (exclusive), or -1 for a coding of the whole segment.
  var ends: [Int32] = []
  /// Codings no figure can count, by reason and code as written.
  var setAside: [SetAsideKey: Int] = [:]

  struct SetAsideKey: Hashable, Sendable {
    var reason: SetAsideCodings.Reason
    var code: CodePath
  }

  var count: Int { segments.count }

  /// Resolves `sheet` against `transcript` and `codebook`; `positions` looks segments up.
  init(
    _ sheet: CodingSheet, transcript: Transcript, positions: inout SegmentLookup,
    codebook: CodebookIndex
  ) {
    var rows: [(segment: Int32, entry: Int32, start: Int32, end: Int32)] = []
    rows.reserveCapacity(sheet.codings.count)
    var lastSegment: SegmentID?
    var lastPosition: Int?
    var sorted = true
    for coding in sheet.codings {
      if coding.segment != lastSegment {
        lastSegment = coding.segment
        lastPosition = positions.position(of: coding.segment)
      }
      guard let position = lastPosition else {
        setAside[SetAsideKey(reason: .segmentNotInTranscript, code: coding.code), default: 0] += 1
        continue
      }
      guard let entry = codebook.order(of: coding.code) else {
        setAside[SetAsideKey(reason: .codeNotInCodebook, code: coding.code), default: 0] += 1
        continue
      }
      if codebook.entries[entry].code.isRetired {
        setAside[SetAsideKey(reason: .codeRetired, code: coding.code), default: 0] += 1
        continue
      }
      let start = Int32(clamping: coding.span?.start ?? -1)
      let end = Int32(clamping: coding.span?.end ?? -1)
      if let previous = rows.last, previous.segment > Int32(position) { sorted = false }
      rows.append((Int32(position), Int32(entry), start, end))
    }
    if !sorted { rows.sort { $0.segment < $1.segment } }
    segments = rows.map(\.segment)
    entries = rows.map(\.entry)
    starts = rows.map(\.start)
    ends = rows.map(\.end)
  }

  /// The codings of one segment: the range of rows at and after `from` with segment `segment`.
  func rows(ofSegment segment: Int32, from: Int) -> Range<Int> {
    var end = from
    while end < count && segments[end] == segment { end += 1 }
    return from..<end
  }
}
