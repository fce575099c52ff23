import ThemaTerminal

/// The styles Thema's screens share, so the coding and resolving screens look alike. Structure
/// is carried by attributes (reverse, bold, underline), so everything stays readable without
/// colour; colour only adds to it.
public enum ScreenTheme {
  /// The title bar.
  public static let title = CellStyle([.reverse, .bold])
  /// Secondary text in the title bar.
  public static let titleDetail = CellStyle(.reverse)
  /// Secondary text: attributes, times, hints.
  public static let dim = CellStyle(.dim)
  /// The marker and ID of the current item.
  public static let current = CellStyle(.bold)
  /// A code badge.
  public static let badge = CellStyle(.bold, foreground: .cyan)
  /// The code badge picked for star, memo, quote and remove.
  public static let pickedBadge = CellStyle([.bold, .reverse], foreground: .cyan)
  /// Text inside the picked coding's quote, or the quote being narrowed.
  public static let quote = CellStyle(.reverse)
  /// A search match.
  public static let match = CellStyle(.underline, foreground: .yellow)
  /// The highlighted line of a menu or tree.
  public static let selected = CellStyle(.reverse)
  /// Borders and rules.
  public static let border = CellStyle(.dim)
  /// A key name in hints and help.
  public static let key = CellStyle(.bold)
  /// A heading in help and panes.
  public static let heading = CellStyle([.bold, .underline])

  /// The style of a status message of `kind`.
  public static func message(_ kind: StatusMessage.Kind) -> CellStyle {
    switch kind {
    case .info: return .plain
    case .success: return CellStyle([], foreground: .green)
    case .warning: return CellStyle(.bold, foreground: .yellow)
    case .error: return CellStyle(.bold, foreground: .red)
    }
  }
}

/// A message on a screen's status line.
public struct StatusMessage: Hashable, Sendable {
  /// How the message reads: news, success, a warning or an error.
  public enum Kind: Hashable, Sendable {
    /// Neutral news.
    case info
    /// Something worked.
    case success
    /// Something needs attention.
    case warning
    /// Something did not work.
    case error
  }

  /// Its kind.
  public var kind: Kind
  /// Its text.
  public var text: String

  /// Creates a message.
  public init(_ kind: Kind, _ text: String) {
    self.kind = kind
    self.text = text
  }
}
