extension CodeReport {
  /// Builds the report of `codes` (full paths in `collation`'s codebook), each with every
  /// coding of it (and, with `includeChildren`, of the codes below it) and `context` segments
  /// on either side.
  ///
  /// Throws `.unknownAttribute` when `options` name an attribute no transcript has.
  public static func build(
    _ collation: Collation, codes: [CodePath], includeChildren: Bool = false, context: Int = 0,
    options: CollateOptions = CollateOptions()
  ) throws(ExportProblem) -> CodeReport {
    try collation.validate(options)
    var seen: Set<CodePath> = []
    let wanted = codes.filter { seen.insert($0).inserted }
    let sections = wanted.map { path in
      section(
        path, collation: collation, includeChildren: includeChildren, context: context,
        options: options)
    }
    let codebook = collation.index.codebook
    return CodeReport(
      codebook: codebook.name, title: codebook.title, includesChildren: includeChildren,
      context: max(0, context), splitBy: options.splitBy, interviews: collation.transcripts.count,
      sections: sections, notes: collation.notes(splitBy: options.splitBy))
  }

  private static func section(
    _ path: CodePath, collation: Collation, includeChildren: Bool, context: Int,
    options: CollateOptions
  ) -> Section {
    var groups: [Group] = []
    for (position, transcript) in collation.transcripts.enumerated() {
      let segmentPositions = transcript.segmentPositions()
      var items: [Item] = []
      for attributed in collation.codings[position].codings {
        let coding = attributed.coding
        let matches =
          includeChildren ? path.isAncestor(ofOrEqualTo: coding.code) : coding.code == path
        guard matches, let segmentPosition = segmentPositions[coding.segment] else { continue }
        items.append(
          item(
            attributed, in: transcript, at: segmentPosition, context: context))
      }
      if !items.isEmpty {
        groups.append(
          Group(
            transcript: transcript.id, attribution: options.attribution.text(for: transcript),
            splitValue: options.splitBy.map { Collation.value(of: $0, in: transcript) },
            items: items))
      }
    }
    var split: [SplitCount] = []
    if let attribute = options.splitBy {
      split = collation.values(of: attribute).map { entry in
        let matching = groups.filter { $0.splitValue == entry.value }
        return SplitCount(
          value: entry.value, interviews: matching.count, total: entry.count,
          codings: matching.reduce(0) { $0 + $1.items.count })
      }
    }
    let code = collation.index.entry(path)?.code
    let level = collation.index.codebook.levelName(depth: path.components.count)
    var number = path.last
    if path.components.count == 1,
      let position = collation.index.entries.filter({ $0.depth == 1 }).firstIndex(where: {
        $0.path == path
      })
    {
      number = "\(position + 1)"
    }
    return Section(
      path: path, label: "\(level) \(number)", name: code?.name ?? "",
      definition: code?.definition ?? "", groups: groups, split: split)
  }

  private static func item(
    _ attributed: AttributedCoding, in transcript: Transcript, at position: Int, context: Int
  ) -> Item {
    let coding = attributed.coding
    let segment = transcript.segments[position]
    let lower = max(0, position - max(0, context))
    let upper = min(transcript.segments.count, position + 1 + max(0, context))
    func around(_ range: Range<Int>) -> [ContextSegment] {
      range.map {
        let other = transcript.segments[$0]
        return ContextSegment(
          segment: other.id, speaker: other.speaker,
          text: QuoteText.collapsingWhitespace(other.text))
      }
    }
    return Item(
      segment: segment.id, speaker: segment.speaker, start: segment.start, code: coding.code,
      span: coding.span, isStarred: coding.isQuote, isUnsure: coding.flags.contains(.unsure),
      text: QuoteText.passage(of: segment, span: coding.span), memo: coding.memo,
      coders: attributed.coders, before: around(lower..<position),
      after: around((position + 1)..<upper))
  }
}
