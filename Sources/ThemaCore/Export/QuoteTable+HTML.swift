/// The quote table as one self-contained, printable HTML page: a `<table>` per section whose
/// header repeats on every printed page; every text escaped.
extension QuoteTable {
  /// The table as an HTML page.
  public func html() -> String {
    let e = MarkupEscaping.html
    var body = "<h1>\(e(title))</h1>\n"
    body += "<p>Thematic quote table of the codebook \(e(codebook)).</p>\n"
    for section in sections {
      body += "<section>\n<h2>\(e(section.label)). \(e(section.name))</h2>\n"
      if !section.description.isEmpty { body += "<p>\(e(section.description))</p>\n" }
      body += "<table>\n<thead>\n<tr><th scope=\"col\">\(e(labelHeading))</th>"
      body += "<th scope=\"col\">Description</th><th scope=\"col\">\(e(countHeading))</th>"
      if quotesPerRow > 0 { body += "<th scope=\"col\">Illustrative quotes</th>" }
      body += "</tr>\n</thead>\n<tbody>\n"
      for row in section.rows {
        body += row.depth == 2 ? "<tr class=\"theme\">" : "<tr>"
        body += "<th scope=\"row\">\(e(row.label)): \(e(row.name))</th>"
        body += "<td>\(e(row.description))</td><td class=\"n\">\(e(row.countText))</td>"
        if quotesPerRow > 0 {
          body += "<td class=\"quotes\">"
          for quote in row.quotes {
            body += "<p class=\"quote\">\u{201C}\(e(quote.text))\u{201D} "
            body += "<span class=\"who\">(\(e(quote.attribution)))</span></p>"
          }
          body += "</td>"
        }
        body += "</tr>\n"
      }
      body += "</tbody>\n</table>\n</section>\n"
    }
    body += "<p class=\"note\"><em>Note.</em> \(e(notes.joined(separator: " ")))</p>\n"
    return HTMLPage.page(title: title, body: body)
  }
}
