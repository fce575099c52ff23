/// Where each old code path goes after a codebook revision, for migrating codings.
public struct CodeMapping: Hashable, Sendable {
  enum Rule: Hashable, Sendable {
    /// Paths at or below `from` move to `to` (plus the part below `from`).
    case prefix(from: CodePath, to: CodePath)
    /// Codings of `from` go to the code their segment is assigned to, else to `rest`.
    case split(from: CodePath, assignments: [SegmentKey: CodePath], rest: CodePath?)
  }

  /// A segment of a transcript.
  struct SegmentKey: Hashable, Sendable {
    var transcript: TranscriptID
    var segment: SegmentID
  }

  let rule: Rule?

  /// The mapping that changes nothing.
  public static let identity = CodeMapping(rule: nil)

  /// The new path of `coding`'s code: the same path when the revision does not touch it, nil
  /// when a split left it unassigned.
  public func newPath(for coding: Coding) -> CodePath? {
    switch rule {
    case nil:
      return coding.code
    case .prefix(let from, let to):
      guard from.isAncestor(ofOrEqualTo: coding.code) else { return coding.code }
      return CodePath(
        components: to.components + coding.code.components.dropFirst(from.components.count))
    case .split(let from, let assignments, let rest):
      guard coding.code == from else { return coding.code }
      return assignments[SegmentKey(transcript: coding.transcript, segment: coding.segment)] ?? rest
    }
  }
}

/// A coder's sheet after a revision: the migrated sheet, how many codings changed, and the
/// codings a split could not place.
public struct MigratedSheet: Hashable, Sendable {
  /// The sheet with codes renamed, moved or merged, duplicates folded together.
  public var sheet: CodingSheet
  /// How many codings got a new code.
  public var changed: Int
  /// Codings left without a code (a split with no assignment for their segment).
  public var unassigned: [Coding]
}

extension CodingSheet {
  /// The sheet with every coding's code mapped; codings that end up identical (same segment,
  /// code and span) are folded into one, keeping every flag and memo.
  public func migrated(by mapping: CodeMapping) -> MigratedSheet {
    var result: [CodingIdentity: Coding] = [:]
    var order: [CodingIdentity] = []
    var changed = 0
    var unassigned: [Coding] = []
    for coding in codings {
      guard let path = mapping.newPath(for: coding) else {
        unassigned.append(coding)
        continue
      }
      var moved = coding
      if path != coding.code {
        moved.code = path
        changed += 1
      }
      if var existing = result[moved.key] {
        existing.flags.formUnion(moved.flags)
        if !moved.memo.isEmpty && existing.memo != moved.memo {
          existing.memo = existing.memo.isEmpty ? moved.memo : existing.memo + " / " + moved.memo
        }
        result[moved.key] = existing
      } else {
        result[moved.key] = moved
        order.append(moved.key)
      }
    }
    var sheet = self
    sheet.codings = order.compactMap { result[$0] }
    return MigratedSheet(sheet: sheet.sorted(), changed: changed, unassigned: unassigned)
  }
}
