extension QuoteTable {
  /// Builds the table of every top-level code of `collation`'s codebook, or only of `domain`
  /// (a top-level code), choosing quotes as `QuoteSelection` documents.
  ///
  /// Throws `.unknownAttribute` when `options` name an attribute no transcript has, and
  /// `.notTopLevel` when `domain` is not a top-level code.
  public static func build(
    _ collation: Collation, domain: CodePath? = nil, options: CollateOptions = CollateOptions()
  ) throws(ExportProblem) -> QuoteTable {
    try collation.validate(options)
    let index = collation.index
    let entries = index.entries
    if let domain, domain.components.count != 1 {
      throw .notTopLevel(
        code: domain.description, level: index.codebook.levelName(depth: domain.components.count),
        topLevel: entries.filter { $0.depth == 1 }.map(\.path.description))
    }
    let tally = RowTally(collation, splitBy: options.splitBy)
    var used = QuoteSelection.UsedPassages()
    var lengths = Array(repeating: -1, count: tally.candidates.count)
    var picks: [Int: [Int]] = [:]
    let fillOrder = entries.indices.filter { entries[$0].depth > 1 }.sorted {
      entries[$0].depth != entries[$1].depth ? entries[$0].depth > entries[$1].depth : $0 < $1
    }
    for position in fillOrder {
      guard domain == nil || domain?.isAncestor(ofOrEqualTo: entries[position].path) == true
      else { continue }
      picks[position] = QuoteSelection.pick(
        options.quotesPerRow, from: tally.pools[position], of: tally.candidates,
        preferredWords: options.preferredWords, used: &used, lengths: &lengths,
        wordCount: { tally.wordCount($0, collation: collation) })
    }
    var sections: [Section] = []
    var number = 0
    for (position, entry) in entries.enumerated() where entry.depth == 1 {
      number += 1
      guard domain == nil || domain == entry.path else { continue }
      let rows = entries.indices.filter {
        entries[$0].depth > 1 && entry.path.isAncestor(ofOrEqualTo: entries[$0].path)
      }.map { row in
        makeRow(row, tally: tally, picks: picks[row] ?? [], collation: collation, options: options)
      }
      sections.append(
        Section(
          path: entry.path, number: number,
          label: "\(index.codebook.levelName(depth: 1)) \(number)", name: entry.code.name,
          description: entry.code.description.isEmpty
            ? entry.code.definition : entry.code.description,
          interviews: tally.interviews[position], rows: rows))
    }
    let totals = options.splitBy.map { attribute in
      collation.values(of: attribute).map { ValueCount(value: $0.value, count: $0.count) }
    }
    return QuoteTable(
      codebook: index.codebook.name, title: index.codebook.title, levels: index.codebook.levels,
      sections: sections, interviews: collation.transcripts.count, splitBy: options.splitBy,
      splitTotals: totals ?? [], quotesPerRow: options.quotesPerRow,
      notes: collation.notes(splitBy: options.splitBy))
  }

  private static func makeRow(
    _ position: Int, tally: RowTally, picks: [Int], collation: Collation, options: CollateOptions
  ) -> Row {
    let entry = collation.index.entries[position]
    let level = collation.index.codebook.levelName(depth: entry.depth)
    return Row(
      path: entry.path, id: entry.code.id, depth: entry.depth, label: "\(level) \(entry.code.id)",
      name: entry.code.name,
      description: entry.code.description.isEmpty
        ? entry.code.definition : entry.code.description,
      interviews: tally.interviews[position], participants: tally.participants[position],
      split: position < tally.split.count
        ? zip(tally.splitValues, tally.split[position]).map { ValueCount(value: $0, count: $1) }
        : [],
      quotes: picks.map { tally.quote($0, collation: collation, options: options) })
  }
}

/// One pass over every effective coding: per code (rolled up to its ancestors), the interviews
/// and participants it occurs in, its split counts, and its quote candidates.
struct RowTally {
  /// Every quotable coding, in canonical order.
  var candidates: [QuoteSelection.Candidate] = []
  /// Per code (by codebook position), the positions of its candidates and its descendants'.
  var pools: [[Int]]
  /// Per code, the interviews it or a descendant occurs in.
  var interviews: [Int]
  /// Per code, the participants (non-interviewer speakers per interview).
  var participants: [Int]
  /// The values of the split attribute, in natural order.
  var splitValues: [String] = []
  /// Per code, interviews per split value.
  var split: [[Int]]

  init(_ collation: Collation, splitBy: String?) {
    let entries = collation.index.entries
    let parents = entries.map { entry in entry.path.parent.flatMap(collation.index.order(of:)) }
    pools = Array(repeating: [], count: entries.count)
    interviews = Array(repeating: 0, count: entries.count)
    participants = Array(repeating: 0, count: entries.count)
    var valuePositions: [String: Int] = [:]
    if let splitBy {
      splitValues = collation.values(of: splitBy).map(\.value)
      for (position, value) in splitValues.enumerated() { valuePositions[value] = position }
    }
    split = Array(
      repeating: Array(repeating: 0, count: splitValues.count),
      count: splitBy == nil ? 0 : entries.count)
    // Per code, the transcript that last touched it and the speakers heard there.
    var touchedBy = Array(repeating: -1, count: entries.count)
    var speakerBits = Array(repeating: Set<Int>(), count: entries.count)
    var touched: [Int] = []
    // One candidate at most for each coding: reserving that spares a growing array's spare
    // capacity, a large part of a big table's memory.
    candidates.reserveCapacity(collation.codings.reduce(0) { $0 + $1.codings.count })
    for (transcriptPosition, transcript) in collation.transcripts.enumerated() {
      var segments = SegmentLookup(transcript)
      let speakers = Self.speakerNumbers(transcript)
      touched.removeAll(keepingCapacity: true)
      for (codingPosition, attributed) in collation.codings[transcriptPosition].codings.enumerated()
      {
        let coding = attributed.coding
        guard let code = collation.index.order(of: coding.code),
          let segmentPosition = segments.position(of: coding.segment)
        else { continue }
        let speaker = speakers[segmentPosition]
        var candidate: Int?
        if speaker >= 0 {
          candidate = candidates.count
          candidates.append(
            QuoteSelection.Candidate(
              transcript: transcriptPosition, segment: segmentPosition, coding: codingPosition,
              range: coding.span.map { $0.start..<$0.end } ?? 0..<Int.max,
              isStarred: coding.isQuote, isSpan: coding.span != nil))
        }
        var ancestor: Int? = code
        while let row = ancestor {
          if let candidate { pools[row].append(candidate) }
          if touchedBy[row] != transcriptPosition {
            touchedBy[row] = transcriptPosition
            touched.append(row)
            speakerBits[row].removeAll(keepingCapacity: true)
          }
          if speaker >= 0 { speakerBits[row].insert(speaker) }
          ancestor = parents[row]
        }
      }
      let value = splitBy.map { Collation.value(of: $0, in: transcript) }
      let column = value.flatMap { valuePositions[$0] }
      for row in touched {
        interviews[row] += 1
        participants[row] += speakerBits[row].count
        if let column { split[row][column] += 1 }
      }
    }
  }

  /// Each segment's speaker as a number within its transcript, or -1 for the interviewer.
  static func speakerNumbers(_ transcript: Transcript) -> [Int] {
    var numbers: [String: Int] = [:]
    return transcript.segments.map { segment in
      if isInterviewer(segment.speaker) { return -1 }
      if let number = numbers[segment.speaker] { return number }
      numbers[segment.speaker] = numbers.count
      return numbers.count - 1
    }
  }

  /// The length in words of a candidate's passage.
  func wordCount(_ candidate: QuoteSelection.Candidate, collation: Collation) -> Int {
    let transcript = collation.transcripts[candidate.transcript]
    let text = transcript.segments[candidate.segment].text
    let coding = collation.codings[candidate.transcript].codings[candidate.coding].coding
    if let span = coding.span, let slice = span.slice(of: text) {
      return QuoteText.wordCount(slice)
    }
    return QuoteText.wordCount(text)
  }

  /// The printed quote for candidate `position`.
  func quote(_ position: Int, collation: Collation, options: CollateOptions) -> Quote {
    let candidate = candidates[position]
    let transcript = collation.transcripts[candidate.transcript]
    let coding = collation.codings[candidate.transcript].codings[candidate.coding].coding
    let segment = transcript.segments[candidate.segment]
    let passage = QuoteText.passage(of: segment, span: coding.span)
    return Quote(
      transcript: transcript.id, segment: segment.id, code: coding.code, span: coding.span,
      isStarred: coding.isQuote,
      text: QuoteText.typographic(QuoteText.trimmed(passage, maxWords: options.maxWords)),
      attribution: options.attribution.text(for: transcript))
  }

  /// Whether a speaker label names the interviewer (`Interviewer`, `Interviewer 2`, `INT`).
  static func isInterviewer(_ speaker: String) -> Bool {
    let lowered = speaker.lowercased()
    return lowered.hasPrefix("interviewer") || lowered == "int" || lowered == "i"
  }
}
