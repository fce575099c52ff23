/// How codes from other tools, which have names but no IDs, get Thema IDs.
///
/// ## Rule
/// - Thema exports a code's REFI-QDA name as `ID Name` (`1a Peer role clarity`), so other tools
///   show the ID. On import, a name's first word becomes the ID when it could be one (letters,
///   digits, `.`, `_`, `-`, with a digit: `1a`, `T2`, `3.1`; in files Thema wrote, also a word
///   in capitals such as `TRUST`), a name follows it, and no sibling starts with the same word.
/// - Other codes are numbered by position, as an outline: `1`, `2`, `3` at the top; below a
///   code whose ID ends in a digit, letters (`1a`, `1b`, ..., `1z`, `1aa`); below one that ends
///   in a letter, numbers (`1a1`, `1a2`). A number or letter a sibling's own ID already takes
///   is skipped.
enum RefiCodeIDs {
  /// The ID and name of each sibling, from their REFI-QDA names (whitespace already collapsed).
  ///
  /// - Parameters:
  ///   - parentID: the parent's Thema ID, or nil at the top level.
  ///   - capitals: whether a first word in capitals alone may be an ID (files Thema wrote).
  static func assign(_ names: [String], parentID: String?, capitals: Bool) -> [(
    id: String, name: String
  )] {
    let candidates = names.map { name -> (id: String, rest: String)? in
      guard let space = name.firstIndex(of: " ") else { return nil }
      let word = name[..<space]
      let rest = name[space...].trimmed()
      guard !rest.isEmpty, looksLikeID(word, capitals: capitals) else { return nil }
      return (String(word), rest)
    }
    var counts: [String: Int] = [:]
    for candidate in candidates.compactMap({ $0 }) {
      counts[candidate.id.lowercased(), default: 0] += 1
    }
    var taken: Set<String> = []
    var split: [Bool] = []
    for candidate in candidates {
      let isSplit = candidate.map { counts[$0.id.lowercased()] == 1 } ?? false
      if isSplit, let candidate { taken.insert(candidate.id.lowercased()) }
      split.append(isSplit)
    }
    var sequence = PositionalIDs(parentID: parentID)
    var result: [(id: String, name: String)] = []
    for (index, name) in names.enumerated() {
      if split[index], let candidate = candidates[index] {
        result.append((candidate.id, candidate.rest))
        continue
      }
      var id = sequence.next()
      while taken.contains(id.lowercased()) { id = sequence.next() }
      taken.insert(id.lowercased())
      result.append((id, name))
    }
    return result
  }

  /// Whether `word` may be a code ID taken from a name.
  static func looksLikeID(_ word: Substring, capitals: Bool) -> Bool {
    guard IdentifierRule.isValid(word), word.count <= 16 else { return false }
    if word.unicodeScalars.contains(where: { (0x30...0x39).contains($0.value) }) { return true }
    return capitals && CodebookMarkdownParser.looksLikeCodeID(word)
  }
}

/// The outline numbering of `RefiCodeIDs`: the IDs given by position below one parent.
struct PositionalIDs {
  private let prefix: String
  private let usesLetters: Bool
  private var counter = 0

  /// The sequence for the children of `parentID` (nil: the top level).
  init(parentID: String?) {
    prefix = parentID ?? ""
    let last = parentID?.unicodeScalars.last
    usesLetters = last.map { (0x30...0x39).contains($0.value) } ?? false
  }

  /// The next ID: `1`, `2`... or `1a`, `1b`... or `1a1`, `1a2`...
  mutating func next() -> String {
    counter += 1
    return prefix + (usesLetters ? Self.letters(counter) : String(counter))
  }

  /// 1 -> `a`, 26 -> `z`, 27 -> `aa`: bijective base 26.
  static func letters(_ number: Int) -> String {
    var value = number
    var out: [Character] = []
    let alphabet = Array("abcdefghijklmnopqrstuvwxyz")
    while value > 0 {
      value -= 1
      out.insert(alphabet[value % 26], at: 0)
      value /= 26
    }
    return String(out)
  }
}
