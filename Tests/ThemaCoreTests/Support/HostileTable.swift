import Testing

@testable import ThemaCore

/// A quote table whose every text is hostile: markup, formula starters, TeX specials and
/// control characters, for checking that each format defuses them.
enum HostileTable {
  static let script = "<script>alert('x')</script>"
  static let tex = "\\input{/etc/passwd} 100% $x$ #1 a_b ~ ^ & {}"
  static let formula = "=HYPERLINK(\"http://evil.example\",\"click\")"
  static let controls = "bell\u{7} escape\u{1B}[31m nul\u{0} end"
  static let pipes = "a | b | c"

  static func quote(_ text: String, _ segment: Int) throws -> Quote {
    Quote(
      transcript: try #require(TranscriptID(rawValue: "X-1")), segment: SegmentID(number: segment),
      code: CodePath(components: ["T1", "1"]), span: nil, isStarred: false, text: text,
      attribution: "X-1, \(script)")
  }

  /// The table: one section with a hostile theme row of six hostile quotes and a plain row.
  static func table() throws -> QuoteTable {
    QuoteTable(
      codebook: "hostile", title: "Title \(script) \(tex)", levels: ["Table", "Theme", "Subtheme"],
      sections: [
        QuoteTable.Section(
          path: CodePath(components: ["T1"]), number: 1, label: "Table 1", name: "Name \(pipes)",
          description: "Description \(tex)", interviews: 1,
          rows: [
            QuoteTable.Row(
              path: CodePath(components: ["T1", "1"]), id: "1", depth: 2, label: "Theme 1",
              name: "\(script) \(pipes)", description: "\(tex) \(controls)", interviews: 1,
              participants: 1, split: [],
              quotes: [
                try quote(formula, 2), try quote("+1 \(tex)", 3), try quote("-2 \(pipes)", 4),
                try quote("@SUM(1) \(controls)", 5), try quote("\tTab \(script)", 6),
                try quote("\rCR", 7),
              ]),
            QuoteTable.Row(
              path: CodePath(components: ["T1", "1", "1a"]), id: "1a", depth: 3,
              label: "Subtheme 1a", name: "Plain", description: "Plain.", interviews: 0,
              participants: 0, split: [], quotes: []),
          ])
      ],
      interviews: 1, splitBy: nil, splitTotals: [], quotesPerRow: 6,
      notes: ["Note \(script) \(tex)"])
  }
}
