/// What Thema keeps in REFI-QDA descriptions that the standard has no element for, written so
/// other tools show it as readable text and Thema reads it back.
///
/// ## Format
/// ```
/// Thema coders: alice (done), bob, consensus (done)          <- a text source's description
/// Thema flags: *? (illustrative quote, unsure)               <- a selection's description
/// ```
/// The first says who has a codings file for the transcript and who marked it done (so a
/// coder's empty or finished sheet survives the trip); the second carries a coding's flags.
enum RefiProjectMarks {
  static let codersPrefix = "Thema coders: "
  static let flagsPrefix = "Thema flags: "

  /// The coders line for a source's description.
  static func codersLine(_ sheets: [(Coder, isDone: Bool)]) -> String {
    codersPrefix
      + sheets.map { $0.0.rawValue + ($0.isDone ? " (done)" : "") }.joined(separator: ", ")
  }

  /// The coders a description's coders line names, with whether each is done; empty when it has
  /// none.
  static func coders(in description: String) -> [(Coder, isDone: Bool)] {
    guard
      let line = description.split(separator: "\n").first(where: {
        $0.hasPrefix(codersPrefix)
      })
    else { return [] }
    return line.dropFirst(codersPrefix.count).split(separator: ",").compactMap { item in
      var name = item.trimmed()
      let isDone = name.hasSuffix(" (done)")
      if isDone { name = String(name.dropLast(" (done)".count)) }
      if name == Coder.consensus.rawValue { return (Coder.consensus, isDone) }
      return Coder(rawValue: name).map { ($0, isDone) }
    }
  }

  /// The flags line for a selection's description, or nil for no flags.
  static func flagsLine(_ flags: CodingFlags) -> String? {
    guard !flags.symbols.isEmpty else { return nil }
    var words: [String] = []
    if flags.contains(.quote) { words.append("illustrative quote") }
    if flags.contains(.unsure) { words.append("unsure") }
    return flagsPrefix + flags.symbols + " (" + words.joined(separator: ", ") + ")"
  }

  /// The flags a description's flags line gives, and the rest of the description (a memo).
  static func flags(in description: String) -> (CodingFlags, rest: String) {
    var flags = CodingFlags()
    var rest: [Substring] = []
    for line in description.split(separator: "\n", omittingEmptySubsequences: false) {
      if line.hasPrefix(flagsPrefix),
        let symbols = line.dropFirst(flagsPrefix.count).split(separator: " ").first,
        let parsed = CodingFlags(parsing: symbols)
      {
        flags.formUnion(parsed)
      } else {
        rest.append(line)
      }
    }
    return (flags, rest.joined(separator: "\n").trimmed())
  }
}
