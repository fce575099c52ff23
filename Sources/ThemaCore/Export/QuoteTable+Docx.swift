/// The quote table as a Word document that opens in Word and LibreOffice: per section an
/// APA-style caption ("Table 1" in bold, the name in italics), a table with horizontal rules
/// whose header row repeats on every page, and a note below it.
extension QuoteTable {
  /// The `.docx` file's bytes. Each section after the first starts on a new page; theme rows
  /// are shaded and bold.
  public func docx() throws(ExportProblem) -> [UInt8] {
    do {
      return try wordDocument().package()
    } catch {
      throw .archive(error)
    }
  }

  /// The document before packing, for tests that look at its structure.
  func wordDocument() -> WordDocument {
    typealias P = WordDocument.Paragraph
    typealias R = WordDocument.Run
    var blocks: [WordDocument.Block] = [
      .paragraph(P(style: "Title", runs: [R(text: title)]))
    ]
    let widths = quotesPerRow > 0 ? [1600, 2050, 1450, 4260] : [2800, 5360, 1200]
    var headers = [labelHeading, "Description", "Interviews\n(N = \(interviews))"]
    if quotesPerRow > 0 { headers.append("Illustrative quotes") }
    func cell(_ text: String, bold: Bool = false) -> [P] {
      [P(style: "TableText", runs: [R(text: text, bold: bold)])]
    }
    for (index, section) in sections.enumerated() {
      blocks.append(
        .paragraph(
          P(
            style: "Caption",
            runs: [
              R(text: section.label, bold: true), R(text: "\n"),
              R(text: section.name, italic: true),
            ],
            pageBreakBefore: index > 0, keepWithNext: true)))
      var rows = [WordDocument.Row(cells: headers.map { cell($0, bold: true) }, isHeader: true)]
      for row in section.rows {
        let isTheme = row.depth == 2
        var cells = [
          cell("\(row.label): \(row.name)", bold: isTheme), cell(row.description),
          cell(row.countText),
        ]
        if quotesPerRow > 0 {
          cells.append(
            row.quotes.map {
              P(
                style: "TableText",
                runs: [R(text: "\u{201C}\($0.text)\u{201D} "), R(text: "(\($0.attribution))")])
            })
        }
        rows.append(WordDocument.Row(cells: cells, isShaded: isTheme))
      }
      blocks.append(.table(WordDocument.Table(columnWidths: widths, rows: rows)))
      blocks.append(
        .paragraph(
          P(
            style: "TableNote",
            runs: [R(text: "Note. ", italic: true), R(text: notes.joined(separator: " "))])))
    }
    return WordDocument(title: title, blocks: blocks)
  }
}
