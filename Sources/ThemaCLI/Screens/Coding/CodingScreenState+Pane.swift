import ThemaCore
import ThemaTerminal

extension CodingScreenState {
  mutating func openCodebook() {
    let cursor = pickedCoding.flatMap { codebook.order(of: $0.code) } ?? 0
    mode = .codebook(CodebookPane(cursor: cursor))
  }

  mutating func paneKey(_ key: Key, _ pane: CodebookPane) -> [CodingScreenEffect] {
    var pane = pane
    let count = codebook.entries.count
    let page = max(1, (CodingScreenLayout(self, size: size).pane?.height ?? 10) / 3)
    guard let action = CodingScreenKeys.pane.action(for: key) else {
      if key == .character("?") {
        mode = .help(scroll: 0)
      } else {
        message = StatusMessage(.info, "In the codebook: ↑↓ browse, Enter applies, Esc closes.")
      }
      return []
    }
    switch action {
    case .down: pane.cursor = min(count - 1, pane.cursor + 1)
    case .up: pane.cursor = max(0, pane.cursor - 1)
    case .pageDown: pane.cursor = min(count - 1, pane.cursor + page)
    case .pageUp: pane.cursor = max(0, pane.cursor - page)
    case .first: pane.cursor = 0
    case .last: pane.cursor = count - 1
    case .apply:
      guard count > 0, editingBlocked == nil else {
        message = StatusMessage(.error, "Changes are off: \(editingBlocked ?? "").")
        return []
      }
      mode = .codebook(pane)
      return apply([(codebook.entries[pane.cursor].path, [])])
    case .close:
      mode = .browse
      return []
    }
    mode = .codebook(pane)
    return []
  }
}
