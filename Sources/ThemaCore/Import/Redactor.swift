/// Replaces the names and phrases of a `RedactionList` in text: whole words only, without
/// regard to case (Unicode case mapping, so `JOSÉ` matches `José`), any run of whitespace
/// matching a space, longer entries before shorter ones (`Maria Lopez` before `Maria`).
///
/// A name matches where it is not part of a longer word: `Ann` matches in `Ann's` and
/// `(Ann)`, not in `Anna` or `Joanne`. Accents are not ignored: `Jose` does not match `José`
/// (list both spellings when transcripts vary).
public struct Redactor: Sendable {
  private struct Pattern: Sendable {
    var name: String
    var replacement: String
    /// The lowercase mapping of each scalar of the name; `nil` for a run of whitespace.
    var units: [String?]
    var endsInWord: Bool
  }

  /// Patterns by the lowercase mapping of their first scalar, longest first.
  private let patterns: [String: [Pattern]]

  /// A redactor for `list`'s entries.
  public init(_ list: RedactionList) {
    var patterns: [String: [Pattern]] = [:]
    for entry in list.entries {
      var units: [String?] = []
      for scalar in TextDecoding.nfc(entry.name).unicodeScalars {
        if scalar.properties.isWhitespace {
          if !units.isEmpty && units.last != .some(nil) { units.append(nil) }
        } else {
          units.append(Self.lower(scalar))
        }
      }
      while units.last == .some(nil) { units.removeLast() }
      guard let first = units.first, let key = first else { continue }
      let last = entry.name.unicodeScalars.last { !$0.properties.isWhitespace }
      patterns[key, default: []].append(
        Pattern(
          name: entry.name, replacement: entry.replacement, units: units,
          endsInWord: last.map(Self.isWordScalar) ?? false))
    }
    self.patterns = patterns.mapValues { $0.sorted { $0.units.count > $1.units.count } }
  }

  /// Whether there is nothing to redact.
  public var isEmpty: Bool { patterns.isEmpty }

  /// `text` with every listed name replaced, and how many times each name (as listed) was.
  public func redact(_ text: String) -> (text: String, counts: [String: Int]) {
    guard !patterns.isEmpty else { return (text, [:]) }
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var counts: [String: Int] = [:]
    var index = 0
    var copiedUpTo = 0
    while index < scalars.count {
      let atBoundary = index == 0 || !Self.isWordScalar(scalars[index - 1])
      if atBoundary, let candidates = patterns[Self.lower(scalars[index])],
        let (pattern, end) = firstMatch(candidates, in: scalars, at: index)
      {
        out.append(contentsOf: scalars[copiedUpTo..<index])
        out.append(contentsOf: pattern.replacement.unicodeScalars)
        counts[pattern.name, default: 0] += 1
        index = end
        copiedUpTo = end
        continue
      }
      index += 1
    }
    guard !counts.isEmpty else { return (text, [:]) }
    out.append(contentsOf: scalars[copiedUpTo...])
    return (String(out), counts)
  }

  private func firstMatch(_ candidates: [Pattern], in scalars: [Unicode.Scalar], at start: Int)
    -> (Pattern, Int)?
  {
    candidates: for pattern in candidates {
      var position = start
      for unit in pattern.units {
        guard position < scalars.count else { continue candidates }
        if let unit {
          guard Self.lower(scalars[position]) == unit else { continue candidates }
          position += 1
        } else {
          guard scalars[position].properties.isWhitespace else { continue candidates }
          while position < scalars.count && scalars[position].properties.isWhitespace {
            position += 1
          }
        }
      }
      if pattern.endsInWord && position < scalars.count && Self.isWordScalar(scalars[position]) {
        continue
      }
      return (pattern, position)
    }
    return nil
  }

  private static func lower(_ scalar: Unicode.Scalar) -> String {
    if scalar.isASCII {
      let value = scalar.value
      let lowered = (0x41...0x5A).contains(value) ? value + 32 : value
      return String(Character(Unicode.Scalar(UInt8(lowered))))
    }
    return scalar.properties.lowercaseMapping
  }

  /// Letters, marks and digits make words; apostrophes, hyphens and punctuation separate them.
  static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      let value = scalar.value
      return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value)
        || (0x61...0x7A).contains(value) || value == 0x5F
    }
    let properties = scalar.properties
    return properties.isAlphabetic || properties.numericType != nil
      || properties.generalCategory == .nonspacingMark
      || properties.generalCategory == .spacingMark
  }
}

/// Where a transcript's redactions were made: for each listed name, the segments and how often.
public struct RedactionReport: Hashable, Sendable {
  /// One name's replacements.
  public struct Entry: Hashable, Sendable {
    /// The name as listed.
    public var name: String
    /// How many replacements, in all.
    public var count: Int
    /// The segments they were in (speaker names count for their segments), in order.
    public var segments: [SegmentID]
  }

  /// The names that were found, in list order.
  public var entries: [Entry]

  /// Creates a report.
  public init(entries: [Entry] = []) {
    self.entries = entries
  }

  /// How many replacements in all.
  public var total: Int { entries.reduce(0) { $0 + $1.count } }
}

extension Redactor {
  /// `transcript` with listed names replaced in every segment's text and speaker, and where.
  public func redact(_ transcript: Transcript) -> (Transcript, RedactionReport) {
    guard !isEmpty else { return (transcript, RedactionReport()) }
    var copy = transcript
    var byName: [String: RedactionReport.Entry] = [:]
    var order: [String] = []
    for index in copy.segments.indices {
      let id = copy.segments[index].id
      let (text, textCounts) = redact(copy.segments[index].text)
      let (speaker, speakerCounts) = redact(copy.segments[index].speaker)
      copy.segments[index].text = text
      copy.segments[index].speaker = SpeakerTurn.cleanSpeaker(speaker)
      for (name, count) in textCounts.merging(speakerCounts, uniquingKeysWith: +) {
        if byName[name] == nil {
          byName[name] = RedactionReport.Entry(name: name, count: 0, segments: [])
          order.append(name)
        }
        byName[name]?.count += count
        byName[name]?.segments.append(id)
      }
    }
    let entries = order.compactMap { byName[$0] }.sorted {
      $0.name.lowercased() < $1.name.lowercased()
    }
    return (copy, RedactionReport(entries: entries))
  }
}
