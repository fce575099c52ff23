/// What the terminal reports to a full-screen program's loop.
public enum TerminalEvent: Hashable, Sendable {
  /// A key was pressed.
  case key(Key)
  /// The window changed size; the next frame is drawn in full.
  case resize(TerminalSize)
  /// The screen must be drawn again in full (after a suspend and resume).
  case redraw
  /// A signal asks the program to end: Ctrl-C, `kill`, or the terminal hung up.
  case signal(TerminalSignal)
  /// The keyboard is gone (end of input or an I/O error, e.g. the SSH session closed).
  case inputClosed
  /// Nothing happened within the idle timeout given to `nextEvent`.
  case idle
}
