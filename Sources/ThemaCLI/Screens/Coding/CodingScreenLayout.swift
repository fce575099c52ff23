import ThemaTerminal

/// Where each part of the coding screen goes for a terminal size: title and attributes at the
/// top, the segment list, the codebook pane (right of the list, or over it on narrow
/// terminals), the completion menu above the prompt, the status rows, and the key hints at the
/// bottom. `update` scrolls by it and `render` draws by it, so both agree.
struct CodingScreenLayout: Hashable, Sendable {
  /// The smallest terminal the screen is drawn in; below it the screen says how big it must be.
  static let minimum = TerminalSize(rows: 12, columns: 40)
  /// The most rows a status message takes.
  static let messageRows = 3

  let size: TerminalSize
  let isTooSmall: Bool
  let list: ScreenRect
  let pane: ScreenRect?
  let menu: ScreenRect?
  let status: ScreenRect
  let hintRow: Int

  init(_ state: CodingScreenState, size: TerminalSize) {
    self.size = size
    isTooSmall =
      size.rows < Self.minimum.rows || size.columns < Self.minimum.columns
    var statusRows = 1
    var hasPrompt = false
    if case .prompt = state.mode { hasPrompt = true }
    if let message = state.message {
      let lines = WrappedText(message.text, width: size.columns - 1).lines.count
      statusRows = min(Self.messageRows, lines) + (hasPrompt ? 1 : 0)
    }
    hintRow = size.rows - 1
    status = ScreenRect(
      row: size.rows - 1 - statusRows, column: 0, height: statusRows, width: size.columns)
    var listBottom = status.row
    if case .prompt(let prompt) = state.mode, prompt.kind == .apply {
      let height = min(10, max(4, (size.rows - 4 - statusRows) / 2))
      menu = ScreenRect(row: status.row - height, column: 0, height: height, width: size.columns)
      listBottom -= height
    } else {
      menu = nil
    }
    let listHeight = listBottom - 2
    if case .codebook = state.mode {
      if size.columns >= 80 {
        let width = size.columns >= 120 ? size.columns * 2 / 5 : size.columns * 9 / 20
        pane = ScreenRect(
          row: 2, column: size.columns - width, height: listHeight, width: width)
        list = ScreenRect(row: 2, column: 0, height: listHeight, width: size.columns - width - 1)
      } else {
        pane = ScreenRect(row: 2, column: 0, height: listHeight, width: size.columns)
        list = ScreenRect(row: 2, column: 0, height: 0, width: 0)
      }
    } else {
      pane = nil
      list = ScreenRect(row: 2, column: 0, height: listHeight, width: size.columns)
    }
  }

  /// The width segment blocks are laid out at, never so narrow that wrapping stalls.
  var blockWidth: Int { max(Self.minimum.columns, list.width) }

  /// The list's height for scrolling, at least one line.
  var viewport: Int { max(1, list.height) }
}
