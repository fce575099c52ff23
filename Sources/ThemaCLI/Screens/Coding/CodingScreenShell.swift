import Foundation
import ThemaCore
import ThemaStore
import ThemaTerminal

/// The thin shell around the coding screen's pure core: it checks the terminal, loads the
/// session, holds the lock on the coder's codings file for the whole session, owns the
/// terminal, and performs the core's effects. Every change is saved before the next key is
/// read, so nothing the screen showed as applied can be lost.
enum CodingScreenShell {
  /// How often, in milliseconds, the shell looks at the codings file for changes made by
  /// another program while the coder is idle.
  static let diskCheckInterval: Int32 = 2000

  /// Runs `thema code <ID> --coder NAME` without `--apply`: the full-screen coding screen.
  static func run(_ context: inout CommandContext, system: TerminalSystem = .live) throws -> Int32 {
    let arguments = context.arguments
    let transcriptID = arguments.argument("ID") ?? ""
    let coderName = try arguments.required("--coder")
    let environment = context.environment
    guard environment.stdinIsTerminal && environment.stdoutIsTerminal else {
      throw CommandFailure(
        CodingScreenProblem.notATerminal(transcript: transcriptID, coder: coderName).message)
    }
    let profile: TerminalProfile
    do {
      profile = try TerminalProfile.detect(
        variables: environment.variables, noColor: arguments.flag("--no-color"))
    } catch {
      throw CommandFailure(
        CodingScreenProblem.unsupportedTerminal(
          error, transcript: transcriptID, coder: coderName
        ).message)
    }
    let project = try context.project()
    var session = try CodingSession.load(
      project: project, transcriptID: transcriptID, coderName: coderName,
      codebookName: arguments.value("--codebook"))
    if session.isNewCoder && !arguments.flag("--new-coder") {
      try confirmNewCoder(session, context: &context, system: system)
    }
    let lock = try project.lockSheet(
      of: session.coder, for: session.transcript.id,
      purpose: "the coding screen of \(session.coder)")
    // Read again under the lock: another process may have written since the first read.
    session.stored = try project.readSheet(
      of: session.coder, for: session.transcript, codebook: session.codebook)
    var state = CodingScreenState(
      transcript: session.transcript, codebook: session.codebook, sheet: session.stored.sheet,
      codingsFile: session.codingsFile, size: TerminalSize(rows: 24, columns: 80))
    let status = try Terminal.withRawMode(system: system, profile: profile) { terminal in
      loop(&state, session: &session, terminal: terminal)
    }
    _ = consume lock
    context.out.write(summary(state, session: session, status: status))
    return status
  }

  /// Draws, waits for an event, lets the core handle it, performs the effects; until quit or a
  /// signal. Returns the exit status.
  static func loop(
    _ state: inout CodingScreenState, session: inout CodingSession, terminal: Terminal
  ) -> Int32 {
    state.resize(to: terminal.size)
    while true {
      terminal.draw(CodingScreenView.render(state, size: terminal.size))
      switch terminal.nextEvent(idleTimeout: diskCheckInterval) {
      case .key(let key):
        for effect in state.update(key) {
          switch effect {
          case .save: save(&state, session: &session)
          case .quit: return 0
          }
        }
      case .resize(let size):
        state.resize(to: size)
      case .redraw:
        state.resize(to: terminal.size)
      case .idle:
        checkDisk(&state, session: &session)
      case .signal(let signal):
        return signal.exitStatus
      case .inputClosed:
        return TerminalSignal.hangup.exitStatus
      }
    }
  }

  /// Writes the codings atomically, refusing when someone else changed the file since it was
  /// last read or written; then reloads their version and says so.
  static func save(_ state: inout CodingScreenState, session: inout CodingSession) {
    // A codebook revision since the screen opened may have renamed the codes it offers.
    let codebookLock: FileLock
    do throws(Diagnostic) {
      codebookLock = try session.project.codebookGuard(
        session.codebook.codebook, purpose: "the coding screen of \(session.coder)", timeout: 2)
    } catch {
      if case .codebookChangedMeanwhile = error.problem {
        state.blockEditing(
          "the codebook was revised since the screen opened; quit (q) and open it again")
      } else {
        state.saveFailed(error.message)
      }
      return
    }
    write(&state, session: &session)
    _ = consume codebookLock
  }

  /// The write of `save`, under the codebook's lock.
  private static func write(_ state: inout CodingScreenState, session: inout CodingSession) {
    do throws(SheetWriteError) {
      let written = try session.project.writeSheet(
        state.sheet, expected: .some(session.stored.contents))
      session.stored.contents = written
      session.stored.sheet = state.sheet
      state.saveSucceeded()
    } catch {
      switch error {
      case .changedOnDisk: reload(&state, session: &session)
      case .diagnostic(let diagnostic): state.saveFailed(diagnostic.message)
      }
    }
  }

  /// While the coder is idle: reloads the codings file when another program changed it.
  static func checkDisk(_ state: inout CodingScreenState, session: inout CodingSession) {
    let path = session.project.absolute(
      session.project.codingsPath(session.transcript.id, session.coder))
    let current = FileManager.default.contents(atPath: path)
    guard current != session.stored.contents else { return }
    reload(&state, session: &session)
  }

  private static func reload(_ state: inout CodingScreenState, session: inout CodingSession) {
    let project = session.project
    do throws(DiagnosticList) {
      let stored = try project.readSheet(
        of: session.coder, for: session.transcript, codebook: session.codebook)
      session.stored = stored
      state.reload(stored.sheet)
    } catch {
      // Keep the broken bytes as "seen", so the file is read again only when it changes.
      let path = project.absolute(project.codingsPath(session.transcript.id, session.coder))
      session.stored.contents = FileManager.default.contents(atPath: path)
      let first = error.diagnostics.first { $0.severity == .error }
      let place = first?.location.map { $0.prefix + ": " } ?? ""
      state.blockEditing(
        "another program wrote \(session.codingsFile) and it now has errors (\(place)"
          + "\(first?.message ?? "unreadable"))")
    }
  }

  /// Asks on the terminal whether to start coding as a coder the study does not know yet.
  private static func confirmNewCoder(
    _ session: CodingSession, context: inout CommandContext, system: TerminalSystem
  ) throws {
    let name = session.coder.rawValue
    let known = session.knownCoders.map(\.rawValue)
    var question = "No coder '\(name)' has codings in this study yet"
    question += known.isEmpty ? "." : " (known coders: \(known.joined(separator: ", ")))."
    let suggestions = Suggestions.closest(to: name, among: known)
    if let first = suggestions.first { question += " Did you mean '\(first)'?" }
    question += "\nStart coding \(session.transcript.id) as new coder '\(name)'? [y/N] "
    context.err.write(question)
    var answer: [UInt8] = []
    var byte: UInt8 = 0
    while answer.count < 80 {
      let result = withUnsafeMutableBytes(of: &byte) { system.read(0, $0) }
      guard case .success(1) = result, byte != UInt8(ascii: "\n") else { break }
      answer.append(byte)
    }
    let reply = String(decoding: answer, as: UTF8.self).trimmed().lowercased()
    guard reply == "y" || reply == "yes" else {
      throw CommandFailure(CodingScreenProblem.newCoderDeclined(name: name).message)
    }
  }

  private static func summary(_ state: CodingScreenState, session: CodingSession, status: Int32)
    -> String
  {
    let count = state.codings.reduce(0) { $0 + $1.count }
    var text =
      "\(state.coder) on \(state.transcript.id): \(plural(count, "coding")) on "
      + "\(state.codedCount) of \(plural(state.transcript.segments.count, "segment"))"
    if state.isDone { text += ", marked done" }
    text +=
      session.stored.contents == nil
      ? "; nothing saved yet.\n" : "; saved in \(session.codingsFile).\n"
    return text
  }
}
