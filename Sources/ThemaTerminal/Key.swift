/// A key press as decoded from the terminal's bytes: what was pressed and with which modifiers.
///
/// Printable input arrives as `.character`, one Unicode scalar per key (a combining mark typed
/// after a letter arrives as its own key and joins the letter when inserted into text). Shifted
/// letters arrive as their capitals, without `.shift`.
public struct Key: Hashable, Sendable, CustomStringConvertible {
  /// What was pressed.
  public enum Code: Hashable, Sendable {
    /// A printable character, or a letter pressed with Ctrl (then `modifiers` has `.control`).
    case character(Character)
    /// Return or Enter.
    case enter
    /// Tab (Shift-Tab is `.tab` with `.shift`).
    case tab
    /// Backspace (the key that deletes to the left).
    case backspace
    /// Escape on its own.
    case escape
    /// Arrow up.
    case up
    /// Arrow down.
    case down
    /// Arrow left.
    case left
    /// Arrow right.
    case right
    /// Home.
    case home
    /// End.
    case end
    /// Page Up.
    case pageUp
    /// Page Down.
    case pageDown
    /// Insert.
    case insert
    /// Delete (the key that deletes to the right).
    case delete
    /// A function key, F1 to F12 (some terminals send up to F20).
    case function(Int)
  }

  /// What was pressed.
  public var code: Code
  /// Shift, Alt, Ctrl and Meta held with it.
  public var modifiers: KeyModifiers

  /// Creates a key.
  public init(_ code: Code, modifiers: KeyModifiers = []) {
    self.code = code
    self.modifiers = modifiers
  }

  /// A printable character typed without modifiers.
  public static func character(_ character: Character) -> Key { Key(.character(character)) }

  /// A letter or symbol typed with Ctrl held, e.g. `.control("r")` for Ctrl-R.
  public static func control(_ character: Character) -> Key {
    Key(.character(character), modifiers: .control)
  }

  /// Return or Enter.
  public static let enter = Key(.enter)
  /// Tab.
  public static let tab = Key(.tab)
  /// Shift-Tab.
  public static let backTab = Key(.tab, modifiers: .shift)
  /// Backspace.
  public static let backspace = Key(.backspace)
  /// Escape.
  public static let escape = Key(.escape)
  /// Arrow up.
  public static let up = Key(.up)
  /// Arrow down.
  public static let down = Key(.down)
  /// Arrow left.
  public static let left = Key(.left)
  /// Arrow right.
  public static let right = Key(.right)
  /// Home.
  public static let home = Key(.home)
  /// End.
  public static let end = Key(.end)
  /// Page Up.
  public static let pageUp = Key(.pageUp)
  /// Page Down.
  public static let pageDown = Key(.pageDown)
  /// Delete.
  public static let delete = Key(.delete)

  /// The character typed, when this is a printable character without Ctrl, Alt or Meta.
  public var text: Character? {
    guard case .character(let character) = code,
      modifiers.isDisjoint(with: [.control, .alt, .meta])
    else { return nil }
    return character
  }

  /// How the key is written in help and messages: `j`, `Ctrl-R`, `Shift-Tab`, `↑`, `PgDn`.
  public var description: String {
    var prefix = ""
    if modifiers.contains(.control) { prefix += "Ctrl-" }
    if modifiers.contains(.alt) { prefix += "Alt-" }
    if modifiers.contains(.meta) { prefix += "Meta-" }
    if modifiers.contains(.shift) { prefix += "Shift-" }
    return prefix + code.name(controlled: modifiers.contains(.control))
  }
}

extension Key.Code {
  fileprivate func name(controlled: Bool) -> String {
    switch self {
    case .character(" "): return "Space"
    case .character(let character): return controlled ? character.uppercased() : String(character)
    case .enter: return "Enter"
    case .tab: return "Tab"
    case .backspace: return "Backspace"
    case .escape: return "Esc"
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .home: return "Home"
    case .end: return "End"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .insert: return "Ins"
    case .delete: return "Del"
    case .function(let number): return "F\(number)"
    }
  }
}

/// Modifier keys held with a key, as xterm encodes them in escape sequences.
public struct KeyModifiers: OptionSet, Hashable, Sendable {
  /// The modifiers as bits, in xterm's order (shift 1, alt 2, ctrl 4, meta 8).
  public let rawValue: UInt8

  /// Creates modifiers from bits.
  public init(rawValue: UInt8) {
    self.rawValue = rawValue
  }

  /// Shift.
  public static let shift = KeyModifiers(rawValue: 1)
  /// Alt (Option on a Mac set to act as Meta).
  public static let alt = KeyModifiers(rawValue: 2)
  /// Control.
  public static let control = KeyModifiers(rawValue: 4)
  /// Meta.
  public static let meta = KeyModifiers(rawValue: 8)

  /// The modifiers of xterm's modifier parameter (`1;5A` is Ctrl-↑: 5 - 1 = 4 = ctrl).
  init(xtermParameter parameter: Int) {
    self.init(rawValue: UInt8(clamping: max(0, parameter - 1) & 0x0F))
  }
}
