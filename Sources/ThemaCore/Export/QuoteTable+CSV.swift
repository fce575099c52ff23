/// The quote table as CSV (RFC 4180), one record per theme and subtheme, for a spreadsheet.
extension QuoteTable {
  /// The CSV columns: `table`, `table_name`, `level`, `id`, `path`, `label`, `name`,
  /// `description`, `interviews`, `participants`, one `<attribute>: <value>` column per value
  /// of the split attribute, then `quote_1`, `attribution_1`, ... up to the quotes asked for.
  /// Quotes are without the outer quotation marks.
  ///
  /// With `options.neutralizeFormulas` (the default for exports), a cell that starts with `=`,
  /// `+`, `-`, `@`, tab or CR gets a leading `'`, so Excel shows it instead of running it.
  public func csv(options: CSV.Options = CSV.Options(neutralizeFormulas: true)) -> String {
    var header = [
      "table", "table_name", "level", "id", "path", "label", "name", "description", "interviews",
      "participants",
    ]
    if let splitBy { header += splitTotals.map { "\(splitBy): \($0.value)" } }
    for number in stride(from: 1, through: quotesPerRow, by: 1) {
      header += ["quote_\(number)", "attribution_\(number)"]
    }
    var records: [[String]] = []
    for section in sections {
      for row in section.rows {
        var record = [
          section.label, section.name, levelName(depth: row.depth), row.id, row.path.description,
          row.label, row.name, row.description, "\(row.interviews)", "\(row.participants)",
        ]
        record += row.split.map { "\($0.count)" }
        for number in 0..<quotesPerRow {
          if number < row.quotes.count {
            record += [row.quotes[number].text, row.quotes[number].attribution]
          } else {
            record += ["", ""]
          }
        }
        records.append(record)
      }
    }
    return CSV.document(header: header, rows: records, options: options)
  }

  /// The codebook's name for `depth`, e.g. `Subtheme`.
  func levelName(depth: Int) -> String {
    depth >= 1 && depth <= levels.count ? levels[depth - 1] : "Level \(depth)"
  }
}
