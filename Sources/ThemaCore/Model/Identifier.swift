/// The characters Thema accepts in identifiers that also name files or appear in TSV columns.
///
/// Transcript IDs, segment IDs, code IDs and coder names all follow this rule: a letter or digit
/// first, then letters, digits, `.`, `_` or `-`. ASCII only, so IDs are safe as file names on
/// every system and never need quoting in a shell.
enum IdentifierRule {
  /// Whether `text` is a well-formed identifier under the shared rule.
  static func isValid(_ text: some StringProtocol) -> Bool {
    guard let first = text.unicodeScalars.first, isAlphanumeric(first) else { return false }
    return text.unicodeScalars.allSatisfy {
      isAlphanumeric($0) || $0 == "." || $0 == "_" || $0 == "-"
    }
  }

  static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
    default: return false
    }
  }
}

/// An identifier of something in a study (a transcript, a segment, a coder): a well-formed
/// string that prints as itself and sorts naturally (`S2` before `S10`).
public protocol StudyIdentifier: RawRepresentable<String>, Hashable, Comparable, Sendable, Codable,
  CustomStringConvertible
{}

extension StudyIdentifier {
  /// The identifier as written.
  public var description: String { rawValue }

  /// Orders identifiers naturally, so `S2` comes before `S10`.
  public static func < (lhs: Self, rhs: Self) -> Bool {
    NaturalOrder.less(lhs.rawValue, rhs.rawValue)
  }
}
