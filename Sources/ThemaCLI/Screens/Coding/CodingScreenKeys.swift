import ThemaTerminal

/// What a key does on the coding screen while moving through segments.
enum CodingAction: Hashable, Sendable {
  case down, up, pageDown, pageUp, first, last, nextUncoded, previousUncoded
  case jump, search, nextMatch, previousMatch
  case apply, pickNext, pickPrevious, remove, star, memo, narrow, undo, redo, done
  case codebook, help, quit
}

/// What a key does while narrowing a coding to a quote.
enum NarrowAction: Hashable, Sendable {
  case left, right, grow, shrink, growSentence, shrinkSentence, nextSentence, previousSentence
  case whole, keep, cancel
}

/// What a key does in the codebook pane.
enum PaneAction: Hashable, Sendable {
  case up, down, pageUp, pageDown, first, last, apply, close
}

/// The coding screen's keys: one table each for moving, narrowing and the codebook pane,
/// which both `update` and the help overlay read.
enum CodingScreenKeys {
  static let browse = KeyMap<CodingAction>([
    .init(
      "Code the current segment",
      [
        .init(
          [.character("a"), .enter], "apply codes (ID or name)", .apply, label: "a Enter"),
        .init(
          [.right, .character("l")], "pick a code of the segment", .pickNext, label: "← → h l"),
        .init([.left, .character("h")], "", .pickPrevious),
        .init(
          [.character("x"), .character("d"), .delete], "remove the picked code", .remove,
          label: "x d Del"),
        .init([.character("s"), .character("*")], "star it as a quote", .star, label: "s *"),
        .init([.character("m")], "write a memo on it", .memo),
        .init([.character("v"), .character("\"")], "narrow it to a quote", .narrow, label: "v"),
        .init([.character("u")], "undo", .undo),
        .init([.control("r"), .character("U")], "redo", .redo, label: "U Ctrl-R"),
        .init([.character("D")], "mark the transcript done", .done),
      ]),
    .init(
      "Move",
      [
        .init([.character("j"), .down], "next / previous segment", .down, label: "j k ↓ ↑"),
        .init([.character("k"), .up], "", .up),
        .init(
          [.pageDown, .character(" "), .control("f")], "page down / up", .pageDown,
          label: "PgDn PgUp"),
        .init([.pageUp, .character("b"), .control("b")], "", .pageUp),
        .init([.home, .character("g")], "first / last segment", .first, label: "g G"),
        .init([.end, .character("G")], "", .last),
        .init(
          [.tab, .character("]")], "next / previous uncoded", .nextUncoded, label: "Tab S-Tab"),
        .init([.backTab, .character("[")], "", .previousUncoded),
        .init([.character(":")], "jump to a segment (S12)", .jump),
        .init([.character("/")], "search the text", .search),
        .init([.character("n")], "next / previous match", .nextMatch, label: "n N"),
        .init([.character("N")], "", .previousMatch),
      ]),
    .init(
      "Screen",
      [
        .init([.character("c")], "codebook: tree and rules", .codebook),
        .init([.character("?"), Key(.function(1))], "this help", .help, label: "? F1"),
        .init([.character("q"), .control("q")], "quit (all is saved)", .quit, label: "q"),
      ]),
  ])

  static let narrow = KeyMap<NarrowAction>([
    .init(
      "Narrow to a quote (v)",
      [
        .init([.right, .character("l")], "move it a word", .right, label: "← → h l"),
        .init([.left, .character("h")], "", .left),
        .init(
          [.character("+"), .character("="), Key(.right, modifiers: .shift), .character("L")],
          "add / drop a word", .grow, label: "+ - L H"),
        .init([.character("-"), Key(.left, modifiers: .shift), .character("H")], "", .shrink),
        .init(
          [.down, .character("j")], "add / drop a sentence", .growSentence, label: "↓ ↑ j k"),
        .init([.up, .character("k")], "", .shrinkSentence),
        .init(
          [.character(")"), .tab], "next / previous sentence", .nextSentence, label: ") ( Tab"),
        .init([.character("("), .backTab], "", .previousSentence),
        .init([.character("w")], "whole segment again", .whole),
        .init([.enter], "keep the quote", .keep),
        .init([.escape, .character("q")], "cancel", .cancel, label: "Esc"),
      ])
  ])

  static let pane = KeyMap<PaneAction>([
    .init(
      "Codebook pane (c)",
      [
        .init([.down, .character("j")], "next / previous code", .down, label: "↓ ↑ j k"),
        .init([.up, .character("k")], "", .up),
        .init([.pageDown, .character(" ")], "page down / up", .pageDown, label: "PgDn PgUp"),
        .init([.pageUp, .character("b")], "", .pageUp),
        .init([.home, .character("g")], "first / last code", .first, label: "g G"),
        .init([.end, .character("G")], "", .last),
        .init([.enter, .character("a")], "apply it to the segment", .apply, label: "Enter"),
        .init([.escape, .character("c"), .character("q")], "close", .close, label: "Esc"),
      ])
  ])

  /// The apply prompt's keys, which the line editor and completion handle.
  static let prompt = HelpOverlay.Section(
    title: "Apply prompt (a)",
    entries: [
      ("1a lived", "an ID or words of a name"),
      ("1a 2b", "several codes at once"),
      ("1a*", "apply it starred"),
      ("Tab ↓ ↑", "complete: next / previous"),
      ("Enter Esc", "apply / cancel"),
    ])

  /// What the marks on code badges mean.
  static let badges = HelpOverlay.Section(
    title: "Badges",
    entries: [
      ("T2/1a", "code on the whole segment"),
      ("1a\"", "narrowed to a quote"),
      ("1a*", "starred quote"),
      ("1a✎", "has a memo"),
    ])

  /// Every section of the help overlay.
  static var helpSections: [HelpOverlay.Section] {
    let moving = browse.help
    return [moving[0], prompt, moving[1]] + narrow.help + pane.help + [moving[2], badges]
  }

  static let helpIntro =
    "To code a segment: move to it (j/k or ↓/↑), press a, type a code's ID or a word of its "
    + "name (Tab completes), Enter. Every change is saved at once; u undoes it."
}
