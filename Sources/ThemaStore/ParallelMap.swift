import Dispatch

extension Array where Element: Sendable {
  /// `map` spread over the machine's cores, keeping the order of results; for CPU-bound work
  /// such as parsing many transcripts.
  func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
    guard count > 1 else { return map(transform) }
    let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    results.initialize(repeating: nil)
    // Deinitialize before deallocating: the buffer holds the results, and deallocating alone
    // never released them (every study load leaked what it parsed).
    defer {
      results.deinitialize()
      results.deallocate()
    }
    nonisolated(unsafe) let output = results
    self.withUnsafeBufferPointer { input in
      nonisolated(unsafe) let input = input
      DispatchQueue.concurrentPerform(iterations: input.count) { index in
        output[index] = transform(input[index])
      }
    }
    return results.compactMap { $0 }
  }
}
