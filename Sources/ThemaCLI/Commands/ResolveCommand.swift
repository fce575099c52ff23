import ThemaCore
import ThemaStore

/// `thema resolve <ID> --lead NAME`: records the consensus of two coders' codings.
enum ResolveCommand: Command {
  static let spec = CommandSpec(
    name: "resolve", group: .agreement,
    abstract: "Record a lead's consensus on two coders' codings, with an audit trail",
    discussion: """
      Without --auto, --decide or --undo, opens the resolve screen: each disagreement with the \
      segment's text (each coder's quotes marked), both coders' codings, the code's rules; a key \
      decides it and asks why; agreements go in without asking (A reviews them). Both coders' \
      files stay untouched. The consensus is written to \
      Transcripts/<ID>/consensus.tsv, and every decision is appended to \
      Transcripts/<ID>/decisions.jsonl (time, lead, segment, code, both coders' codings, the \
      decision and its rationale), both in one atomic step.

      --auto agreements puts every code both coders applied alike into the consensus. \
      --decide SEGMENT:CODE=DECISION records a decision on a disagreement listed by 'thema \
      diff', where DECISION is first or second (or a coder's name), both, neither, code:PATH \
      (a different code applies) or span:START-END (the code applies to that part; span:all \
      for the whole segment). --rationale says why, for every decision of the call. --undo \
      cancels the latest decision. Only one lead can resolve a transcript at a time.
      """,
    arguments: [ArgumentSpec("ID", help: "The transcript, e.g. PM-01", completion: .transcripts)],
    options: [
      OptionSpec("--lead", value: "NAME", help: "Who decides, e.g. lee", required: true),
      ConsensusSupport.codersOption,
      OptionSpec(
        "--auto", value: "WHAT", help: "agreements: accept every agreement", choices: ["agreements"]
      ),
      OptionSpec(
        "--decide", value: "SEGMENT:CODE=DECISION", help: "Record a decision, e.g. S12:T1/1a=first",
        repeatable: true),
      OptionSpec(
        "--rationale", value: "TEXT", help: "Why, recorded with each decision of this call"),
      OptionSpec("--undo", help: "Cancel the latest decision"),
    ],
    examples: [
      Example(
        "thema resolve PM-01 --lead lee --auto agreements",
        "Put every agreement into the consensus."),
      Example(
        "thema resolve PM-01 --lead lee --decide S6:T1/1b=both --rationale 'Both readings hold'",
        "Record one decision."),
    ])

  static func run(_ context: inout CommandContext) throws -> Int32 {
    let arguments = context.arguments
    let lead = try arguments.required("--lead")
    let auto = arguments.value("--auto") != nil
    let decisions = arguments.values("--decide")
    let undo = arguments.flag("--undo")
    if !auto && decisions.isEmpty && !undo { return try ResolveScreenShell.run(&context) }
    let (project, study) = try context.loadStudy()
    let (transcript, codebook, plan) = try ConsensusSupport.plan(study, arguments)
    var parsed: [(ItemKey, Decision)] = []
    var problems: [Diagnostic] = []
    for text in decisions {
      do {
        parsed.append(try decision(text, plan: plan, codebook: codebook))
      } catch let problem as Problem {
        problems.append(Diagnostic(.error, problem, at: SourceLocation(file: "--decide \(text)")))
      }
    }
    guard problems.isEmpty else { throw DiagnosticList(problems) }
    let lock = try project.lockFile(
      project.consensusPath(transcript.id), purpose: "thema resolve by \(lead)")
    let codebookLock = try project.codebookGuard(
      try study.codebook(for: transcript), purpose: "thema resolve by \(lead)")
    var session = ConsensusSession(
      plan: plan, log: try project.readDecisions(transcript.id), lead: lead)
    let time = ConsensusSupport.now()
    var summary: [String] = []
    if undo {
      if let cancelled = session.undo(time: time) {
        summary.append("undid \(cancelled.segment):\(cancelled.code)=\(cancelled.decision)")
      } else {
        summary.append("nothing to undo")
      }
    }
    if auto {
      summary.append("\(plural(session.acceptAgreements(time: time), "agreement")) accepted")
    }
    let rationale = arguments.value("--rationale") ?? ""
    for (key, decision) in parsed {
      try session.decide(key, decision, rationale: rationale, time: time)
    }
    if !parsed.isEmpty { summary.append("\(plural(parsed.count, "decision")) recorded") }
    try project.saveConsensus(session)
    _ = consume codebookLock
    _ = consume lock
    let open = session.pendingDisagreements.count
    var line = "\(transcript.id): " + summary.joined(separator: ", ")
    line +=
      session.isComplete
      ? "; the consensus is complete." : "; \(plural(open, "disagreement")) open."
    context.out.write(line + "\n")
    return 0
  }

  /// `S12:T1/1a=first` read against the plan and codebook.
  static func decision(_ text: String, plan: ResolutionPlan, codebook: CodebookIndex) throws -> (
    ItemKey, Decision
  ) {
    guard let equals = text.lastIndex(of: "=") else {
      throw Problem.malformedDecisionArgument(text)
    }
    let key = try ConsensusSupport.key(String(text[..<equals]), codebook: codebook)
    guard plan.item(key) != nil else { throw Problem.noSuchItem(key.description) }
    let name = String(text[text.index(after: equals)...])
    guard var decision = Decision(parsing: name, first: plan.first, second: plan.second) else {
      throw Problem.malformedDecisionArgument(text)
    }
    if case .recode(let path) = decision {
      decision = .recode(try codebook.resolve(path.description))
    }
    return (key, decision)
  }
}
