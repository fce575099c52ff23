/// A named group of codes that cuts across the tree, such as MAXQDA's code sets or ATLAS.ti's
/// code groups (REFI-QDA `<Set>`): declared once in the codebook, joined by codes that name it
/// in their `sets`.
///
/// Membership is kept on the codes, so it follows a code through renames and moves; the
/// declaration keeps what other tools know the set by, its GUID and description.
public struct CodeSet: Hashable, Sendable, Codable {
  /// The set's name, e.g. `Barriers to hiring`; unique in the codebook, without `;`.
  public var name: String
  /// The set's identity for other tools as a lowercase GUID, or empty to derive one (see
  /// `Codebook.guid(ofSet:)`).
  public var guid: String
  /// Free text about the set.
  public var description: String

  /// Creates a set declaration.
  public init(name: String, guid: String = "", description: String = "") {
    self.name = name
    self.guid = guid
    self.description = description
  }
}
