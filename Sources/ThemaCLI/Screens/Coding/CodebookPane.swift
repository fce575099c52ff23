/// The codebook pane: the code tree with one code highlighted, whose definition, rules and
/// example show below the tree.
public struct CodebookPane: Hashable, Sendable {
  /// The highlighted code's position in codebook order (`CodebookIndex.entries`).
  public internal(set) var cursor: Int
  /// The first tree line shown.
  var top: Int = 0

  /// A pane with `cursor` highlighted.
  public init(cursor: Int) {
    self.cursor = cursor
  }
}
