extension AgreementCells {
  /// The cells of `unit` (segment, character or document) for coding sets `coders`, from their
  /// resolved sheets: `sheets[t][k]` is coder k's sheet of `transcripts[t]`, nil when that coder
  /// did not code it. The overlap unit has no cells of its own (see `OverlapMatching`); asked for
  /// it, this gives the character cells, which measure the same spans.
  static func build(
    unit: AgreementUnit, categories: CodeCategories, coders: [String], transcripts: [Transcript],
    sheets: [[ResolvedSheet?]]
  ) -> AgreementCells {
    var cells = AgreementCells(
      unit: unit, categories: categories, coders: coders, transcripts: transcripts.map(\.id),
      raters: sheets.map { $0.map { $0 != nil } })
    var scratch = Array(repeating: [Int32](), count: coders.count)
    for (index, transcript) in transcripts.enumerated() {
      switch unit {
      case .document:
        cells.addDocument(index, sheets: sheets[index], categories: categories, scratch: &scratch)
      case .segment:
        cells.addSegments(
          index, transcript: transcript, sheets: sheets[index], categories: categories,
          scratch: &scratch)
      case .character, .overlap:
        cells.addCharacters(
          index, transcript: transcript, sheets: sheets[index], categories: categories,
          scratch: &scratch)
      }
    }
    return cells
  }

  private mutating func addDocument(
    _ transcript: Int, sheets: [ResolvedSheet?], categories: CodeCategories,
    scratch: inout [[Int32]]
  ) {
    addWeight(1, toTranscript: transcript)
    beginCluster(weight: 1)
    for (coder, sheet) in sheets.enumerated() {
      scratch[coder].removeAll(keepingCapacity: true)
      guard let sheet else { continue }
      for entry in sheet.entries {
        scratch[coder].append(Int32(categories.category(ofEntry: Int(entry))))
      }
      Self.sortUnique(&scratch[coder])
    }
    if scratch.contains(where: { !$0.isEmpty }) {
      append(Location(transcript: transcript, segment: nil, span: nil), weight: 1, codes: scratch)
    }
    endCluster()
  }

  private mutating func addSegments(
    _ transcript: Int, transcript value: Transcript, sheets: [ResolvedSheet?],
    categories: CodeCategories, scratch: inout [[Int32]]
  ) {
    addWeight(value.segments.count, toTranscript: transcript)
    var cursors = Array(repeating: 0, count: sheets.count)
    var touched = 0
    while let segment = Self.nextSegment(sheets, cursors) {
      for (coder, sheet) in sheets.enumerated() {
        scratch[coder].removeAll(keepingCapacity: true)
        guard let sheet else { continue }
        let rows = sheet.rows(ofSegment: segment, from: cursors[coder])
        for row in rows {
          scratch[coder].append(Int32(categories.category(ofEntry: Int(sheet.entries[row]))))
        }
        Self.sortUnique(&scratch[coder])
        cursors[coder] = rows.upperBound
      }
      touched += 1
      beginCluster(weight: 1)
      append(
        Location(transcript: transcript, segment: Int(segment), span: nil), weight: 1,
        codes: scratch)
      endCluster()
    }
    addEmptyClusters(weight: 1, count: value.segments.count - touched)
  }

  private mutating func addCharacters(
    _ transcript: Int, transcript value: Transcript, sheets: [ResolvedSheet?],
    categories: CodeCategories, scratch: inout [[Int32]]
  ) {
    let lengths = value.segments.map(\.scalarCount)
    addWeight(lengths.reduce(0, +), toTranscript: transcript)
    var touched = Array(repeating: false, count: lengths.count)
    CodedSpan.forEachSegment(sheets, length: { lengths[$0] }, categories: categories) {
      segment, length, spans in
      touched[segment] = true
      beginCluster(weight: length)
      appendRuns(transcript, segment: segment, length: length, spans: spans, scratch: &scratch)
      endCluster()
    }
    for (segment, length) in lengths.enumerated() where !touched[segment] {
      addEmptyClusters(weight: length, count: 1)
    }
  }

  /// Appends the runs of characters of one segment on which the coders' codes stay the same.
  private mutating func appendRuns(
    _ transcript: Int, segment: Int, length: Int, spans: [[CodedSpan]], scratch: inout [[Int32]]
  ) {
    var bounds = [0, length]
    for coderSpans in spans {
      for span in coderSpans { bounds += [span.start, span.end] }
    }
    bounds = Array(Set(bounds)).sorted()
    var pending: (start: Int, end: Int, codes: [[Int32]])?
    func flush(_ cells: inout AgreementCells) {
      guard let run = pending, run.codes.contains(where: { !$0.isEmpty }) else { return }
      cells.append(
        Location(
          transcript: transcript, segment: segment,
          span: TextSpan(start: run.start, end: run.end)),
        weight: run.end - run.start, codes: run.codes)
    }
    for (start, end) in zip(bounds, bounds.dropFirst()) where start < end {
      for (coder, coderSpans) in spans.enumerated() {
        scratch[coder].removeAll(keepingCapacity: true)
        for span in coderSpans where span.start <= start && start < span.end {
          scratch[coder].append(span.category)
        }
        Self.sortUnique(&scratch[coder])
      }
      if let run = pending, run.end == start, run.codes == scratch {
        pending?.end = end
      } else {
        flush(&self)
        pending = (start, end, scratch)
      }
    }
    flush(&self)
  }

  /// The lowest segment position any coder's cursor points at, or nil when all are done.
  static func nextSegment(_ sheets: [ResolvedSheet?], _ cursors: [Int]) -> Int32? {
    var lowest: Int32?
    for (coder, sheet) in sheets.enumerated() {
      guard let sheet, cursors[coder] < sheet.count else { continue }
      let segment = sheet.segments[cursors[coder]]
      if lowest.map({ segment < $0 }) ?? true { lowest = segment }
    }
    return lowest
  }

  static func sortUnique(_ codes: inout [Int32]) {
    guard codes.count > 1 else { return }
    codes.sort()
    var write = 1
    for read in 1..<codes.count where codes[read] != codes[write - 1] {
      codes[write] = codes[read]
      write += 1
    }
    codes.removeLast(codes.count - write)
  }
}

/// A span of a segment one coder coded with one category; a coding without a span covers the
/// whole segment.
struct CodedSpan: Hashable, Sendable {
  var category: Int32
  var start: Int
  var end: Int

  /// Calls `body(segment, length, spans)` for each segment (position) any coder coded, in order,
  /// with each coder's merged spans there (`spans[k]`, empty for a coder without a sheet);
  /// `length` gives a segment's length in scalars.
  static func forEachSegment(
    _ sheets: [ResolvedSheet?], length: (Int) -> Int, categories: CodeCategories,
    _ body: (Int, Int, [[CodedSpan]]) -> Void
  ) {
    var cursors = Array(repeating: 0, count: sheets.count)
    while let segment = AgreementCells.nextSegment(sheets, cursors) {
      let length = length(Int(segment))
      var spans: [[CodedSpan]] = []
      for (coder, sheet) in sheets.enumerated() {
        guard let sheet else {
          spans.append([])
          continue
        }
        let rows = sheet.rows(ofSegment: segment, from: cursors[coder])
        cursors[coder] = rows.upperBound
        spans.append(merged(sheet, rows: rows, length: length, categories: categories))
      }
      body(Int(segment), length, spans)
    }
  }

  /// One coder's spans of one segment, with spans of the same category that overlap merged into
  /// one: a quote marked inside a segment the coder also coded whole is one coded span, not two.
  static func merged(
    _ sheet: ResolvedSheet, rows: Range<Int>, length: Int, categories: CodeCategories
  ) -> [CodedSpan] {
    var spans: [CodedSpan] = []
    for row in rows {
      let category = Int32(categories.category(ofEntry: Int(sheet.entries[row])))
      let whole = sheet.starts[row] < 0
      let start = whole ? 0 : min(max(0, Int(sheet.starts[row])), length)
      let end = whole ? length : min(max(0, Int(sheet.ends[row])), length)
      guard start < end else { continue }
      spans.append(CodedSpan(category: category, start: start, end: end))
    }
    spans.sort { ($0.category, $0.start, $0.end) < ($1.category, $1.start, $1.end) }
    var merged: [CodedSpan] = []
    for span in spans {
      if let last = merged.last, last.category == span.category, span.start < last.end {
        merged[merged.count - 1].end = max(last.end, span.end)
      } else {
        merged.append(span)
      }
    }
    return merged
  }
}
