/// A codebook after a revision, with the mapping its codings must follow.
public struct RevisedCodebook: Hashable, Sendable {
  /// The revised codebook.
  public var codebook: Codebook
  /// Where old code paths go.
  public var mapping: CodeMapping
}

extension Codebook {
  /// The deepest level a code may sit at: Markdown headings stop at `######`.
  public static let maximumDepth = 5

  /// The codebook with `revision` applied, and where old codings go; throws when the revision
  /// would break the codebook (a taken ID, a move below itself, a split of a code with
  /// subcodes...). Code paths in the revision must exist (resolve them first).
  ///
  /// A revision that changes the paths of codes (a new ID, a move, the subcodes a merge moves)
  /// first pins the GUID each of them has now, so other tools still know them after it.
  public func revised(by revision: CodebookRevision) throws(RevisionProblem) -> RevisedCodebook {
    var base = self
    switch revision {
    case .rename(let path, let newID?, _) where newID != path.last:
      base.pinGUIDs(under: path)
    case .move(let path, _), .merge(let path, _):
      base.pinGUIDs(under: path)
    default:
      break
    }
    return try base.applying(revision)
  }

  /// Pins `guid(at:)` on the code at `path` and every code below it.
  mutating func pinGUIDs(under path: CodePath) {
    let codebook = self
    func pin(_ code: inout Code, at path: CodePath) {
      if code.guid.isEmpty { code.guid = codebook.guid(at: path) }
      for index in code.children.indices {
        pin(&code.children[index], at: path.appending(code.children[index].id))
      }
    }
    codes = Self.updating(path, in: codes) { pin(&$0, at: path) }
  }

  private func applying(_ revision: CodebookRevision) throws(RevisionProblem) -> RevisedCodebook {
    var revised = self
    let mapping: CodeMapping
    switch revision {
    case .rename(let path, let newID, let newName):
      guard newID != nil || newName != nil else { throw .nothingToRename(code: path.description) }
      var target = path
      if let newID, newID != path.last {
        try Self.checkNewID(newID, under: path.parent, in: self)
        target = (path.parent ?? CodePath(components: [])).appending(newID)
      }
      revised.codes = Self.updating(path, in: codes) { code in
        if let newID { code.id = newID }
        if let newName { code.name = newName }
      }
      mapping = CodeMapping(rule: .prefix(from: path, to: target))
    case .move(let path, let parent):
      if let parent, path.isAncestor(ofOrEqualTo: parent) {
        throw .intoItself(code: path.description, target: parent.description)
      }
      try Self.checkNewID(path.last, under: parent, in: self)
      let moved = Self.subtreeDepth(code(at: path)) + (parent?.components.count ?? 0)
      guard moved <= Self.maximumDepth else { throw .tooDeep(code: path.description, depth: moved) }
      guard let removed = Self.removing(path, from: &revised.codes) else { return identity }
      Self.inserting(removed.code, under: parent, at: nil, into: &revised.codes)
      mapping = CodeMapping(
        rule: .prefix(from: path, to: (parent ?? CodePath(components: [])).appending(path.last)))
    case .merge(let path, let target):
      if path.isAncestor(ofOrEqualTo: target) {
        throw .intoItself(code: path.description, target: target.description)
      }
      if code(at: target)?.isRetired == true { throw .retiredTarget(code: target.description) }
      guard let removed = Self.removing(path, from: &revised.codes) else { return identity }
      for child in removed.code.children {
        try Self.checkNewID(child.id, under: target, in: revised)
        Self.inserting(child, under: target, at: nil, into: &revised.codes)
      }
      mapping = CodeMapping(rule: .prefix(from: path, to: target))
    case .split(let path, let newCodes, let assignments, let rest):
      mapping = try split(
        path, into: newCodes, assignments: assignments, rest: rest, revised: &revised)
    case .retire(let path, let reason):
      if let existing = code(at: path), existing.isRetired {
        throw .alreadyRetired(code: path.description, reason: existing.retired)
      }
      revised.codes = Self.updating(path, in: codes) {
        $0.retired = reason.isEmpty ? "retired" : reason
      }
      mapping = .identity
    }
    return RevisedCodebook(codebook: revised, mapping: mapping)
  }

  private var identity: RevisedCodebook { RevisedCodebook(codebook: self, mapping: .identity) }

  private func split(
    _ path: CodePath, into newCodes: [Code], assignments: [SplitAssignment], rest: String?,
    revised: inout Codebook
  ) throws(RevisionProblem) -> CodeMapping {
    guard let original = code(at: path) else { return .identity }
    guard original.children.isEmpty else { throw .splitWithSubcodes(code: path.description) }
    guard newCodes.count >= 2 else { throw .splitNeedsTwo(code: path.description) }
    let newIDs = newCodes.map(\.id)
    guard let removed = Self.removing(path, from: &revised.codes) else { return .identity }
    var seen: Set<String> = []
    for code in newCodes {
      guard seen.insert(code.id).inserted else {
        throw .idTaken(id: code.id, parent: path.parent?.description ?? "")
      }
      try Self.checkNewID(code.id, under: path.parent, in: revised)
    }
    for (offset, code) in newCodes.enumerated() {
      Self.inserting(code, under: path.parent, at: removed.index + offset, into: &revised.codes)
    }
    let parent = path.parent ?? CodePath(components: [])
    var targets: [CodeMapping.SegmentKey: CodePath] = [:]
    for assignment in assignments {
      guard newIDs.contains(assignment.newID) else {
        throw .unknownSplitTarget(id: assignment.newID, newIDs: newIDs)
      }
      targets[
        CodeMapping.SegmentKey(transcript: assignment.transcript, segment: assignment.segment)] =
        parent.appending(assignment.newID)
    }
    if let rest, !newIDs.contains(rest) { throw .unknownSplitTarget(id: rest, newIDs: newIDs) }
    return CodeMapping(
      rule: .split(from: path, assignments: targets, rest: rest.map(parent.appending)))
  }

  // MARK: Tree surgery

  private static func checkNewID(_ id: String, under parent: CodePath?, in codebook: Codebook)
    throws(RevisionProblem)
  {
    guard CodebookMarkdownParser.looksLikeCodeID(Substring(id)) else { throw .invalidID(id) }
    let siblings = parent.map { codebook.code(at: $0)?.children ?? [] } ?? codebook.codes
    if siblings.contains(where: { $0.id == id }) {
      throw .idTaken(id: id, parent: parent?.description ?? "")
    }
  }

  private static func subtreeDepth(_ code: Code?) -> Int {
    guard let code else { return 0 }
    return 1 + (code.children.map(subtreeDepth).max() ?? 0)
  }

  private static func updating(_ path: CodePath, in codes: [Code], _ body: (inout Code) -> Void)
    -> [Code]
  {
    guard let first = path.components.first else { return codes }
    var codes = codes
    guard let index = codes.firstIndex(where: { $0.id == first }) else { return codes }
    if path.components.count == 1 {
      body(&codes[index])
    } else {
      codes[index].children = updating(
        CodePath(components: Array(path.components.dropFirst())), in: codes[index].children, body)
    }
    return codes
  }

  private static func removing(_ path: CodePath, from codes: inout [Code]) -> (
    code: Code, index: Int
  )? {
    guard let first = path.components.first, let index = codes.firstIndex(where: { $0.id == first })
    else { return nil }
    if path.components.count == 1 { return (codes.remove(at: index), index) }
    return removing(
      CodePath(components: Array(path.components.dropFirst())), from: &codes[index].children)
  }

  private static func inserting(
    _ code: Code, under parent: CodePath?, at position: Int?, into codes: inout [Code]
  ) {
    guard let parent, let first = parent.components.first else {
      codes.insert(code, at: min(position ?? codes.count, codes.count))
      return
    }
    guard let index = codes.firstIndex(where: { $0.id == first }) else { return }
    let rest =
      parent.components.count > 1 ? CodePath(components: Array(parent.components.dropFirst())) : nil
    inserting(code, under: rest, at: position, into: &codes[index].children)
  }
}
