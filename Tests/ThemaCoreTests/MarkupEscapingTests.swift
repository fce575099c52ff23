import Testing

@testable import ThemaCore

@Suite struct MarkupEscapingTests {
  static let hostile = "<script>alert('x')</script> & \"q\" \\ {a} 100% $5 #1 a_b ~ ^ | *b* [l](u)"

  @Test func htmlEscapesMarkupAndQuotes() {
    #expect(
      MarkupEscaping.html(Self.hostile)
        == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot; \\ {a} 100% $5 #1 "
        + "a_b ~ ^ | *b* [l](u)")
  }

  @Test func htmlAndXMLDropControlCharacters() {
    let text = "a\u{0}b\u{1B}[31mc\u{7}d\u{FFFF}e\tf\ng"
    #expect(MarkupEscaping.html(text) == "ab[31mcde\tf\ng")
    #expect(MarkupEscaping.xml(text + "'") == "ab[31mcde\tf\ng&apos;")
  }

  @Test func latexEscapesEverySpecialCharacter() {
    #expect(
      MarkupEscaping.latex(Self.hostile)
        == "\\textless{}script\\textgreater{}alert('x')\\textless{}/script\\textgreater{} \\& "
        + "\\textquotedbl{}q\\textquotedbl{} \\textbackslash{} \\{a\\} 100\\% \\$5 \\#1 a\\_b "
        + "\\textasciitilde{} \\textasciicircum{} \\textbar{} *b* {[}l{]}(u)")
  }

  @Test(arguments: [
    ("“quoted” ‘single’ don’t…", "``quoted'' `single' don't\\ldots{}"),
    ("pages 1--2 -- and --- dashes", "pages 1-{}-2 -{}- and -{}-{}- dashes"),
    ("en – em —", "en -- em ---"),
    ("line\nbreak", "line break"),
    ("\\input{/etc/passwd}", "\\textbackslash{}input\\{/etc/passwd\\}"),
  ])
  func latexTypesetsTypographyAndDefusesCommands(text: String, expected: String) {
    #expect(MarkupEscaping.latex(text) == expected)
  }

  @Test func markdownEscapesPunctuationThatCouldBeMarkup() {
    #expect(
      MarkupEscaping.markdown(Self.hostile)
        == "&lt;script&gt;alert('x')&lt;/script&gt; \\& \"q\" \\\\ \\{a\\} 100% \\$5 \\#1 a\\_b \\~ \\^ "
        + "\\| \\*b\\* \\[l\\](u)")
  }

  @Test(arguments: [
    ("- item", "\\- item"), ("+ item", "\\+ item"), ("1. first", "1\\. first"),
    ("12) twelve", "12\\) twelve"), ("a\nb", "a b"), ("@cite", "\\@cite"),
    ("=SUM(A1)", "\\=SUM(A1)"), ("2024 was", "2024 was"),
  ])
  func markdownDefusesLineStartMarkers(text: String, expected: String) {
    #expect(MarkupEscaping.markdown(text) == expected)
  }
}
