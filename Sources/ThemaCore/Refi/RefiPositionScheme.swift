/// How a tool counts the `startPosition` and `endPosition` of plain-text selections.
///
/// The REFI-QDA standard says 0-based Unicode code points (end exclusive, in practice). Tools
/// differ: NVivo 12 for Windows counts UTF-16 code units (an emoji is 2) with a line break
/// (CRLF) as 2; ATLAS.ti counts code points with CRLF as 1. A byte-order mark is never
/// counted. The schemes only differ on texts with CRLF line breaks or characters outside the
/// Basic Multilingual Plane, so most texts read the same under all three.
public enum RefiPositionScheme: String, Hashable, Sendable, CaseIterable {
  /// Unicode code points, CRLF as 2: the standard, and what Thema writes.
  case codePoints = "codepoints"
  /// Unicode code points with CRLF as 1, as ATLAS.ti counts.
  case codePointsLF = "codepoints-lf"
  /// UTF-16 code units, CRLF as 2, as NVivo 12 for Windows counts.
  case utf16

  /// Why a scheme was used for a project.
  public enum Evidence: Hashable, Sendable {
    /// The user chose it (`--positions`).
    case chosen
    /// The project's texts read the same under every scheme.
    case noDifference
    /// Thema wrote the project, in code points.
    case thema
    /// It made the most selections' text match their names (as ATLAS.ti names quotations).
    case names(matched: Int, of: Int)
    /// It kept the most selections inside the text and off the middle of a character.
    case fits(fitting: Int, of: Int)
    /// The schemes fit equally; the tool that wrote the project (`origin`) is known to count
    /// this way.
    case origin(String)
    /// Nothing told the schemes apart: the standard's code points.
    case standard
  }

  /// The position of each scalar of `scalars` (the text as stored, without a byte-order mark)
  /// under this scheme, followed by the text's length: `count + 1` entries, non-decreasing.
  public func positions(of scalars: [Unicode.Scalar]) -> [Int] {
    var positions: [Int] = []
    positions.reserveCapacity(scalars.count + 1)
    var position = 0
    for (index, scalar) in scalars.enumerated() {
      positions.append(position)
      switch self {
      case .codePoints:
        position += 1
      case .codePointsLF:
        let isCRBeforeLF = scalar == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n"
        position += isCRBeforeLF ? 0 : 1
      case .utf16:
        position += scalar.utf16.count
      }
    }
    positions.append(position)
    return positions
  }

  /// Whether the schemes could count `scalars` differently: it has a CRLF or a character
  /// outside the Basic Multilingual Plane.
  static func schemesDiffer(on scalars: [Unicode.Scalar]) -> Bool {
    var previous: Unicode.Scalar = " "
    for scalar in scalars {
      if scalar.value > 0xFFFF || (previous == "\r" && scalar == "\n") { return true }
      previous = scalar
    }
    return false
  }

  /// The scheme the tool named in a project's `origin` is known to use, if any.
  static func known(forOrigin origin: String) -> RefiPositionScheme? {
    let lowered = origin.lowercased()
    if lowered.contains("nvivo") { return .utf16 }
    if lowered.contains("atlas.ti") || lowered.contains("atlasti") { return .codePointsLF }
    return nil
  }
}
