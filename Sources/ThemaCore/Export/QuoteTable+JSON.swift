/// The quote table as JSON for scripts: sorted keys, `formatVersion` 1, every count and quote
/// with where it comes from.
extension QuoteTable {
  /// The table as JSON:
  /// `{"formatVersion": 1, "kind": "quoteTable", "codebook": ..., "sections": [{"rows": [...]}]}`.
  /// Quote `text` is as printed, without the outer quotation marks; `span` is `start-end` or
  /// null for a whole segment.
  public func json() -> String {
    JSONText.encode(QuoteTableDocument(self))
  }
}

private struct QuoteTableDocument: Encodable {
  let formatVersion = 1
  let kind = "quoteTable"
  let codebook: String
  let title: String
  let levels: [String]
  let interviews: Int
  let splitBy: String?
  let splitTotals: [String: Int]
  let quotesPerRow: Int
  let notes: [String]
  let sections: [SectionDocument]

  init(_ table: QuoteTable) {
    codebook = table.codebook
    title = table.title
    levels = table.levels
    interviews = table.interviews
    splitBy = table.splitBy
    splitTotals = Dictionary(
      table.splitTotals.map { ($0.value, $0.count) }, uniquingKeysWith: { first, _ in first })
    quotesPerRow = table.quotesPerRow
    notes = table.notes
    sections = table.sections.map(SectionDocument.init)
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(formatVersion, forKey: .formatVersion)
    try container.encode(kind, forKey: .kind)
    try container.encode(codebook, forKey: .codebook)
    try container.encode(title, forKey: .title)
    try container.encode(levels, forKey: .levels)
    try container.encode(interviews, forKey: .interviews)
    try container.encode(splitBy, forKey: .splitBy)
    try container.encode(splitTotals, forKey: .splitTotals)
    try container.encode(quotesPerRow, forKey: .quotesPerRow)
    try container.encode(notes, forKey: .notes)
    try container.encode(sections, forKey: .sections)
  }

  enum Keys: String, CodingKey {
    case formatVersion, kind, codebook, title, levels, interviews, splitBy, splitTotals
    case quotesPerRow, notes, sections
  }
}

private struct SectionDocument: Encodable {
  let path: String
  let number: Int
  let label: String
  let name: String
  let description: String
  let interviews: Int
  let rows: [RowDocument]

  init(_ section: QuoteTable.Section) {
    path = section.path.description
    number = section.number
    label = section.label
    name = section.name
    description = section.description
    interviews = section.interviews
    rows = section.rows.map(RowDocument.init)
  }
}

private struct RowDocument: Encodable {
  let path: String
  let id: String
  let depth: Int
  let label: String
  let name: String
  let description: String
  let interviews: Int
  let participants: Int
  let split: [String: Int]
  let quotes: [QuoteDocument]

  init(_ row: QuoteTable.Row) {
    path = row.path.description
    id = row.id
    depth = row.depth
    label = row.label
    name = row.name
    description = row.description
    interviews = row.interviews
    participants = row.participants
    split = Dictionary(
      row.split.map { ($0.value, $0.count) }, uniquingKeysWith: { first, _ in first })
    quotes = row.quotes.map(QuoteDocument.init)
  }
}

/// A quote as JSON, shared by tables and reports.
struct QuoteDocument: Encodable {
  let transcript: String
  let segment: String
  let code: String
  let span: String?
  let starred: Bool
  let text: String
  let attribution: String

  init(_ quote: Quote) {
    transcript = quote.transcript.rawValue
    segment = quote.segment.rawValue
    code = quote.code.description
    span = quote.span?.description
    starred = quote.isStarred
    text = quote.text
    attribution = quote.attribution
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(transcript, forKey: .transcript)
    try container.encode(segment, forKey: .segment)
    try container.encode(code, forKey: .code)
    try container.encode(span, forKey: .span)
    try container.encode(starred, forKey: .starred)
    try container.encode(text, forKey: .text)
    try container.encode(attribution, forKey: .attribution)
  }

  enum Keys: String, CodingKey {
    case transcript, segment, code, span, starred, text, attribution
  }
}
