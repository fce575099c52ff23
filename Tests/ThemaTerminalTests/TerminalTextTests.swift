import Testing
import ThemaTerminal

@Suite struct TerminalTextTests {
  @Test(arguments: [
    ("ev\u{1B}]0;pwned\u{7}il", "ev\\u{1B}]0;pwned\\u{7}il"),
    ("clear\u{1B}[2J", "clear\\u{1B}[2J"),
    ("c1 \u{9B}31m csi", "c1 \\u{9B}31m csi"),
    ("back\rspace\u{8}", "back\\u{D}space\\u{8}"),
    ("nul\u{0}del\u{7F}", "nul\\u{0}del\\u{7F}"),
    ("bidi \u{202E}txt.exe", "bidi \\u{202E}txt.exe"),
    ("tab\tand\nline", "tab\tand\nline"),
    ("Ñúñez 名前 😀", "Ñúñez 名前 😀"),
  ])
  func controlCharactersBecomeVisibleEscapes(input: String, shown: String) {
    #expect(TerminalText.escapingControls(input) == shown)
  }

  @Test func aTerminalStreamKeepsThemaStylesAndEscapesEverythingElse() {
    // Thema's own styling and progress lines pass.
    let styled = "\u{1B}[1;31merror:\u{1B}[0m \u{1B}[36m^\u{1B}[0m\r\u{1B}[KReading…"
    #expect(TerminalText.filteredForTerminal(styled) == styled)
    // Anything else that could drive the terminal does not.
    let hostile =
      "\u{1B}]52;c;cm0gLXJm\u{7} \u{1B}[2J \u{1B}[10;1H \u{1B}P+q\u{1B}\\ \u{9B}2J \rover"
    let filtered = TerminalText.filteredForTerminal(hostile)
    #expect(!filtered.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{9B}" || $0 == "\r" })
    #expect(filtered.contains("\\u{1B}]52;c;"))
  }
}
