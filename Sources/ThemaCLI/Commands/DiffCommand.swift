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
      A code both coders applied to the same spans is an agreement and is not listed (--all \
      lists it too).
      """,
    arguments: [ArgumentSpec("ID", help: "The transcript, e.g. PM-01", completion: .transcripts)],
    options: [
      ConsensusSupport.codersOption,
      OptionSpec("--all", help: "List agreements too"),
    ],
    examples: [Example("thema diff PM-01", "alice and bob's disagreements on PM-01.")])

  static func run(_ context: inout CommandContext) throws -> Int32 {
    let (project, study) = try context.loadStudy()
    let (transcript, codebook, plan) = try ConsensusSupport.plan(study, context.arguments)
    let decided = try project.readDecisions(transcript.id).inForce()
    let showAll = context.arguments.flag("--all")
    let style = context.outStyle
    let disagreements = plan.disagreements
    var text = style.bold("\(transcript.id): \(plan.first) vs \(plan.second)")
    text +=
      "  \(plural(disagreements.count, "disagreement")) on "
      + "\(plural(Set(disagreements.map(\.segment)).count, "segment")), \(plural(plan.agreements.count, "agreement"))"
    let open = disagreements.filter { decided[$0.key] == nil }.count
    if !decided.isEmpty { text += "; \(open) still open" }
    text += "\n"
    let segments = Dictionary(uniqueKeysWithValues: transcript.segments.map { ($0.id, $0) })
    var lastSegment: SegmentID?
    for item in plan.items where showAll || item.isDisagreement {
      guard let segment = segments[item.segment] else { continue }
      if lastSegment != item.segment {
        let time = segment.start.map { "  \($0)" } ?? ""
        text +=
          "\n" + style.bold(segment.id.rawValue) + "  \(segment.speaker)" + style.dim(time) + "\n"
        text += style.dim(TextWrap.indented(segment.text, width: Help.width, indent: 4)) + "\n"
        lastSegment = item.segment
      }
      let entry = codebook.entry(item.code)
      text +=
        "  " + style.bold(codebook.shortName(item.code)) + "  " + (entry?.code.name ?? "") + "\n"
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
}
