import ThemaTerminal

/// What a key does on the resolve screen.
enum ResolveAction: Hashable, Sendable {
  case next, previous, nextOpen, previousOpen, first, last
  case acceptFirst, acceptSecond, both, neither, recode, span, rationale, undo
  case toggleAgreements, help, quit
}

/// The resolve screen's keys, which both `update` and the help overlay read.
enum ResolveScreenKeys {
  static let browse = KeyMap<ResolveAction>([
    .init(
      "Decide the current item",
      [
        .init([.character("1")], "take the first coder's codings", .acceptFirst),
        .init([.character("2")], "take the second coder's codings", .acceptSecond),
        .init(
          [.character("3"), .character("b")], "both (every span either used)", .both, label: "3 b"),
        .init(
          [.character("0"), .character("n")], "neither: the code does not apply", .neither,
          label: "0 n"),
        .init([.character("c")], "a different code applies (prompt)", .recode),
        .init([.character("v")], "the code applies to a part: choose the span", .span),
        .init([.character("r")], "write the rationale", .rationale),
        .init([.character("u")], "undo the latest decision", .undo),
      ]),
    .init(
      "Move",
      [
        .init([.character("j"), .down], "next / previous item", .next, label: "j k ↓ ↑"),
        .init([.character("k"), .up], "", .previous),
        .init([.tab, .character("]")], "next / previous undecided", .nextOpen, label: "Tab S-Tab"),
        .init([.backTab, .character("[")], "", .previousOpen),
        .init([.home, .character("g")], "first / last item", .first, label: "g G"),
        .init([.end, .character("G")], "", .last),
      ]),
    .init(
      "Screen",
      [
        .init([.character("A")], "review agreements too (or not)", .toggleAgreements),
        .init([.character("?"), Key(.function(1))], "this help", .help, label: "? F1"),
        .init([.character("q"), .control("q")], "quit (all is saved)", .quit, label: "q"),
      ]),
  ])

  static var helpSections: [HelpOverlay.Section] {
    browse.help
      + CodingScreenKeys.narrow.help.map { section in
        HelpOverlay.Section(title: "Choose a span (v)", entries: section.entries)
      }
  }

  static let helpIntro =
    "Each item is a code on a segment that the two coders applied differently. Read the "
    + "segment and the code's rules, then decide: 1 or 2 takes one coder's codings, 3 both, 0 "
    + "neither, c another code, v a span; r adds why. Every decision is saved at once, with the "
    + "time and your name, in decisions.jsonl; u undoes it."
}
