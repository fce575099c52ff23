/// The privacy check before an export: does any quote, memo or context segment about to be
/// written still hold a name from the study's redaction list (`.thema/redactions.txt`)?
///
/// Names match as whole words without regard to case, as `RedactionList` documents; curly and
/// straight apostrophes count as the same, so `O'Brien` is found in a typographic `O’Brien`.
public enum IdentifierCheck {
  /// Every place a listed name occurs in `texts`, in the order of `texts`, each name once per
  /// text.
  public static func findings(in texts: [ExportedText], list: RedactionList) -> [IdentifierFinding]
  {
    let names = list.entries.map { ($0.name, normalized($0.name)) }.filter { !$0.1.isEmpty }
    guard !names.isEmpty else { return [] }
    var found: [IdentifierFinding] = []
    for text in texts {
      let haystack = normalized(text.text)
      for (name, needle) in names where containsWord(needle, in: haystack) {
        found.append(
          IdentifierFinding(
            name: name, part: text.part, transcript: text.transcript, segment: text.segment,
            code: text.code))
      }
    }
    return found
  }

  /// Where `name` first occurs in segment `segment` of a transcript file's text, as a 1-based
  /// line and column, for pointing at it in a diagnostic; nil when it cannot be found there
  /// (for example when the name is broken across two lines).
  public static func location(of name: String, segment: SegmentID, inTranscriptText text: String)
    -> (line: Int, column: Int)?
  {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let header = segment.rawValue + " |"
    guard let start = lines.firstIndex(where: { $0.hasPrefix(header) }) else { return nil }
    let needle = normalized(name)
    var index = start + 1
    while index < lines.count, !lines[index].isEmpty {
      let line = normalized(String(lines[index]))
      if let range = wordRange(needle, in: line) {
        return (index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1)
      }
      index += 1
    }
    return nil
  }

  /// Whether `needle` occurs in `haystack` with no letter or digit right before or after it
  /// (both already lowercased).
  static func containsWord(_ needle: String, in haystack: String) -> Bool {
    wordRange(needle, in: haystack) != nil
  }

  private static func wordRange(_ needle: String, in haystack: String) -> Range<String.Index>? {
    guard !needle.isEmpty else { return nil }
    var searchStart = haystack.startIndex
    while searchStart < haystack.endIndex,
      let range = haystack[searchStart...].firstRange(of: needle)
    {
      let before =
        range.lowerBound > haystack.startIndex
        ? haystack[haystack.index(before: range.lowerBound)] : nil
      let after = range.upperBound < haystack.endIndex ? haystack[range.upperBound] : nil
      let needsStart = needle.first.map(isWordCharacter) ?? false
      let needsEnd = needle.last.map(isWordCharacter) ?? false
      let startOK = !needsStart || before.map { !isWordCharacter($0) } ?? true
      let endOK = !needsEnd || after.map { !isWordCharacter($0) } ?? true
      if startOK && endOK { return range }
      searchStart = haystack.index(after: range.lowerBound)
    }
    return nil
  }

  private static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber
  }

  /// Lowercased, with curly quotes made straight, so comparisons ignore case and typography.
  static func normalized(_ text: String) -> String {
    var out = ""
    for character in text.lowercased() {
      switch character {
      case "\u{2018}", "\u{2019}": out.append("'")
      case "\u{201C}", "\u{201D}": out.append("\"")
      default: out.append(character)
      }
    }
    return out
  }
}

/// A piece of text an export is about to write, with where it comes from, for the privacy
/// check.
public struct ExportedText: Hashable, Sendable {
  /// What it is: `quote`, `memo` or `context`.
  public var part: String
  /// The transcript it comes from.
  public var transcript: TranscriptID
  /// The segment it comes from.
  public var segment: SegmentID
  /// The code it is shown for.
  public var code: CodePath
  /// The text as it will be written.
  public var text: String

  /// Creates a piece of exported text.
  public init(
    part: String, transcript: TranscriptID, segment: SegmentID, code: CodePath, text: String
  ) {
    self.part = part
    self.transcript = transcript
    self.segment = segment
    self.code = code
    self.text = text
  }
}

/// A name from the redaction list found in text about to be exported.
public struct IdentifierFinding: Hashable, Sendable {
  /// The name as the list writes it.
  public var name: String
  /// `quote`, `memo` or `context`.
  public var part: String
  /// The transcript the text comes from.
  public var transcript: TranscriptID
  /// The segment the text comes from.
  public var segment: SegmentID
  /// The code it is shown for.
  public var code: CodePath

  /// The finding as a problem to report.
  public var problem: ExportProblem {
    .identifierFound(
      name: name, part: part, transcript: transcript.rawValue, segment: segment.rawValue,
      code: code.description)
  }
}

extension QuoteTable {
  /// Every quote the table would print, for the privacy check.
  public var exportedTexts: [ExportedText] {
    sections.flatMap(\.rows).flatMap(\.quotes).map {
      ExportedText(
        part: "quote", transcript: $0.transcript, segment: $0.segment, code: $0.code, text: $0.text)
    }
  }
}

extension CodeReport {
  /// Every passage, memo and context segment the report would print, for the privacy check.
  public var exportedTexts: [ExportedText] {
    var texts: [ExportedText] = []
    for section in sections {
      for group in section.groups {
        for item in group.items {
          func text(_ part: String, _ segment: SegmentID, _ value: String) -> ExportedText {
            ExportedText(
              part: part, transcript: group.transcript, segment: segment, code: item.code,
              text: value)
          }
          texts.append(text("quote", item.segment, item.text))
          if !item.memo.isEmpty { texts.append(text("memo", item.segment, item.memo)) }
          for other in item.before + item.after {
            texts.append(text("context", other.segment, other.text))
          }
        }
      }
    }
    return texts
  }
}
