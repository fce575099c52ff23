/// The frame of Thema's HTML exports: one self-contained page (no scripts, no external files)
/// with a stylesheet for screen and print.
enum HTMLPage {
  /// A whole page around `body` (already escaped HTML) titled `title` (plain text).
  static func page(title: String, body: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="Thema">
    <title>\(MarkupEscaping.html(title))</title>
    <style>
    \(stylesheet)</style>
    </head>
    <body>
    \(body)</body>
    </html>

    """
  }

  static let stylesheet = """
    body { font: 11pt/1.4 "Times New Roman", Times, serif; color: #111; margin: 2em auto; max-width: 60em; padding: 0 1em; }
    h1 { font-size: 1.5em; }
    h2 { font-size: 1.2em; margin-top: 2em; }
    h3 { font-size: 1.05em; margin-top: 1.5em; }
    table { border-collapse: collapse; width: 100%; margin: 1em 0; }
    caption { text-align: left; font-weight: bold; margin-bottom: 0.5em; }
    th, td { text-align: left; vertical-align: top; padding: 0.35em 0.5em; }
    thead th { border-top: 2px solid #111; border-bottom: 1px solid #111; }
    tbody tr:last-child > * { border-bottom: 2px solid #111; }
    tr.theme > * { background: #f2f2f2; font-weight: bold; }
    tr.theme td.quotes { font-weight: normal; }
    td.n { white-space: nowrap; }
    p.quote { margin: 0 0 0.5em 0; }
    span.who { color: #444; }
    p.note { font-size: 0.95em; }
    blockquote { margin: 0.3em 0 0.3em 1.5em; padding-left: 0.8em; border-left: 3px solid #bbb; }
    p.context { color: #555; font-size: 0.95em; margin: 0.2em 0 0.2em 1.5em; }
    p.meta { margin: 1em 0 0.2em 0; }
    @media print {
      body { margin: 0; max-width: none; font-size: 10pt; }
      thead { display: table-header-group; }
      tr { page-break-inside: avoid; break-inside: avoid; }
      section { page-break-before: always; break-before: page; }
      section:first-of-type { page-break-before: auto; break-before: auto; }
    }

    """
}
