/// The quote table as Markdown: a heading and a pipe table per section, for GitHub, for
/// Pandoc (`pandoc table.md -o table.docx`), and for reading in a terminal.
extension QuoteTable {
  /// The table as Markdown. Theme rows are bold; quotes in a cell are separated by ` <br>`,
  /// which GitHub shows as a line break and Pandoc keeps for HTML (and reads as a space
  /// elsewhere). The dashes under the header set Pandoc's relative column widths.
  public func markdown() -> String {
    var out = "# \(MarkupEscaping.markdown(title))\n\n"
    out += "Thematic quote table of the codebook \(MarkupEscaping.markdown(codebook)).\n"
    for section in sections {
      out += "\n## \(MarkupEscaping.markdown("\(section.label). \(section.name)"))\n\n"
      if !section.description.isEmpty {
        out += MarkupEscaping.markdown(section.description) + "\n\n"
      }
      var headers = [labelHeading, "Description", countHeading]
      var widths = [18, 26, 10]
      if quotesPerRow > 0 {
        headers.append("Illustrative quotes")
        widths.append(46)
      }
      out += "| " + headers.map(MarkupEscaping.markdown).joined(separator: " | ") + " |\n"
      out +=
        "|"
        + widths.map { " " + String(repeating: "-", count: $0) + " " }.joined(
          separator: "|") + "|\n"
      for row in section.rows {
        var label = MarkupEscaping.markdown("\(row.label): \(row.name)")
        if row.depth == 2 { label = "**\(label)**" }
        var cells = [label, MarkupEscaping.markdown(row.description), row.countText]
        if quotesPerRow > 0 {
          cells.append(
            row.quotes.map { MarkupEscaping.markdown($0.printed) }.joined(separator: " <br>"))
        }
        out += "| " + cells.map { $0.isEmpty ? " " : $0 }.joined(separator: " | ") + " |\n"
      }
    }
    out += "\n*Note.* " + MarkupEscaping.markdown(notes.joined(separator: " ")) + "\n"
    return out
  }
}
