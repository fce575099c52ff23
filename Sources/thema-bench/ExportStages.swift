import ThemaCore

/// One stage per export format. Each prepares what it exports without the clock (the quote
/// table of the study, as the `table` stage times it) and times writing the file's bytes.
///
/// A format is one line in `all`: a name, a summary and a closure that prepares what it
/// needs and returns the timed work.
enum ExportStages {
  /// Prepares an export from the loaded study and its codebook, and returns the timed work.
  typealias Prepare = @Sendable (Study, Codebook) throws -> () throws -> [UInt8]

  static let all: [Stage] = [
    stage("md", "the quote table as Markdown", table(.md)),
    stage("csv", "the quote table as CSV (RFC 4180)", table(.csv)),
    stage("docx", "the quote table as a Word document", table(.docx)),
    stage("qdpx", "the whole study as a REFI-QDA project (.qdpx)") { study, codebook in
      let transcripts = study.transcripts.keys.sorted()
      return {
        try RefiProjectExporter.archive(
          study: study, codebook: codebook, transcripts: transcripts)
      }
    },
  ]

  /// The quote table of the whole study (default options), rendered as `format`.
  static func table(_ format: ExportFormat) -> Prepare {
    { study, codebook in
      let collation = try Collation(study: study, codebook: codebook, source: .automatic)
      let table = try QuoteTable.build(collation, options: CollateOptions())
      return { try table.rendered(as: format) }
    }
  }

  static func stage(_ format: String, _ summary: String, _ prepare: @escaping Prepare) -> Stage {
    let name = "export-\(format)"
    return Stage(name: name, summary: summary, budget: nil, memoryBase: .corpus) { context in
      let study = try context.loadStudy()
      let work = try prepare(study, try context.codebook(of: study))
      let timing = try context.timed { try work() }
      return [
        StageResult(
          name: name, summary: summary, timing: timing,
          details: [Detail("size", Double(timing.last.count) / 1e3, "kB")])
      ]
    }
  }
}
