/// ANSI styling of command output, applied only when colour is on (a terminal, no `NO_COLOR`,
/// no `--no-color`, and `TERM` is not `dumb`).
public struct TextStyle: Sendable {
  /// Whether styling is applied.
  public let isEnabled: Bool

  /// Creates a style; with `isEnabled` false every function returns its text unchanged.
  public init(isEnabled: Bool) {
    self.isEnabled = isEnabled
  }

  private func wrap(_ text: String, _ code: String) -> String {
    isEnabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  /// Bold text.
  public func bold(_ text: String) -> String { wrap(text, "1") }
  /// Dimmed text, for secondary information.
  public func dim(_ text: String) -> String { wrap(text, "2") }
  /// Red bold, for errors.
  public func error(_ text: String) -> String { wrap(text, "1;31") }
  /// Magenta bold, for warnings.
  public func warning(_ text: String) -> String { wrap(text, "1;35") }
  /// Cyan, for notes and hints.
  public func note(_ text: String) -> String { wrap(text, "36") }
  /// Green, for good news.
  public func good(_ text: String) -> String { wrap(text, "32") }
  /// Yellow, for figures below a threshold.
  public func caution(_ text: String) -> String { wrap(text, "33") }
  /// Red, for bad figures.
  public func bad(_ text: String) -> String { wrap(text, "31") }
}
