import Testing

@testable import ThemaTerminal

@Suite struct KeyDecoderTests {
  static let ctrlUp = Key(.up, modifiers: .control)
  static let shiftRight = Key(.right, modifiers: .shift)

  @Test(arguments: [
    // Text and control characters.
    ("a", [Key.character("a")]),
    ("jk", [.character("j"), .character("k")]),
    ("\r", [.enter]), ("\n", [.enter]), ("\t", [.tab]), ("\u{7F}", [.backspace]),
    ("\u{08}", [.backspace]), ("\u{12}", [.control("r")]), ("\u{01}", [.control("a")]),
    ("\u{00}", [.control(" ")]), ("\u{1C}", [.control("\\")]),
    ("é", [.character("é")]), ("日本", [.character("日"), .character("本")]),
    ("👍", [.character("👍")]),
    // xterm CSI.
    ("\u{1B}[A", [.up]), ("\u{1B}[B", [.down]), ("\u{1B}[C", [.right]), ("\u{1B}[D", [.left]),
    ("\u{1B}[H", [.home]), ("\u{1B}[F", [.end]), ("\u{1B}[Z", [.backTab]),
    ("\u{1B}[1;5A", [ctrlUp]), ("\u{1B}[1;2C", [shiftRight]),
    ("\u{1B}[1;3B", [Key(.down, modifiers: .alt)]),
    ("\u{1B}[5~", [.pageUp]), ("\u{1B}[6~", [.pageDown]), ("\u{1B}[3~", [.delete]),
    ("\u{1B}[2~", [Key(.insert)]), ("\u{1B}[1~", [.home]), ("\u{1B}[4~", [.end]),
    ("\u{1B}[7~", [.home]), ("\u{1B}[8~", [.end]),
    ("\u{1B}[3;5~", [Key(.delete, modifiers: .control)]),
    ("\u{1B}[15~", [Key(.function(5))]), ("\u{1B}[24~", [Key(.function(12))]),
    ("\u{1B}[11~", [Key(.function(1))]), ("\u{1B}[1;2P", [Key(.function(1), modifiers: .shift)]),
    // VT100 / application mode SS3.
    ("\u{1B}OA", [.up]), ("\u{1B}OD", [.left]), ("\u{1B}OH", [.home]), ("\u{1B}OF", [.end]),
    ("\u{1B}OP", [Key(.function(1))]), ("\u{1B}OS", [Key(.function(4))]), ("\u{1B}OM", [.enter]),
    ("\u{1B}O5A", [ctrlUp]),
    // rxvt and screen.
    ("\u{1B}[a", [Key(.up, modifiers: .shift)]), ("\u{1B}Oa", [ctrlUp]),
    ("\u{1B}[5^", [Key(.pageUp, modifiers: .control)]),
    ("\u{1B}[3$", [Key(.delete, modifiers: .shift)]),
    // The Linux console's F1-F5.
    ("\u{1B}[[A", [Key(.function(1))]), ("\u{1B}[[E", [Key(.function(5))]),
    // Alt (Meta sent as Esc prefix), fixterms CSI u.
    ("\u{1B}j", [Key(.character("j"), modifiers: .alt)]),
    ("\u{1B}\u{7F}", [Key(.backspace, modifiers: .alt)]),
    ("\u{1B}[97;5u", [.control("a")]), ("\u{1B}[27u", [.escape]),
    // Sequences among text, unknown and private sequences dropped.
    ("a\u{1B}[Bb", [.character("a"), .down, .character("b")]),
    ("\u{1B}[99X", []), ("\u{1B}[?1;2c", []),
  ])
  func decodes(input: String, keys: [Key]) {
    var decoder = KeyDecoder()
    #expect(decoder.decode(Array(input.utf8)) == keys)
    #expect(!decoder.isWaiting)
  }

  @Test func holdsALoneEscapeUntilFlushed() {
    var decoder = KeyDecoder()
    #expect(decoder.decode([0x1B]).isEmpty)
    #expect(decoder.isWaiting)
    #expect(decoder.flush() == [.escape])
    #expect(!decoder.isWaiting)
  }

  @Test func joinsASequenceSplitAcrossReads() {
    var decoder = KeyDecoder()
    #expect(decoder.decode([0x1B, UInt8(ascii: "[")]).isEmpty)
    #expect(decoder.decode([UInt8(ascii: "1"), UInt8(ascii: ";")]).isEmpty)
    #expect(decoder.decode([UInt8(ascii: "5"), UInt8(ascii: "A")]) == [Self.ctrlUp])
  }

  @Test func joinsUTF8SplitAcrossReads() {
    var decoder = KeyDecoder()
    let bytes = Array("日".utf8)
    #expect(decoder.decode(bytes.prefix(2)).isEmpty)
    #expect(decoder.isWaiting)
    #expect(decoder.decode(bytes.suffix(1)) == [.character("日")])
  }

  @Test(arguments: [
    ([UInt8](arrayLiteral: 0xFF), [Key.character("\u{FFFD}")]),
    ([0xC3, 0x28], [.character("\u{FFFD}"), .character("(")]),
    ([0xE0, 0x80, 0x80], [.character("\u{FFFD}")]),
    ([0xED, 0xA0, 0x80], [.character("\u{FFFD}")]),
  ])
  func replacesInvalidUTF8(bytes: [UInt8], keys: [Key]) {
    var decoder = KeyDecoder()
    #expect(decoder.decode(bytes) == keys)
  }

  @Test func flushReadsAPartialSequenceAsTyped() {
    var decoder = KeyDecoder()
    #expect(decoder.decode(Array("\u{1B}[".utf8)).isEmpty)
    #expect(decoder.flush() == [Key(.character("["), modifiers: .alt)])
  }

  @Test(arguments: [
    (Key.control("r"), "Ctrl-R"), (.backTab, "Shift-Tab"), (.up, "↑"), (.pageDown, "PgDn"),
    (.character(" "), "Space"), (Key(.function(1)), "F1"), (.character("j"), "j"),
  ])
  func namesKeysForHelp(key: Key, name: String) {
    #expect(key.description == name)
  }
}
