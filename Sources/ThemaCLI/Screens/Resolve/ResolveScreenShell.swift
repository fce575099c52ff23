import Foundation
import ThemaCore
import ThemaStore
import ThemaTerminal

/// The thin shell around the resolve screen's pure core: it loads the two coders' codings and
/// the decision log, holds the lock on the consensus for the whole session, owns the terminal,
/// and saves the consensus and the log after every decision, before the next key is read.
enum ResolveScreenShell {
  /// Runs `thema resolve <ID> --lead NAME` without a scripted action.
  static func run(_ context: inout CommandContext, system: TerminalSystem = .live) throws -> Int32 {
    let arguments = context.arguments
    let lead = try arguments.required("--lead")
    let id = arguments.argument("ID") ?? ""
    let environment = context.environment
    guard environment.stdinIsTerminal && environment.stdoutIsTerminal else {
      throw CommandFailure(
        "the resolve screen needs a terminal; to resolve from a script use --auto agreements and "
          + "--decide SEGMENT:CODE=DECISION ('thema diff \(id)' lists the disagreements)")
    }
    let profile: TerminalProfile
    do {
      profile = try TerminalProfile.detect(
        variables: environment.variables, noColor: arguments.flag("--no-color"))
    } catch {
      throw CommandFailure(
        "this terminal cannot show the resolve screen (\(error)); use --auto and --decide instead")
    }
    let (project, study) = try context.loadStudy()
    let (transcript, codebook, plan) = try ConsensusSupport.plan(study, arguments)
    let lock = try project.lockFile(
      project.consensusPath(transcript.id), purpose: "the resolve screen of \(lead)")
    var session = ConsensusSession(
      plan: plan, log: try project.readDecisions(transcript.id), lead: lead)
    // Agreements go to the consensus without asking; the screen can review them (A).
    if session.acceptAgreements(time: ConsensusSupport.now()) > 0 {
      try project.saveConsensus(session)
    }
    var state = ResolveScreenState(
      session: session, transcript: transcript, codebook: codebook,
      size: TerminalSize(rows: 24, columns: 80))
    let status = try Terminal.withRawMode(system: system, profile: profile) { terminal in
      loop(&state, project: project, terminal: terminal)
    }
    _ = consume lock
    let progress = state.progress
    context.out.write(
      "\(transcript.id): \(progress.decided) of \(plural(progress.total, "disagreement")) decided"
        + (state.session.isComplete ? "; the consensus is complete" : "")
        + "; saved in \(project.display(project.consensusPath(transcript.id))) and "
        + "\(project.display(project.decisionsPath(transcript.id))).\n")
    return status
  }

  /// Draws, waits for a key, lets the core handle it, saves; until quit or a signal.
  static func loop(_ state: inout ResolveScreenState, project: Project, terminal: Terminal) -> Int32
  {
    state.size = terminal.size
    while true {
      terminal.draw(ResolveScreenView.render(state, size: terminal.size))
      switch terminal.nextEvent(idleTimeout: -1) {
      case .key(let key):
        for effect in state.update(key, time: ConsensusSupport.now()) {
          switch effect {
          case .save: save(&state, project: project)
          case .quit: return 0
          }
        }
      case .resize(let size):
        state.size = size
      case .redraw, .idle:
        state.size = terminal.size
      case .signal(let signal):
        return signal.exitStatus
      case .inputClosed:
        return TerminalSignal.hangup.exitStatus
      }
    }
  }

  /// Writes the consensus and the decision log as one transaction; on failure the decision is
  /// taken back so the screen never shows what is not on disk.
  /// A codebook revision since the screen opened is refused the same way: the decision's code
  /// may have another path now (see `Project.codebookGuard`).
  static func save(_ state: inout ResolveScreenState, project: Project) {
    do {
      let codebookLock = try project.codebookGuard(
        state.codebook.codebook, purpose: "the resolve screen of \(state.session.lead)",
        timeout: 2)
      try project.saveConsensus(state.session)
      _ = consume codebookLock
    } catch {
      if let last = state.session.log.records.last {
        state.session = ConsensusSession(
          plan: state.session.plan, log: DecisionLog(records: state.session.log.records.dropLast()),
          lead: state.session.lead)
        state.message = StatusMessage(
          .error, "Not saved, so not recorded (\(last.segment) \(last.code)): \(error.message)")
      }
    }
  }
}
