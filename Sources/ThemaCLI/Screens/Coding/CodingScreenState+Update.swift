import ThemaCore
import ThemaTerminal

extension CodingScreenState {
  /// Handles one key: changes the state and returns what the shell must do (save, quit).
  public mutating func update(_ key: Key) -> [CodingScreenEffect] {
    // Esc then a key typed within the escape timeout arrives as Alt and the key: read it as
    // the two keys the coder meant.
    if key.modifiers == .alt, case .character(let character) = key.code {
      return update(.escape) + update(.character(character))
    }
    let keepsMessage: Bool
    if case .prompt = mode { keepsMessage = key.code == .enter } else { keepsMessage = false }
    if !keepsMessage { message = nil }
    if CodingScreenLayout(self, size: size).isTooSmall {
      return key == .character("q") || key == .control("q") ? [.quit] : []
    }
    let effects: [CodingScreenEffect]
    switch mode {
    case .browse: effects = browse(key)
    case .prompt(let prompt): effects = promptKey(key, prompt)
    case .narrow(let narrowing): effects = narrowKey(key, narrowing)
    case .help(let scroll): effects = helpKey(key, scroll: scroll)
    case .codebook(let pane): effects = paneKey(key, pane)
    }
    ensureVisible()
    return effects
  }

  /// Lays the screen out for a new terminal size.
  public mutating func resize(to size: TerminalSize) {
    self.size = size
    ensureVisible()
  }

  private mutating func browse(_ key: Key) -> [CodingScreenEffect] {
    guard let action = CodingScreenKeys.browse.action(for: key) else {
      if let character = key.text, character.isNumber {
        // Typing a code's ID starts the apply prompt with it.
        return startApplying(with: String(character))
      }
      if key.text != nil { message = StatusMessage(.info, "Press ? to see the keys.") }
      return []
    }
    switch action {
    case .down: scrollOrMove(by: 1)
    case .up: scrollOrMove(by: -1)
    case .pageDown: page(by: 1)
    case .pageUp: page(by: -1)
    case .first: move(to: 0)
    case .last: move(to: transcript.segments.count - 1)
    case .nextUncoded: moveToUncoded(forward: true)
    case .previousUncoded: moveToUncoded(forward: false)
    case .jump: mode = .prompt(CodingPrompt(.jump))
    case .search: mode = .prompt(CodingPrompt(.search))
    case .nextMatch: findNext(forward: true)
    case .previousMatch: findNext(forward: false)
    case .apply: return startApplying(with: "")
    case .pickNext: pick(by: 1)
    case .pickPrevious: pick(by: -1)
    case .remove: return removePicked()
    case .star: return toggleStar()
    case .memo: startMemo()
    case .narrow: startNarrowing()
    case .undo: return undo()
    case .redo: return redo()
    case .done: return toggleDone()
    case .codebook: openCodebook()
    case .help: mode = .help(scroll: 0)
    case .quit: return [.quit]
    }
    return []
  }

  private mutating func helpKey(_ key: Key, scroll: Int) -> [CodingScreenEffect] {
    let step = max(1, CodingScreenLayout(self, size: size).list.height - 2)
    switch key {
    case .down, .character("j"): mode = .help(scroll: scroll + 1)
    case .up, .character("k"): mode = .help(scroll: max(0, scroll - 1))
    case .pageDown, .character(" "): mode = .help(scroll: scroll + step)
    case .pageUp, .character("b"): mode = .help(scroll: max(0, scroll - step))
    default: mode = .browse
    }
    if case .help(let wanted) = mode {
      let area = CodingScreenView.helpArea(CodingScreenLayout(self, size: size))
      let height = HelpOverlay.contentHeight(
        intro: CodingScreenKeys.helpIntro, sections: CodingScreenKeys.helpSections,
        footer: CodingScreenView.helpFooter, area: area)
      mode = .help(scroll: max(0, min(wanted, height - (area.height - 2))))
    }
    return []
  }
}
