/// One code of a codebook: a domain, theme or subtheme, with the rules for applying it.
///
/// Codes form a tree: a domain (`T1`) holds themes (`1`), which hold subthemes (`1a`). Its
/// `id` is unique among its siblings; the path of IDs from the root (`T1/1/1a`) names it.
public struct Code: Hashable, Sendable, Codable {
  /// The short ID, e.g. `1a`.
  public var id: String
  /// The human name, e.g. `Lived experience as a job requirement`.
  public var name: String
  /// Free text about the code, paragraphs separated by blank lines.
  public var description: String
  /// What the code means.
  public var definition: String
  /// When to apply it.
  public var include: String
  /// When not to apply it, and what to use instead.
  public var exclude: String
  /// A typical passage the code applies to.
  public var example: String
  /// A display colour as `#rrggbb`, or empty.
  public var color: String
  /// Whether codings may use the code; false for a grouping code such as REFI-QDA's
  /// `isCodable="false"` "Topics" folder, which only holds subcodes (`Codable: no`).
  public var isCodable: Bool
  /// The names of the code sets (REFI-QDA `Sets`: MAXQDA code sets, ATLAS.ti code groups) the
  /// code belongs to, in the order written; see `Codebook.sets`.
  public var sets: [String]
  /// Why and when the code was retired (e.g. `2026-11-23: merged into 1b`), or empty while the
  /// code is in use. Retired codes stay in the codebook so old codings keep their meaning, but
  /// are no longer offered for coding.
  public var retired: String
  /// The code's stable identity for exchange with other tools (REFI-QDA), as a lowercase GUID
  /// without braces; empty until a GUID is pinned, when `Codebook.guid(at:)` derives one from
  /// the codebook's name and the code's path.
  public var guid: String
  /// The code's children, in codebook order.
  public var children: [Code]

  /// Whether the code has been retired.
  public var isRetired: Bool { !retired.isEmpty }

  /// Creates a code; everything but the ID and name may be left empty.
  public init(
    id: String, name: String, description: String = "", definition: String = "",
    include: String = "", exclude: String = "", example: String = "", color: String = "",
    isCodable: Bool = true, sets: [String] = [], retired: String = "", guid: String = "",
    children: [Code] = []
  ) {
    self.id = id
    self.name = name
    self.description = description
    self.definition = definition
    self.include = include
    self.exclude = exclude
    self.example = example
    self.color = color
    self.isCodable = isCodable
    self.sets = sets
    self.retired = retired
    self.guid = guid
    self.children = children
  }
}
