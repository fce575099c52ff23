/// Bounds on an untrusted XML document, so a hostile file cannot exhaust memory or the stack.
public struct XMLLimits: Hashable, Sendable {
  /// The largest document accepted, in bytes.
  public var maximumBytes: Int
  /// The deepest nesting of elements accepted.
  public var maximumDepth: Int
  /// The most elements accepted in one document.
  public var maximumElements: Int

  /// Creates limits.
  public init(maximumBytes: Int, maximumDepth: Int, maximumElements: Int) {
    self.maximumBytes = maximumBytes
    self.maximumDepth = maximumDepth
    self.maximumElements = maximumElements
  }

  /// Generous bounds for REFI-QDA projects: 512 MB, 256 levels, 10 million elements. A real
  /// project's XML holds codes, selections and notes (source texts are separate files), so
  /// even a lab's archive stays far below them.
  public static let standard = XMLLimits(
    maximumBytes: 512 * 1024 * 1024, maximumDepth: 256, maximumElements: 10_000_000)
}
