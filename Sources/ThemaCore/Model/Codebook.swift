/// A hierarchical codebook: a title, the names of its levels, and a tree of codes.
///
/// One codebook per file in `Codebooks/`; its `name` is the file name without `.md`
/// (`program-managers`), which transcripts name in their `codebook` attribute.
public struct Codebook: Hashable, Sendable, Codable {
  /// The file stem that names the codebook, e.g. `program-managers`.
  public var name: String
  /// The title line, e.g. `Program managers' perspectives on peer specialists`.
  public var title: String
  /// What each depth is called, e.g. `["Table", "Theme", "Subtheme"]`; may be empty.
  public var levels: [String]
  /// Free text about the codebook.
  public var description: String
  /// The code sets declared in the codebook (`Set:` lines), in order; codes join them by name.
  public var sets: [CodeSet]
  /// The top-level codes in order.
  public var codes: [Code]

  /// Creates a codebook.
  public init(
    name: String, title: String, levels: [String] = [], description: String = "",
    sets: [CodeSet] = [], codes: [Code] = []
  ) {
    self.name = name
    self.title = title
    self.levels = levels
    self.description = description
    self.sets = sets
    self.codes = codes
  }

  /// Whether `name` can name a codebook file: letters, digits, `.`, `_` and `-`, starting with
  /// a letter or digit, e.g. `program-managers`.
  public static func isValidName(_ name: String) -> Bool {
    IdentifierRule.isValid(name)
  }

  /// The number of levels the codes use: 1 for a flat list, 0 without codes.
  public var depth: Int {
    flattened().map(\.depth).max() ?? 0
  }

  /// The name of the level at `depth` (1 for top-level codes), e.g. `Theme`, or `Level N`.
  public func levelName(depth: Int) -> String {
    depth >= 1 && depth <= levels.count ? levels[depth - 1] : "Level \(depth)"
  }

  /// Every code with its path and depth, in codebook (depth-first) order.
  public func flattened() -> [CodeEntry] {
    var entries: [CodeEntry] = []
    func visit(_ codes: [Code], parent: CodePath) {
      for code in codes {
        let path = parent.appending(code.id)
        entries.append(CodeEntry(path: path, code: code))
        visit(code.children, parent: path)
      }
    }
    visit(codes, parent: CodePath(components: []))
    return entries
  }

  /// The code at `path`, or nil.
  public func code(at path: CodePath) -> Code? {
    var level = codes
    var found: Code?
    for component in path.components {
      guard let next = level.first(where: { $0.id == component }) else { return nil }
      found = next
      level = next.children
    }
    return found
  }
}

/// A code together with its path, as listed by `Codebook.flattened()`.
public struct CodeEntry: Hashable, Sendable {
  /// The path of IDs from the root, e.g. `T1/1/1a`.
  public var path: CodePath
  /// The code itself.
  public var code: Code
  /// 1 for top-level codes.
  public var depth: Int { path.components.count }
}
