/// The code report as CSV (RFC 4180): one record per coded passage, for a spreadsheet.
extension CodeReport {
  /// The CSV columns: `code`, `code_name`, `coded_code`, `transcript`, `attribution`, the split
  /// attribute (when given), `segment`, `speaker`, `start`, `span`, `starred`, `unsure`,
  /// `coders`, `text`, `memo`, `context_before`, `context_after` (context segments as
  /// `S7 Interviewer: text`, joined by line breaks).
  ///
  /// With `options.neutralizeFormulas` (the default), cells that could run as spreadsheet
  /// formulas get a leading `'`.
  public func csv(options: CSV.Options = CSV.Options(neutralizeFormulas: true)) -> String {
    var header = ["code", "code_name", "coded_code", "transcript", "attribution"]
    if let splitBy { header.append(splitBy) }
    header += [
      "segment", "speaker", "start", "span", "starred", "unsure", "coders", "text", "memo",
      "context_before", "context_after",
    ]
    var records: [[String]] = []
    for section in sections {
      for group in section.groups {
        for item in group.items {
          var record = [
            section.path.description, section.name, item.code.description,
            group.transcript.rawValue, group.attribution,
          ]
          if splitBy != nil { record.append(group.splitValue ?? "") }
          func context(_ segments: [ContextSegment]) -> String {
            segments.map { "\($0.segment) \($0.speaker): \($0.text)" }.joined(separator: "\n")
          }
          record += [
            item.segment.rawValue, item.speaker, item.start?.description ?? "",
            item.span?.description ?? "", item.isStarred ? "yes" : "no",
            item.isUnsure ? "yes" : "no", item.coders.map(\.rawValue).joined(separator: " "),
            item.text, item.memo, context(item.before), context(item.after),
          ]
          records.append(record)
        }
      }
    }
    return CSV.document(header: header, rows: records, options: options)
  }
}
