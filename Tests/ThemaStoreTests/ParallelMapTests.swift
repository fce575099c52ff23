import Foundation
import Testing

@testable import ThemaStore

@Suite(.serialized) struct ParallelMapTests {
  /// Counts how many of its instances are alive; instances are made on several threads.
  final class Tracked: @unchecked Sendable {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var count = 0
    static var alive: Int { lock.withLock { count } }

    init() { Self.lock.withLock { Self.count += 1 } }
    deinit { Self.lock.withLock { Self.count -= 1 } }
  }

  @Test func keepsTheOrderAndReleasesEveryResult() {
    let before = Tracked.alive
    do {
      let results = Array(0..<64).parallelMap { index in (index, Tracked()) }
      #expect(results.map(\.0) == Array(0..<64))
      #expect(Tracked.alive == before + 64)
    }
    // Found by AddressSanitizer's leak check: the results stayed in the working buffer, so
    // every study load leaked everything it parsed.
    #expect(Tracked.alive == before)
  }

  @Test func importsConcurrentMapReleasesEveryResultToo() {
    let before = Tracked.alive
    do {
      let results = Array(0..<64).concurrentMap(width: 4) { index in (index, Tracked()) }
      #expect(results.map(\.0) == Array(0..<64))
    }
    #expect(Tracked.alive == before)
  }
}
