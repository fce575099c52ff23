/// What the terminal can do, decided from `TERM` and `NO_COLOR` (passed in, never read from
/// the process here): whether full-screen drawing works at all, and whether to use colour.
public struct TerminalProfile: Hashable, Sendable {
  /// Whether colours are drawn; attributes (bold, reverse, underline) are drawn either way.
  public var usesColor: Bool

  /// Creates a profile.
  public init(usesColor: Bool) {
    self.usesColor = usesColor
  }

  /// Why a terminal cannot show a full screen.
  public enum Unsupported: Error, Hashable, Sendable {
    /// `TERM` is not set.
    case noTerm
    /// `TERM=dumb`: the terminal cannot move the cursor.
    case dumb
  }

  /// The profile for a terminal with these environment variables, or why it cannot show a
  /// full screen. Colour is off when `NO_COLOR` is set (https://no-color.org) or `noColor`
  /// (a `--no-color` flag) is true.
  public static func detect(variables: [String: String], noColor: Bool = false) throws(Unsupported)
    -> TerminalProfile
  {
    guard let term = variables["TERM"], !term.isEmpty else { throw .noTerm }
    guard term != "dumb" else { throw .dumb }
    return TerminalProfile(usesColor: !noColor && variables["NO_COLOR"] == nil)
  }
}
