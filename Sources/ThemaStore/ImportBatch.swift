import Dispatch
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
    dryRun: Bool = false, chunkSize: Int = 64, progress: (Int, Int) -> Void = { _, _ in }
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
      // Each file is prepared and written by one task; more tasks than cores run at once, so
      // that while some wait for the disk (fsync) others use the processor.
      let imported = chunk.map { ($0.source, $0.id) }.concurrentMap(width: 8) { source, id in
        var result = project.prepareImport(source, id: id, settings: settings)
        if !dryRun && result.outcome != .failed {
          do throws(Diagnostic) {
            try project.commitImport(&result)
          } catch {
            result.diagnostics.append(error)
            result.outcome = .failed
          }
        }
        result.pending = nil
        result.pendingCodings = []
        return result
      }
      for (position, item) in chunk.enumerated() { results[item.index] = imported[position] }
      start += chunk.count
      done += chunk.count
      progress(done, sources.count)
    }
    return results
  }
}

extension Array where Element: Sendable {
  /// `map` run by up to `width` tasks at once on a concurrent queue, keeping the order of
  /// results; for work that mixes computing with waiting on the disk, where more tasks than
  /// cores keep the cores busy.
  func concurrentMap<T: Sendable>(
    width: Int, _ transform: @escaping @Sendable (Element) -> T
  )
    -> [T]
  {
    guard count > 1 else { return map(transform) }
    let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    results.initialize(repeating: nil)
    // Deinitialize before deallocating, or the buffer keeps every result alive (each import
    // leaked the transcripts it made, as parallelMap leaked a study's).
    defer {
      results.deinitialize()
      results.deallocate()
    }
    nonisolated(unsafe) let output = results
    let queue = DispatchQueue(label: "thema.concurrentMap", attributes: .concurrent)
    let slots = DispatchSemaphore(value: Swift.max(1, width))
    let group = DispatchGroup()
    for (index, element) in enumerated() {
      slots.wait()
      queue.async(group: group) {
        output[index] = transform(element)
        slots.signal()
      }
    }
    group.wait()
    return results.compactMap { $0 }
  }
}
