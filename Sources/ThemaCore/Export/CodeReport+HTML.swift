/// The code report as one self-contained, printable HTML page.
extension CodeReport {
  /// The report as an HTML page; every text escaped.
  public func html() -> String {
    let e = MarkupEscaping.html
    var body = "<h1>Code report: \(e(codebook))</h1>\n<p>\(e(title))</p>\n"
    for section in sections {
      body += "<section>\n<h2>\(e(section.label)): \(e(section.name))</h2>\n"
      body += "<p>Code \(e(section.path.description))"
      if includesChildren { body += " and the codes below it" }
      body += "."
      if !section.definition.isEmpty { body += " Definition: \(e(section.definition))" }
      body += "</p>\n<p>\(e(countSentence(section)))</p>\n"
      if !section.groups.isEmpty {
        body += "<table>\n<thead><tr><th scope=\"col\">Interview</th>"
        body += "<th scope=\"col\">Codings</th></tr></thead>\n<tbody>\n"
        for group in section.groups {
          body += "<tr><td>\(e(group.transcript.rawValue))</td><td>\(group.items.count)</td></tr>\n"
        }
        body += "</tbody>\n</table>\n"
      }
      if let splitBy, !section.split.isEmpty {
        body += "<table>\n<thead><tr><th scope=\"col\">\(e(splitBy))</th>"
        body += "<th scope=\"col\">Interviews</th><th scope=\"col\">Codings</th></tr></thead>\n"
        body += "<tbody>\n"
        for count in section.split {
          body += "<tr><td>\(e(count.value))</td><td>\(count.interviews) of \(count.total)</td>"
          body += "<td>\(count.codings)</td></tr>\n"
        }
        body += "</tbody>\n</table>\n"
      }
      for group in section.groups {
        body += "<h3>\(e(group.attribution))</h3>\n"
        for item in group.items {
          body += "<p class=\"meta\"><strong>\(e(item.segment.rawValue))</strong> "
          body += "\(e(itemDetails(item)))</p>\n"
          for other in item.before {
            body +=
              "<p class=\"context\">\(e("\(other.segment) \(other.speaker): \(other.text)"))</p>\n"
          }
          body += "<blockquote>\(e(item.text))</blockquote>\n"
          for other in item.after {
            body +=
              "<p class=\"context\">\(e("\(other.segment) \(other.speaker): \(other.text)"))</p>\n"
          }
          if !item.memo.isEmpty { body += "<p class=\"memo\">Memo: \(e(item.memo))</p>\n" }
        }
      }
      body += "</section>\n"
    }
    body += "<p class=\"note\"><em>Note.</em> \(e(notes.joined(separator: " ")))</p>\n"
    return HTMLPage.page(title: "Code report: \(codebook)", body: body)
  }
}
