import ThemaCore
import ThemaTerminal

extension CodingScreenState {
  mutating func startNarrowing() {
    guard let coding = pickedCoding else {
      message = noCodesMessage()
      return
    }
    guard editingBlocked == nil else {
      message = StatusMessage(.error, "Changes are off: \(editingBlocked ?? "").")
      return
    }
    guard
      let narrowing = QuoteNarrowing(segment: current, text: currentSegment.text, coding: coding)
    else {
      message = StatusMessage(.info, "\(currentSegment.id.rawValue) has no words to quote.")
      return
    }
    mode = .narrow(narrowing)
  }

  mutating func narrowKey(_ key: Key, _ narrowing: QuoteNarrowing) -> [CodingScreenEffect] {
    var narrowing = narrowing
    guard let action = CodingScreenKeys.narrow.action(for: key) else {
      message = StatusMessage(
        .info, "Narrowing a quote: Enter keeps it, Esc cancels, ? lists the keys.")
      if key == .character("?") { mode = .help(scroll: 0) }
      return []
    }
    switch action {
    case .left, .right, .grow, .shrink, .growSentence, .shrinkSentence, .nextSentence,
      .previousSentence:
      _ = narrowing.perform(action)
    case .whole:
      mode = .browse
      guard narrowing.original.span != nil else {
        message = StatusMessage(.info, "It already covers the whole segment.")
        return []
      }
      return finishNarrowing(narrowing, span: nil)
    case .keep:
      mode = .browse
      return finishNarrowing(narrowing, span: narrowing.span)
    case .cancel:
      mode = .browse
      return []
    }
    mode = .narrow(narrowing)
    return []
  }
}
