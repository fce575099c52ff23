import ThemaTerminal

/// Why the coding screen cannot open, as data; `message` holds the wording.
enum CodingScreenProblem: Error, Hashable, Sendable {
  /// Standard input or output is not a terminal (a pipe, a file, a script).
  case notATerminal(transcript: String, coder: String)
  /// The terminal cannot show a full screen.
  case unsupportedTerminal(TerminalProfile.Unsupported, transcript: String, coder: String)
  /// A new coder was not confirmed.
  case newCoderDeclined(name: String)

  /// What is wrong and what to do.
  var message: String {
    switch self {
    case .notATerminal(let transcript, let coder):
      return
        "the coding screen needs a terminal, but standard input or output is not one. Run "
        + "'thema code \(transcript) --coder \(coder)' in a terminal, or code from a script "
        + "with --apply SEGMENT=CODES, --remove SEGMENT=CODES or --done (see 'thema code --help')"
    case .unsupportedTerminal(let reason, let transcript, let coder):
      let why =
        reason == .dumb
        ? "TERM is 'dumb', a terminal that cannot move the cursor"
        : "TERM is not set, so the kind of terminal is unknown"
      return
        "the coding screen cannot run here: \(why). Set TERM (e.g. 'TERM=xterm-256color thema "
        + "code \(transcript) --coder \(coder)'), or code with --apply SEGMENT=CODES"
    case .newCoderDeclined(let name):
      return
        "not starting as new coder '\(name)'; nothing was changed. Check the name, or pass "
        + "--new-coder to start coding as '\(name)'"
    }
  }
}
