/// The codes a comparison tells apart at one level, in codebook order, and which of them a coding
/// of each codebook code counts for.
///
/// At the theme level of `program-managers`, codings of `T1/1/1a`, `T1/1/1b` and `T1/1` all count
/// for `T1/1`; a coding of the table `T1` stays `T1`.
public struct CodeCategories: Sendable {
  /// The codebook.
  public let codebook: CodebookIndex
  /// The depth codes are cut to, or nil for codes as coded.
  public let depth: Int?
  /// The categories, in codebook order.
  public let paths: [CodePath]
  /// Whether each category is one a coder would apply at this level: a leaf as coded; at a depth,
  /// the codes of that depth and shallower leaves; never a retired code. Categories neither coder applied are reported
  /// only when they are targets (a parent code nobody applied directly is not news).
  public let isTarget: [Bool]
  let categoryOfEntry: [Int]

  /// The categories of `codebook` at `level`.
  public init(codebook: CodebookIndex, level: AgreementLevel) {
    self.codebook = codebook
    let depth = level.depth(in: codebook.codebook)
    self.depth = depth
    var paths: [CodePath] = []
    var isTarget: [Bool] = []
    var positions: [CodePath: Int] = [:]
    var categoryOfEntry: [Int] = []
    categoryOfEntry.reserveCapacity(codebook.entries.count)
    for entry in codebook.entries {
      let path = depth.map { entry.path.truncated(toDepth: $0) } ?? entry.path
      if let existing = positions[path] {
        categoryOfEntry.append(existing)
        continue
      }
      positions[path] = paths.count
      categoryOfEntry.append(paths.count)
      paths.append(path)
      let isLeaf = entry.code.children.isEmpty
      if entry.code.isRetired {
        isTarget.append(false)
      } else if let depth {
        isTarget.append(entry.depth == depth || (entry.depth < depth && isLeaf))
      } else {
        isTarget.append(isLeaf)
      }
    }
    self.paths = paths
    self.isTarget = isTarget
    self.categoryOfEntry = categoryOfEntry
  }

  /// The category a coding of `path` counts for, or nil when the codebook has no such code.
  public func category(of path: CodePath) -> Int? {
    codebook.order(of: path).map { categoryOfEntry[$0] }
  }

  /// The category of the codebook entry at `index` (its position in `codebook.entries`).
  func category(ofEntry index: Int) -> Int { categoryOfEntry[index] }

  /// The category's name in the codebook.
  public func name(of category: Int) -> String {
    codebook.entry(paths[category])?.code.name ?? ""
  }
}
