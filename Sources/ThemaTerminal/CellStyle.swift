/// How a cell is drawn: text attributes and, when the terminal shows colour, colours.
///
/// Screens should make structure visible with attributes alone (reverse, bold, underline), so
/// they stay usable without colour (`NO_COLOR`); colour only adds to it.
public struct CellStyle: Hashable, Sendable {
  /// Bold, dim, italic, underline, reverse.
  public var attributes: TextAttributes
  /// The text colour, or nil for the terminal's default.
  public var foreground: TerminalColor?
  /// The background colour, or nil for the terminal's default.
  public var background: TerminalColor?

  /// Creates a style.
  public init(
    _ attributes: TextAttributes = [], foreground: TerminalColor? = nil,
    background: TerminalColor? = nil
  ) {
    self.attributes = attributes
    self.foreground = foreground
    self.background = background
  }

  /// The terminal's default look.
  public static let plain = CellStyle()

  /// This style with `attributes` added.
  public func adding(_ attributes: TextAttributes) -> CellStyle {
    var copy = self
    copy.attributes.formUnion(attributes)
    return copy
  }

  /// The style with its colours removed, as drawn when colour is off.
  public var withoutColor: CellStyle { CellStyle(attributes) }
}

/// Text attributes a terminal can show without colour.
public struct TextAttributes: OptionSet, Hashable, Sendable {
  /// The attributes as bits.
  public let rawValue: UInt8

  /// Creates attributes from bits.
  public init(rawValue: UInt8) {
    self.rawValue = rawValue
  }

  /// Bold (SGR 1).
  public static let bold = TextAttributes(rawValue: 1 << 0)
  /// Dim (SGR 2).
  public static let dim = TextAttributes(rawValue: 1 << 1)
  /// Italic (SGR 3); `screen` shows it as reverse or not at all.
  public static let italic = TextAttributes(rawValue: 1 << 2)
  /// Underline (SGR 4).
  public static let underline = TextAttributes(rawValue: 1 << 3)
  /// Reverse video (SGR 7), for the highlighted line.
  public static let reverse = TextAttributes(rawValue: 1 << 4)

  /// Each attribute with its SGR parameter and its name in snapshots.
  static let all: [(attribute: TextAttributes, sgr: String, name: String)] = [
    (.bold, "1", "bold"), (.dim, "2", "dim"), (.italic, "3", "italic"),
    (.underline, "4", "underline"), (.reverse, "7", "reverse"),
  ]

  /// The attributes' names joined by spaces, e.g. `bold reverse`.
  public var names: String {
    Self.all.filter { contains($0.attribute) }.map(\.name).joined(separator: " ")
  }
}

/// One of the 16 ANSI colours every colour terminal (xterm, screen, tmux, the Linux console)
/// shows, so colour works without asking the terminal what it supports.
public enum TerminalColor: UInt8, Hashable, Sendable, CaseIterable {
  /// Black.
  case black = 0
  /// Red.
  case red
  /// Green.
  case green
  /// Yellow.
  case yellow
  /// Blue.
  case blue
  /// Magenta.
  case magenta
  /// Cyan.
  case cyan
  /// White (light grey on most terminals).
  case white
  /// Bright black (dark grey).
  case brightBlack
  /// Bright red.
  case brightRed
  /// Bright green.
  case brightGreen
  /// Bright yellow.
  case brightYellow
  /// Bright blue.
  case brightBlue
  /// Bright magenta.
  case brightMagenta
  /// Bright cyan.
  case brightCyan
  /// Bright white.
  case brightWhite

  /// The SGR parameter that sets this colour as text (`foreground`) or background colour.
  func sgr(foreground: Bool) -> String {
    let base: UInt8 = rawValue < 8 ? (foreground ? 30 : 40) : (foreground ? 90 : 100)
    return String(base + rawValue % 8)
  }
}
