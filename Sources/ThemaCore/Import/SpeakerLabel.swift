/// A speaker label at the start of a line of a text transcript, in one of the styles
/// researchers' files use, and the rules that tell a label from ordinary text.
///
/// | style | example |
/// | --- | --- |
/// | `rev` | `Speaker 1 (00:02): text`, or the label alone with the text below |
/// | `bracketedTime` | `[00:00:01] Alice: text` |
/// | `zoomText` | `[Johnny Doe] 11:02:09` alone, the text below |
/// | `otter` | `Alice Chen  0:01` alone, the text below |
/// | `colon` | `Interviewer: text`, `P3: text`, `Participant 03:` alone |
/// | `bold` | a Word paragraph starting with bold `Interviewer` or `Interviewer:` |
/// | `bracketed` | `[id1] text` |
/// | `tab` | `Interviewer<TAB>text`, as Word tables and some exports have |
struct SpeakerLabel: Hashable, Sendable {
  /// How a label is written.
  enum Style: Int, Hashable, Sendable, CaseIterable {
    case rev
    case bracketedTime
    case zoomText
    case otter
    case colon
    case bold
    case bracketed
    case tab

    /// Styles with a time are strong evidence of a label on their own.
    var hasTime: Bool {
      self == .rev || self == .bracketedTime || self == .zoomText || self == .otter
    }
  }

  /// The speaker's name as written.
  var name: Substring
  /// The time the label gives, if any.
  var start: Timestamp?
  /// The text after the label on the same line (may be empty).
  var rest: Substring

  /// The label of `style` that `line` starts with, or nil. `boldPrefix` is the text of the
  /// leading bold runs of a Word paragraph.
  static func match(_ line: Substring, style: Style, boldPrefix: Substring? = nil) -> SpeakerLabel?
  {
    var label: SpeakerLabel?
    switch style {
    case .colon: label = colon(line)
    case .rev: label = rev(line)
    case .bracketedTime: label = bracketedTime(line)
    case .zoomText: label = zoomText(line)
    case .otter: label = otter(line)
    case .bracketed: label = bracketed(line)
    case .tab: label = tab(line)
    case .bold: label = bold(line, prefix: boldPrefix)
    }
    // The text starts after the spaces that follow the label.
    if var found = label {
      let bytes = found.rest.utf8
      var start = bytes.startIndex
      while start != bytes.endIndex && (bytes[start] == 0x20 || bytes[start] == 0x09) {
        start = bytes.index(after: start)
      }
      found.rest = found.rest[start...]
      return found
    }
    return nil
  }

  /// Whether `name` is accepted as a speaker: it reads as a name, is not a stage direction such
  /// as `[laughs]`, and either the style carries a time, or it is a role (`Interviewer`, `P3`,
  /// `PM-01`, `Speaker 2`), or it is capitalized like a name and labels at least two lines.
  static func accepts(_ name: Substring, style: Style, occurrences: Int) -> Bool {
    guard isPlausibleName(name, strict: false), !isStageDirection(name) else { return false }
    // Otter's label is only a name and a time, as ordinary lines ending in a time may be too.
    if style == .otter { return isPlausibleName(name, strict: true) }
    if style.hasTime || isRole(name) { return true }
    return occurrences >= 2 && isPlausibleName(name, strict: true)
  }

  // MARK: Styles

  private static func colon(_ line: Substring) -> SpeakerLabel? {
    guard let colon = firstIndex(of: ":", in: line, within: 48) else { return nil }
    let after = line.index(after: colon)
    guard after == line.endIndex || line[after] == " " || line[after] == "\t" else { return nil }
    let name = line[..<colon]
    return SpeakerLabel(name: name, start: nil, rest: line[after...])
  }

  private static func rev(_ line: Substring) -> SpeakerLabel? {
    guard let close = firstIndex(of: ")", in: line, within: 64), close > line.startIndex else {
      return nil
    }
    let afterClose = line.index(after: close)
    guard afterClose < line.endIndex, line[afterClose] == ":" else { return nil }
    guard let open = line[..<close].lastIndex(of: "("), open > line.startIndex,
      let time = Timestamp(parsing: line[line.index(after: open)..<close])
    else { return nil }
    let name = line[..<open].trimmingTrailingWhitespace()
    let rest = line[line.index(after: afterClose)...]
    guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
    return SpeakerLabel(name: name, start: time, rest: rest)
  }

  private static func bracketedTime(_ line: Substring) -> SpeakerLabel? {
    guard line.first == "[", let close = firstIndex(of: "]", in: line, within: 16),
      let time = Timestamp(parsing: line[line.index(after: line.startIndex)..<close])
    else { return nil }
    let after = line[line.index(after: close)...].drop { $0 == " " }
    guard let label = colon(after) else { return nil }
    return SpeakerLabel(name: label.name, start: time, rest: label.rest)
  }

  private static func zoomText(_ line: Substring) -> SpeakerLabel? {
    guard line.first == "[", let close = firstIndex(of: "]", in: line, within: 64) else {
      return nil
    }
    let timeText = line[line.index(after: close)...].trimmed()
    guard !timeText.isEmpty, let time = Timestamp(parsing: timeText) else { return nil }
    let name = line[line.index(after: line.startIndex)..<close]
    return SpeakerLabel(name: name, start: time, rest: line[line.endIndex...])
  }

  private static func otter(_ line: Substring) -> SpeakerLabel? {
    guard line.utf8.count <= 64 else { return nil }
    let trimmed = line.trimmingTrailingWhitespace()
    guard let space = trimmed.lastIndex(of: " ") else { return nil }
    guard let time = Timestamp(parsing: trimmed[trimmed.index(after: space)...]) else {
      return nil
    }
    let name = trimmed[..<space].trimmingTrailingWhitespace()
    guard !name.isEmpty else { return nil }
    return SpeakerLabel(name: name, start: time, rest: line[line.endIndex...])
  }

  private static func bracketed(_ line: Substring) -> SpeakerLabel? {
    guard line.first == "[", let close = firstIndex(of: "]", in: line, within: 48) else {
      return nil
    }
    let rest = line[line.index(after: close)...]
    guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
    return SpeakerLabel(
      name: line[line.index(after: line.startIndex)..<close], start: nil, rest: rest)
  }

  private static func tab(_ line: Substring) -> SpeakerLabel? {
    guard let tab = firstIndex(of: "\t", in: line, within: 48), tab > line.startIndex else {
      return nil
    }
    return SpeakerLabel(name: line[..<tab], start: nil, rest: line[line.index(after: tab)...])
  }

  private static func bold(_ line: Substring, prefix: Substring?) -> SpeakerLabel? {
    guard let prefix, !prefix.isEmpty, line.hasPrefix(prefix) else { return nil }
    var name = prefix.trimmingTrailingWhitespace()
    if name.hasSuffix(":") { name = name.dropLast().trimmingTrailingWhitespace() }
    let rest = line[line.index(line.startIndex, offsetBy: prefix.count)...]
    guard rest.isEmpty || rest.first == " " || rest.first == "\t" || rest.first == ":" else {
      return nil
    }
    return SpeakerLabel(name: name, start: nil, rest: rest.first == ":" ? rest.dropFirst() : rest)
  }

  /// The first `character` (ASCII) among the first `limit` bytes of `line`.
  private static func firstIndex(of character: Character, in line: Substring, within limit: Int)
    -> Substring.Index?
  {
    guard let target = character.asciiValue else { return nil }
    let found = line.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
      bytes.prefix(limit).firstIndex(of: target)
    }
    if let found {
      return found.map { line.utf8.index(line.utf8.startIndex, offsetBy: $0) }
    }
    return line.utf8.prefix(limit).firstIndex(of: target)
  }

  // MARK: Names

  /// Lowercase words that may sit inside a capitalized name: `Ana de la Cruz`, `Jan van Dijk`.
  private static let particles: Set<String> = [
    "de", "da", "del", "della", "der", "den", "di", "do", "dos", "das", "du", "la", "le", "van",
    "von", "bin", "al", "el", "y", "e", "ten", "ter",
  ]

  /// Words that name a role in an interview, so a single label of that name is trusted.
  private static let roles: Set<String> = [
    "interviewer", "interviewee", "participant", "respondent", "moderator", "facilitator",
    "researcher", "speaker", "host", "guest", "unknown",
  ]

  /// Bracketed stage directions that are not speakers.
  private static let stageDirections: Set<String> = [
    "laughs", "laughter", "laughing", "inaudible", "unintelligible", "crosstalk", "cross-talk",
    "pause", "silence", "music", "applause", "coughs", "sighs", "noise", "background noise",
    "overlapping", "overlap", "redacted", "unclear", "chuckles", "crying", "interruption",
  ]

  /// Whether `name` reads as a speaker's name: 1 to 40 characters, at most five words, a letter
  /// or digit in it, and none of the punctuation of sentences. `strict` also asks for
  /// capitalized words (particles aside), as typed names are; captions' display names need not
  /// be.
  static func isPlausibleName(_ name: Substring, strict: Bool) -> Bool {
    guard !name.isEmpty, name.count <= 40, name.first != " " else { return false }
    let words = name.split(separator: " ")
    guard words.count <= 5 else { return false }
    var hasLetterOrDigit = false
    var allDigits = true
    for character in name {
      if character.isLetter { allDigits = false }
      if character.isLetter || character.isNumber {
        hasLetterOrDigit = true
      } else if !" .-_'’&/#@".contains(character) {
        return false
      } else if character != " " {
        allDigits = false
      }
    }
    guard hasLetterOrDigit, !allDigits else { return false }
    guard strict else { return true }
    for (position, word) in words.enumerated() {
      guard let first = word.first else { continue }
      if first.isUppercase || first.isNumber { continue }
      if position > 0 && particles.contains(word.lowercased()) { continue }
      return false
    }
    return true
  }

  /// Whether `name` names a role: a role word (`Interviewer`, `Participant 03`), a word with
  /// digits (`P3`, `PM-01`, `id1`), or a short capital abbreviation (`PM`, `INT`, `R`).
  static func isRole(_ name: Substring) -> Bool {
    let words = name.split(separator: " ")
    guard let first = words.first, words.count <= 3 else { return false }
    if roles.contains(first.lowercased()) { return true }
    if words.count == 1 {
      if first.contains(where: \.isNumber) && first.contains(where: \.isLetter) { return true }
      if first.count <= 4 && first.allSatisfy({ $0.isUppercase }) { return true }
    }
    return false
  }

  private static func isStageDirection(_ name: Substring) -> Bool {
    stageDirections.contains(name.lowercased())
  }
}
