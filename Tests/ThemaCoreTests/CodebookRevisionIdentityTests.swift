import Testing

@testable import ThemaCore

/// Revisions keep the identities other tools know codes by: a code whose path changes keeps
/// the GUID it had before.
@Suite struct CodebookRevisionIdentityTests {
  static let codebook = CodebookRevisionTests.codebook
  static func path(_ text: String) -> CodePath { CodebookRevisionTests.path(text) }

  /// Each code's GUID before the revision, by the path it has after it.
  static func guids(_ codebook: Codebook, mapping: [String: String]) -> [String: String] {
    var result: [String: String] = [:]
    for entry in codebook.flattened() {
      let old = entry.path.description
      result[mapping[old] ?? old] = codebook.guid(at: entry.path)
    }
    return result
  }

  static func expectKept(_ revision: CodebookRevision, moves: [String: String]) throws {
    let before = guids(codebook, mapping: moves)
    let revised = try codebook.revised(by: revision).codebook
    for entry in revised.flattened() {
      guard let old = before[entry.path.description] else { continue }
      #expect(revised.guid(at: entry.path) == old, "\(entry.path) after \(revision.verb)")
    }
  }

  @Test func aNewIDKeepsTheCodesAndItsSubcodesGUIDs() throws {
    try Self.expectKept(
      .rename(code: Self.path("T1/1"), newID: "3", newName: nil),
      moves: ["T1/1": "T1/3", "T1/1/1a": "T1/3/1a", "T1/1/1b": "T1/3/1b"])
  }

  @Test func aMoveKeepsTheGUIDs() throws {
    try Self.expectKept(
      .move(code: Self.path("T1/2"), under: Self.path("T2")),
      moves: ["T1/2": "T2/2", "T1/2/2a": "T2/2/2a"])
  }

  @Test func aMergeKeepsTheMovedSubcodesGUIDs() throws {
    try Self.expectKept(
      .merge(code: Self.path("T1/2"), into: Self.path("T1/1")), moves: ["T1/2/2a": "T1/1/2a"])
  }

  @Test func onlyCodesWhosePathChangesArePinned() throws {
    let renamed = try Self.codebook.revised(
      by: .rename(code: Self.path("T1/1/1a"), newID: nil, newName: "Only the name")
    ).codebook
    #expect(renamed.flattened().allSatisfy { $0.code.guid.isEmpty }, "the path stays")
    let moved = try Self.codebook.revised(by: .move(code: Self.path("T1/2"), under: nil))
      .codebook
    #expect(
      moved.flattened().filter { !$0.code.guid.isEmpty }.map(\.path.description) == [
        "2", "2/2a",
      ])
  }

  @Test func aPinnedGUIDIsNotReplaced() throws {
    var codebook = Self.codebook
    codebook.codes[0].children[1].guid = "5215cc69-b628-4e02-afb9-9beeaee55808"
    let moved = try codebook.revised(by: .move(code: Self.path("T1/2"), under: nil)).codebook
    #expect(moved.guid(at: Self.path("2")) == "5215cc69-b628-4e02-afb9-9beeaee55808")
  }
}
