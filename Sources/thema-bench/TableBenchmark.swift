import ThemaCore

/// A thematic quote table of a large study: collate every transcript's effective codings,
/// count every code rolled up to its themes and tables, choose 3 quotes per code, and write
/// the table as Markdown and as a Word document.
enum TableBenchmark: Benchmark {
  static let name = "table"
  static let summary = "quote table with 3 quotes per code, as Markdown and .docx"

  static func run(_ options: BenchOptions) throws -> [Figure] {
    let study = prepared(SyntheticCorpus.make(options.size).study)
    guard let codebook = study.codebooks.values.first else {
      throw CorpusWriter.Failure("the generated study has no codebook")
    }
    var tableOptions = CollateOptions()
    tableOptions.quotesPerRow = 3
    let (collateTime, collation) = try Measure.median(options.repetitions) {
      try Collation(study: study, codebook: codebook, source: .automatic)
    }
    let (buildTime, table) = try Measure.median(options.repetitions) {
      try QuoteTable.build(collation, options: tableOptions)
    }
    let (markdownTime, markdown) = Measure.median(options.repetitions) { table.markdown() }
    let (docxTime, docx) = try Measure.median(options.repetitions) { try table.docx() }
    let rows = table.sections.reduce(0) { $0 + $1.rows.count }
    let quotes = table.sections.flatMap(\.rows).reduce(0) { $0 + $1.quotes.count }
    let codings = collation.codings.reduce(0) { $0 + $1.codings.count }
    return [
      Figure(label: "transcripts", value: Double(collation.transcripts.count), unit: ""),
      Figure(label: "codes", value: Double(collation.index.entries.count), unit: ""),
      Figure(label: "effective codings", value: Double(codings), unit: ""),
      Figure(label: "rows", value: Double(rows), unit: ""),
      Figure(label: "quotes", value: Double(quotes), unit: ""),
      Figure(label: "collate (median)", value: collateTime, unit: "s"),
      Figure(label: "count and choose quotes (median)", value: buildTime, unit: "s"),
      Figure(label: "write Markdown (median)", value: markdownTime, unit: "s"),
      Figure(label: "write .docx (median)", value: docxTime, unit: "s"),
      Figure(
        label: "table, total", value: collateTime + buildTime + markdownTime + docxTime, unit: "s"),
      Figure(label: "Markdown size", value: Double(markdown.utf8.count) / 1e3, unit: "kB"),
      Figure(label: ".docx size", value: Double(docx.count) / 1e3, unit: "kB"),
      Figure(label: "peak memory", value: Measure.peakMemoryMiB(), unit: "MiB"),
    ]
  }

  /// The corpus with what real coders add: every seventh coding starred as a quote and every
  /// third narrowed to the first half of its segment, so quote selection has work to do.
  static func prepared(_ study: Study) -> Study {
    var study = study
    for (transcript, sheets) in study.sheets {
      guard let segments = study.transcripts[transcript]?.segmentPositions(),
        let text = study.transcripts[transcript]?.segments
      else { continue }
      for (coder, sheet) in sheets {
        var copy = sheet
        for index in copy.codings.indices {
          if index % 7 == 0 { copy.codings[index].flags.insert(.quote) }
          if index % 3 == 0, let position = segments[copy.codings[index].segment] {
            let length = text[position].length
            if length > 20 { copy.codings[index].span = TextSpan(start: 0, end: length / 2) }
          }
        }
        study.sheets[transcript]?[coder] = copy.sorted()
      }
    }
    return study
  }
}
