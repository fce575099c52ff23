/// A codebook prepared for lookups: codes by full path, and resolution of the short references
/// people type (`1a`, `T2/1a`) into full paths.
///
/// Build it once per codebook and keep it; lookups are dictionary reads.
public struct CodebookIndex: Sendable {
  /// The indexed codebook.
  public let codebook: Codebook
  /// Every code with its path, in codebook order.
  public let entries: [CodeEntry]
  private let positions: [CodePath: Int]
  private let byLastID: [String: [Int]]
  private let shortNames: [String]

  /// Indexes `codebook`.
  public init(_ codebook: Codebook) {
    self.codebook = codebook
    let entries = codebook.flattened()
    self.entries = entries
    var positions: [CodePath: Int] = [:]
    var byLastID: [String: [Int]] = [:]
    for (index, entry) in entries.enumerated() {
      if positions[entry.path] == nil { positions[entry.path] = index }
      byLastID[entry.path.last.lowercased(), default: []].append(index)
    }
    self.positions = positions
    self.byLastID = byLastID
    self.shortNames = entries.map {
      Self.computeShortName($0.path, entries: entries, byLastID: byLastID)
    }
  }

  /// The code at exactly `path`, or nil.
  public func entry(_ path: CodePath) -> CodeEntry? {
    positions[path].map { entries[$0] }
  }

  /// Whether the codebook has a code at exactly `path`.
  public func contains(_ path: CodePath) -> Bool { positions[path] != nil }

  /// The position of `path` in codebook order, for sorting codes as the codebook lists them.
  public func order(of path: CodePath) -> Int? { positions[path] }

  /// Resolves a reference to a full path: the path itself, an unambiguous end of it (`1a`,
  /// `1/1a`), or IDs from along the path that end with the code's own (`T2/1a` for `T2/1/1a`).
  /// IDs are compared without regard to case when that is unambiguous.
  ///
  /// Throws `.ambiguousCode` listing every candidate, or `.unknownCode` with suggestions.
  public func resolve(_ reference: String) throws(Problem) -> CodePath {
    let trimmed = reference.trimmed()
    guard let wanted = CodePath(parsing: trimmed) else {
      throw .unknownCode(
        reference: reference, codebook: codebook.name, suggestions: suggestions(for: trimmed))
    }
    if positions[wanted] != nil { return wanted }
    let candidates = (byLastID[wanted.last.lowercased()] ?? []).map { entries[$0].path }
    let rules: [(CodePath, [String]) -> Bool] = [
      { $0.hasSuffix($1) },
      { Self.isAnchoredSubsequence($1, of: $0.components) },
      {
        Self.isAnchoredSubsequence(
          $1.map { $0.lowercased() }, of: $0.components.map { $0.lowercased() })
      },
    ]
    for rule in rules {
      let matches = candidates.filter { rule($0, wanted.components) }
      if matches.count == 1 { return matches[0] }
      if matches.count > 1 {
        throw .ambiguousCode(reference: reference, candidates: matches.map(shortName))
      }
    }
    throw .unknownCode(
      reference: reference, codebook: codebook.name, suggestions: suggestions(for: trimmed))
  }

  /// Resolves a reference for a new coding: as `resolve(_:)`, but a retired code, or one that
  /// only groups subcodes (`Codable: no`), is refused.
  public func resolveForCoding(_ reference: String) throws(Problem) -> CodePath {
    let path = try resolve(reference)
    if let entry = entry(path), entry.code.isRetired {
      throw .codeIsRetired(code: shortName(path), reason: entry.code.retired)
    }
    if let entry = entry(path), !entry.code.isCodable {
      throw .codeNotCodable(code: shortName(path))
    }
    return path
  }

  /// The shortest reference that resolves to `path` alone: `1b`, else the top-level ID with
  /// the code's own (`T2/1a`), else the shortest unambiguous end of the path.
  public func shortName(_ path: CodePath) -> String {
    if let index = positions[path] { return shortNames[index] }
    return path.description
  }

  private static func computeShortName(
    _ path: CodePath, entries: [CodeEntry], byLastID: [String: [Int]]
  ) -> String {
    let sameLast = (byLastID[path.last.lowercased()] ?? []).map { entries[$0].path }
    func unique(_ reference: [String]) -> Bool {
      let suffixMatches = sameLast.filter { $0.hasSuffix(reference) }
      if suffixMatches.count == 1 { return true }
      if !suffixMatches.isEmpty { return false }
      return sameLast.filter { isAnchoredSubsequence(reference, of: $0.components) }.count == 1
    }
    var tries: [[String]] = [[path.last]]
    if path.components.count > 2 { tries.append([path.components[0], path.last]) }
    for length in 2...max(2, path.components.count) {
      tries.append(Array(path.components.suffix(length)))
    }
    for reference in tries where unique(reference) {
      return reference.joined(separator: "/")
    }
    return path.description
  }

  /// Whether `reference` appears in order within `components`, ending at its last one.
  static func isAnchoredSubsequence(_ reference: [String], of components: [String]) -> Bool {
    guard let last = reference.last, components.last == last else { return false }
    var remaining = reference.dropLast()[...]
    for component in components.dropLast().reversed() {
      if let wanted = remaining.last, wanted == component { remaining = remaining.dropLast() }
    }
    return remaining.isEmpty
  }

  /// Codes whose ID starts with `text` or whose name contains it, best matches first: for the
  /// coding screen's completion. An empty `text` matches nothing. Without `includingRetired`,
  /// only codes a new coding may use: neither retired nor grouping codes (`Codable: no`).
  public func search(_ text: String, limit: Int = 20, includingRetired: Bool = true) -> [CodeEntry]
  {
    let needle = text.trimmed().lowercased()
    guard !needle.isEmpty else { return [] }
    var scored: [(Int, Int)] = []
    for (index, entry) in entries.enumerated()
    where includingRetired || (!entry.code.isRetired && entry.code.isCodable) {
      let shortest = shortNames[index].lowercased()
      let id = entry.path.last.lowercased()
      let name = entry.code.name.lowercased()
      let score: Int
      if shortest == needle || entry.path.description.lowercased() == needle {
        score = 0
      } else if id.hasPrefix(needle) || shortest.hasPrefix(needle) {
        score = 1
      } else if name.hasPrefix(needle) {
        score = 2
      } else if name.contains(needle) {
        score = 3
      } else {
        continue
      }
      scored.append((score, index))
    }
    return scored.sorted { $0 < $1 }.prefix(limit).map { entries[$0.1] }
  }

  /// The codes closest to a mistyped reference, compared with both their full paths and their
  /// short names, given as short names.
  private func suggestions(for reference: String) -> [String] {
    var byName: [String: String] = [:]
    for (index, entry) in entries.enumerated() {
      byName[entry.path.description] = shortNames[index]
      byName[shortNames[index]] = shortNames[index]
    }
    var seen: Set<String> = []
    return Suggestions.closest(to: reference, among: Array(byName.keys), limit: 6)
      .compactMap { byName[$0] }
      .filter { seen.insert($0).inserted }
      .prefix(3).map { $0 }
  }
}
