/// Everything that can be wrong, or worth a warning, when reading or writing REFI-QDA files
/// (codebooks `.qdc`, projects `.qdpx`), as data; `RefiProblem+Message.swift` holds the wording.
/// `Problem.refi` carries it into diagnostics, as `Problem.importing` carries `ImportProblem`.
public enum RefiProblem: Error, Hashable, Sendable {
  // MARK: The document

  /// The XML cannot be read (malformed, a DOCTYPE, past a limit); the location is in the value.
  case xml(XMLProblem)
  /// The root element is not the one expected, e.g. a `<Project>` where a `<CodeBook>` belongs.
  case wrongRoot(found: String, expected: String)
  /// The root element is in another namespace than the REFI-QDA ones accepted.
  case wrongNamespace(found: String, expected: String)
  /// A required element is missing, e.g. `<Codes>` in a `<CodeBook>`.
  case missingElement(name: String, parent: String)

  // MARK: Codes

  /// A `<Code>` without a `name`, or with an empty one.
  case codeWithoutName
  /// A code without a `guid` (a warning: Thema gives it an identity of its own).
  case codeWithoutGUID(code: String)
  /// A code whose `guid` is not a GUID (a warning: Thema gives it an identity of its own).
  case invalidGUID(value: String, code: String)
  /// Two codes with the same GUID; `firstLine` is the first one's line.
  case duplicateGUID(guid: String, code: String, firstLine: Int)
  /// An `isCodable` that is not `true` or `false` (a warning: the code stays codable).
  case invalidCodable(value: String, code: String)
  /// A `color` that is not `#rrggbb` or `#rgb` (a warning: the colour is left out).
  case invalidColor(value: String, code: String)
  /// A code nested deeper than a Thema codebook holds.
  case codeTooDeep(code: String, depth: Int, limit: Int)

  // MARK: Sets

  /// A `<Set>` without a name.
  case setWithoutName
  /// Two sets with the same name (a warning: the second is renamed to `renamed`).
  case duplicateSetName(name: String, renamed: String, firstLine: Int)
  /// A set name with a character Thema's `Sets:` field cannot hold (a warning).
  case setRenamed(from: String, to: String)
  /// A `<MemberCode>` whose GUID names no code of the file (a warning: it is left out).
  case unknownSetMember(guid: String, set: String)

  // MARK: The study

  /// `thema codebook import` would replace an existing codebook without `--force`.
  case codebookExists(name: String)
  /// A forced import would remove codes that codings still use, listed as paths with counts.
  case codedCodesWouldVanish(codebook: String, codes: [String])
  /// A codebook name that cannot name a file in `Codebooks/`.
  case invalidCodebookName(String)
}
