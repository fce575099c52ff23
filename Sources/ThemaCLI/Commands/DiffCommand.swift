import ThemaCore
import ThemaStore

/// `thema diff <ID>`: where two coders disagree, segment by segment.
enum DiffCommand: Command {
  static let spec = CommandSpec(
    name: "diff", group: .agreement,
    abstract: "List where two coders disagree on a transcript, segment by segment",
    discussion: """
      For each segment where the coders differ: the segment's text, each code either coder \
      applied there, what each did (the spans they chose, a star for an illustrative quote), the \
      code's definition, and the lead's decision when one has been recorded ('thema resolve'). \
      A code both coders applied to a segment is an agreement and is not listed (--all lists it \
      too). With --unit overlap, a code both applied is also listed when a span of one coder is \
      not matched by a span of the other that shares at least --overlap percent of their union \
      (MAXQDA's segment agreement, as 'thema agree --unit overlap' counts it).
      """,
    arguments: [ArgumentSpec("ID", help: "The transcript, e.g. PM-01", completion: .transcripts)],
    options: [
      ConsensusSupport.codersOption,
      OptionSpec(
        "--unit", value: "UNIT",
        help:
          "segment (default: a code applied or not) or overlap (also quotes that do not overlap enough)",
        choices: ["segment", "overlap"]),
      OptionSpec(
        "--overlap", value: "PERCENT",
        help: "For --unit overlap: how much two spans must share, 1 to 100 (default 90)"),
      OptionSpec("--all", help: "List agreements too"),
    ],
    examples: [Example("thema diff PM-01", "alice and bob's disagreements on PM-01.")])

  static func run(_ context: inout CommandContext) throws -> Int32 {
    let (_, study) = try context.loadStudy()
    let (transcript, codebook, plan) = try ConsensusSupport.plan(study, context.arguments)
    let decided = study.decisions[transcript.id]?.inForce() ?? [:]
    let showAll = context.arguments.flag("--all")
    let overlap = try context.arguments.integer("--overlap", in: 1...100)
    let threshold: Int? =
      context.arguments.value("--unit") == "overlap" || overlap != nil ? overlap ?? 90 : nil
    let segmentLengths = Dictionary(
      uniqueKeysWithValues: transcript.segments.map { ($0.id, $0.length) })
    func spansUnmatched(_ item: ResolutionItem) -> Bool {
      guard let threshold, item.kind == .agreement else { return false }
      let length = segmentLengths[item.segment] ?? 0
      let first = Self.mergedSpans(item.first, length: length)
      let second = Self.mergedSpans(item.second, length: length)
      let matched = { (spans: [TextSpan], others: [TextSpan]) in
        spans.allSatisfy { span in
          others.contains { OverlapMatching.matches(span, $0, threshold: threshold) }
        }
      }
      return !matched(first, second) || !matched(second, first)
    }
    let style = context.outStyle
    let disagreements = plan.items.filter { $0.isDisagreement || spansUnmatched($0) }
    var text = style.bold("\(transcript.id): \(plan.first) vs \(plan.second)")
    text +=
      "  \(plural(disagreements.count, "disagreement")) on "
      + "\(plural(Set(disagreements.map(\.segment)).count, "segment")), "
      + plural(plan.items.count - disagreements.count, "agreement")
    let open = disagreements.filter { decided[$0.key] == nil }.count
    if !decided.isEmpty { text += "; \(open) still open" }
    text += "\n"
    let segments = Dictionary(uniqueKeysWithValues: transcript.segments.map { ($0.id, $0) })
    var lastSegment: SegmentID?
    if let threshold { text += "Unit: overlap: spans must share \(threshold)% of their union.\n" }
    for item in plan.items where showAll || item.isDisagreement || spansUnmatched(item) {
      guard let segment = segments[item.segment] else { continue }
      if lastSegment != item.segment {
        let time = segment.start.map { "  \($0)" } ?? ""
        text +=
          "\n" + style.bold(segment.id.rawValue) + "  \(segment.speaker)" + style.dim(time) + "\n"
        text += style.dim(TextWrap.indented(segment.text, width: Help.width, indent: 4)) + "\n"
        lastSegment = item.segment
      }
      let entry = codebook.entry(item.code)
      let note = spansUnmatched(item) ? style.caution("  (spans do not overlap enough)") : ""
      text +=
        "  " + style.bold(codebook.shortName(item.code)) + "  " + (entry?.code.name ?? "") + note
        + "\n"
      let width = max(plan.first.rawValue.count, plan.second.rawValue.count)
      for (coder, codings) in [(plan.first, item.first), (plan.second, item.second)] {
        let name = coder.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
        text += "    \(name)  \(ConsensusSupport.side(codings))\n"
        for coding in codings {
          if let span = coding.span, let quote = span.slice(of: segment.text) {
            text +=
              style.dim(
                TextWrap.indented("\(coder) \(span): “\(quote)”", width: Help.width, indent: 8))
              + "\n"
          }
        }
      }
      if let definition = entry?.code.definition, !definition.isEmpty {
        text +=
          style.dim(TextWrap.indented("Definition: \(definition)", width: Help.width, indent: 4))
          + "\n"
      }
      if let record = decided[item.key] {
        let why = record.rationale.isEmpty ? "" : ": \(record.rationale)"
        text += "    " + style.good("decided \(record.decision) by \(record.lead)\(why)") + "\n"
      }
    }
    if disagreements.isEmpty { text += "\nThe coders agree on every code of every segment.\n" }
    context.out.write(text)
    return 0
  }

  /// A coder's spans of one code on one segment (the whole segment for a whole-segment coding),
  /// overlapping ones merged, as the overlap unit compares them.
  static func mergedSpans(_ codings: [Coding], length: Int) -> [TextSpan] {
    let spans = codings.map { $0.span ?? TextSpan(start: 0, end: length) }.sorted()
    var merged: [TextSpan] = []
    for span in spans {
      if let last = merged.last, last.overlap(with: span) > 0 {
        merged[merged.count - 1] = TextSpan(start: last.start, end: max(last.end, span.end))
      } else {
        merged.append(span)
      }
    }
    return merged
  }
}
