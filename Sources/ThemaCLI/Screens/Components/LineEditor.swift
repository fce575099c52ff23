import ThemaTerminal

/// A one-line text field for prompts: typing, the cursor keys and the usual shell editing keys
/// (Ctrl-A/E, Ctrl-U/K, Ctrl-W), drawn so the cursor stays in view however long the text.
public struct LineEditor: Hashable, Sendable {
  /// The text as characters.
  public private(set) var characters: [Character]
  /// The cursor's position: before `characters[cursor]`, or at the end.
  public private(set) var cursor: Int

  /// What a key did to the field.
  public enum Outcome: Hashable, Sendable {
    /// The text changed.
    case edited
    /// Only the cursor moved.
    case moved
    /// Enter: the caller takes the text.
    case submitted
    /// Esc: the caller closes the field.
    case cancelled
    /// The field does not use this key.
    case ignored
  }

  /// A field holding `text` with the cursor at its end.
  public init(_ text: String = "") {
    characters = Array(text)
    cursor = characters.count
  }

  /// The text.
  public var text: String { String(characters) }

  /// Replaces the text, putting the cursor at its end.
  public mutating func setText(_ text: String) {
    characters = Array(text)
    cursor = characters.count
  }

  /// Handles one key.
  public mutating func handle(_ key: Key) -> Outcome {
    if let character = key.text {
      characters.insert(character, at: cursor)
      cursor += 1
      return .edited
    }
    switch (key.code, key.modifiers) {
    case (.enter, _): return .submitted
    case (.escape, _), (.character("g"), .control): return .cancelled
    case (.backspace, _), (.character("h"), .control):
      guard cursor > 0 else { return .moved }
      cursor -= 1
      characters.remove(at: cursor)
      return .edited
    case (.delete, _), (.character("d"), .control):
      guard cursor < characters.count else { return .moved }
      characters.remove(at: cursor)
      return .edited
    case (.left, []), (.character("b"), .control):
      cursor = max(0, cursor - 1)
      return .moved
    case (.right, []), (.character("f"), .control):
      cursor = min(characters.count, cursor + 1)
      return .moved
    case (.left, _):
      cursor = wordStart(before: cursor)
      return .moved
    case (.right, _):
      cursor = wordEnd(after: cursor)
      return .moved
    case (.home, _), (.character("a"), .control):
      cursor = 0
      return .moved
    case (.end, _), (.character("e"), .control):
      cursor = characters.count
      return .moved
    case (.character("u"), .control):
      characters.removeFirst(cursor)
      cursor = 0
      return .edited
    case (.character("k"), .control):
      characters.removeLast(characters.count - cursor)
      return .edited
    case (.character("w"), .control), (.backspace, .alt):
      let start = wordStart(before: cursor)
      characters.removeSubrange(start..<cursor)
      cursor = start
      return .edited
    default:
      return .ignored
    }
  }

  private func wordStart(before position: Int) -> Int {
    var index = position
    while index > 0, characters[index - 1] == " " { index -= 1 }
    while index > 0, characters[index - 1] != " " { index -= 1 }
    return index
  }

  private func wordEnd(after position: Int) -> Int {
    var index = position
    while index < characters.count, characters[index] == " " { index += 1 }
    while index < characters.count, characters[index] != " " { index += 1 }
    return index
  }

  /// Draws the field in `width` columns from `column` on `row`, scrolled so the cursor shows,
  /// and places the frame's cursor there.
  public func draw(
    into frame: inout Frame, row: Int, column: Int, width: Int, style: CellStyle = .plain
  ) {
    guard width > 1 else { return }
    let widths = characters.map { DisplayWidth.of($0) }
    var before = widths[..<cursor].reduce(0, +)
    var first = 0
    while before > width - 1, first < cursor {
      before -= widths[first]
      first += 1
    }
    frame.put(
      String(characters[first...]), row: row, column: column, style: style,
      limit: column + width)
    frame.cursor = CellPosition(row: row, column: column + before)
  }
}
