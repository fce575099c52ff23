/// The path of code IDs from a codebook's root to a code, such as `T1/1/1a`.
///
/// Codings store full paths; people may type any unambiguous suffix (`1a`, `T2/1a`), which
/// `CodebookIndex.resolve(_:)` turns into a path.
public struct CodePath: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  /// The IDs from the root down, e.g. `["T1", "1", "1a"]`.
  public var components: [String]

  /// Creates a path from IDs.
  public init(components: [String]) {
    self.components = components
  }

  /// Parses `T1/1/1a`; nil when a component is empty or not a valid code ID.
  public init?(parsing text: some StringProtocol) {
    let parts = String(text).split(separator: "/", omittingEmptySubsequences: false).map(
      String.init)
    guard !parts.isEmpty, parts.allSatisfy({ IdentifierRule.isValid($0) }) else { return nil }
    self.components = parts
  }

  /// `T1/1/1a`.
  public var description: String { components.joined(separator: "/") }

  /// The code's own ID, the last component.
  public var last: String { components.last ?? "" }

  /// The path of the parent code, or nil for a top-level code.
  public var parent: CodePath? {
    components.count > 1 ? CodePath(components: Array(components.dropLast())) : nil
  }

  /// The path with `id` appended.
  public func appending(_ id: String) -> CodePath {
    CodePath(components: components + [id])
  }

  /// The path cut to at most `depth` components: a coding of `T1/1/1a` counts for `T1/1` at
  /// depth 2.
  public func truncated(toDepth depth: Int) -> CodePath {
    CodePath(components: Array(components.prefix(max(1, depth))))
  }

  /// Whether `other` is this path or lies below it.
  public func isAncestor(ofOrEqualTo other: CodePath) -> Bool {
    other.components.count >= components.count
      && Array(other.components.prefix(components.count)) == components
  }

  /// Whether this path ends with the components of `suffix`.
  public func hasSuffix(_ suffix: [String]) -> Bool {
    suffix.count <= components.count && Array(components.suffix(suffix.count)) == suffix
  }

  /// Orders paths component by component, naturally (`2` before `10`).
  public static func < (lhs: CodePath, rhs: CodePath) -> Bool {
    for (a, b) in zip(lhs.components, rhs.components) where a != b {
      return NaturalOrder.less(a, b)
    }
    return lhs.components.count < rhs.components.count
  }
}
