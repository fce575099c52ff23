import ThemaCore

extension Project {
  /// Imports `sources` in order, as `thema import` does: decides each file's ID (two files of one
  /// batch may not share one), imports the files on every core a chunk at a time and, unless
  /// `dryRun`, writes each chunk's transcripts atomically before reading the next, so memory is
  /// bounded by a chunk however long the batch. A file that fails changes nothing; the others
  /// go on.
  ///
  /// - Parameters:
  ///   - explicitID: the `--id` for a single file.
  ///   - progress: called after each chunk with the number of files done and the total.
  public func importSources(
    _ sources: [ImportRequest], explicitID: TranscriptID? = nil, settings: ImportSettings,
    dryRun: Bool = false, chunkSize: Int = 16, progress: (Int, Int) -> Void = { _, _ in }
  ) -> [ImportResult] {
    var results: [ImportResult] = []
    var work: [(index: Int, source: ImportRequest, id: TranscriptID)] = []
    var firstFile: [TranscriptID: String] = [:]
    for (index, source) in sources.enumerated() {
      let path = source.display
      var result = ImportResult(source: path)
      do throws(ImportProblem) {
        let id = try transcriptID(
          for: source, explicit: explicitID, attributes: settings.attributes)
        result.id = id
        if let first = firstFile[id] {
          throw .duplicateID(id: id.rawValue, firstFile: first)
        }
        firstFile[id] = path
        work.append((index, source, id))
      } catch {
        result.diagnostics.append(
          Diagnostic(.error, .importing(error), at: SourceLocation(file: path)))
      }
      results.append(result)
    }
    let project = self
    var done = sources.count - work.count
    var start = 0
    while start < work.count {
      let chunk = Array(work[start..<min(start + max(1, chunkSize), work.count)])
      var imported = chunk.map { ($0.source, $0.id) }.parallelMap { source, id in
        project.prepareImport(source, id: id, settings: settings)
      }
      for (position, item) in chunk.enumerated() {
        if !dryRun && imported[position].outcome != .failed {
          do {
            try commitImport(&imported[position])
          } catch {
            imported[position].diagnostics.append(error)
            imported[position].outcome = .failed
          }
        }
        imported[position].pending = nil
        results[item.index] = imported[position]
      }
      start += chunk.count
      done += chunk.count
      progress(done, sources.count)
    }
    return results
  }
}
