/// One caption cue of a WebVTT or SubRip file, and how cues become passages: shared by
/// `WebVTTReader` and `SubRipReader`.
struct CaptionCue: Hashable, Sendable {
  /// A run of the cue's text and the voice (`<v Name>`) it is in, if any.
  struct Piece: Hashable, Sendable {
    var voice: String?
    var text: String
  }

  /// The 1-based line of the cue's timing line.
  var line: Int
  /// When the cue starts.
  var start: Timestamp
  /// The text, in voice runs, with tags removed and entities decoded.
  var pieces: [Piece]

  /// Creates a cue from its payload lines: lines joined with spaces, voice spans split out,
  /// other tags (`<i>`, `<c.yellow>`, `<00:01.000>`, `{\an8}`) removed, entities decoded.
  init(line: Int, start: Timestamp, payload: [Substring]) {
    self.line = line
    self.start = start
    let joined = payload.map { $0.trimmed() }.joined(separator: " ")
    pieces = Self.voiceRuns(joined).compactMap { voice, raw in
      let text = CueMarkup.decodeEntities(CueMarkup.stripTags(raw)).trimmed()
      return text.isEmpty
        ? nil : Piece(voice: voice.map { CueMarkup.decodeEntities($0).trimmed() }, text: text)
    }
  }

  /// Splits text at `<v Name>` and `</v>` tags into runs with their voice.
  private static func voiceRuns(_ text: String) -> [(String?, Substring)] {
    guard text.contains("<v") else { return [(nil, text[...])] }
    var runs: [(String?, Substring)] = []
    var voice: String?
    var rest = text[...]
    while let open = rest.range(of: "<v") {
      let afterTag = rest[open.upperBound...]
      guard let next = afterTag.first, next == " " || next == "." || next == "\t",
        let close = afterTag.firstIndex(of: ">")
      else {
        runs.append((voice, rest[..<open.upperBound]))
        rest = afterTag
        continue
      }
      runs.append((voice, rest[..<open.lowerBound]))
      var annotation = afterTag[..<close]
      if annotation.first == "." { annotation = annotation.drop { $0 != " " && $0 != "\t" } }
      voice = annotation.trimmed()
      rest = afterTag[afterTag.index(after: close)...]
      if let end = rest.range(of: "</v>") {
        runs.append((voice, rest[..<end.lowerBound]))
        voice = nil
        rest = rest[end.upperBound...]
      }
    }
    runs.append((voice, rest))
    return runs
  }

  /// Turns cues into passages. A cue's speaker is its voice span's name, or else a `Name: `
  /// prefix that reads as a name (`SpeakerLabel.isPlausibleName`) and is capitalized, a role,
  /// or used on two cues (captions' display names may be lowercase); a cue with neither
  /// continues the speaker before. Every cue continues the same paragraph, so consecutive cues
  /// of one speaker become one turn.
  static func passages(
    _ cues: [CaptionCue], voicedFormat: SourceFormat, namedFormat: SourceFormat,
    plainFormat: SourceFormat, speakerMap: SpeakerMap
  ) -> (SourceFormat, [SourcePassage]) {
    var counts: [Substring: Int] = [:]
    var voiced = false
    for cue in cues {
      for piece in cue.pieces {
        if piece.voice != nil {
          voiced = true
        } else if let label = SpeakerLabel.match(piece.text[...], style: .colon) {
          counts[label.name, default: 0] += 1
        }
      }
    }
    func accepted(_ name: Substring) -> Bool {
      let occurrences = counts[name] ?? 0
      guard SpeakerLabel.isPlausibleName(name, strict: false) else { return false }
      // A name used once must be a role or capitalized like a name, so that a cue such as
      // "so here's the thing: ..." stays text.
      return occurrences >= 2 || SpeakerLabel.isRole(name)
        || SpeakerLabel.isPlausibleName(name, strict: true) || speakerMap.renames(String(name))
    }
    var named = false
    var passages: [SourcePassage] = []
    for cue in cues {
      for piece in cue.pieces {
        var speaker = piece.voice
        var text = piece.text[...]
        if speaker == nil, let label = SpeakerLabel.match(text, style: .colon), accepted(label.name)
        {
          speaker = String(label.name)
          text = label.rest
          named = true
        }
        passages.append(
          SourcePassage(
            speaker: speaker, start: cue.start, text: String(text), join: .sameParagraph,
            line: cue.line))
      }
    }
    return (voiced ? voicedFormat : named ? namedFormat : plainFormat, passages)
  }

  /// Whether `line` is meant as a timing line, even a broken one: it has an arrow (`-->`, or
  /// a mistyped `->`), or starts with a time such as `00:01`.
  static func looksLikeTiming(_ line: Substring) -> Bool {
    if line.contains("->") { return true }
    let start = line.prefix { $0.isASCIIDigit || $0 == ":" }
    return start.contains(":") && start.first?.isASCIIDigit == true
  }

  /// Parses a timing line, `start --> end` with optional settings after the end; nil when it is
  /// not one. Times are `HH:MM:SS.mmm` or `MM:SS.mmm` (SubRip writes a comma for the dot).
  static func timing(_ line: Substring) -> (start: Timestamp, end: Timestamp)? {
    guard let arrow = line.range(of: "-->") else { return nil }
    let startText = line[..<arrow.lowerBound].trimmed()
    let endText = line[arrow.upperBound...].split(separator: " ", maxSplits: 1).first ?? ""
    guard let start = Timestamp(parsing: startText), let end = Timestamp(parsing: endText) else {
      return nil
    }
    return (start, end)
  }
}

/// Caption markup: tags and character references.
enum CueMarkup {
  /// The text without `<...>` tags and SubRip's `{\...}` override blocks.
  static func stripTags(_ text: Substring) -> String {
    guard text.contains("<") || text.contains("{\\") else { return String(text) }
    var out = ""
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if character == "<", let close = text[index...].firstIndex(of: ">") {
        index = text.index(after: close)
        continue
      }
      if character == "{", text[text.index(after: index)...].first == "\\",
        let close = text[index...].firstIndex(of: "}")
      {
        index = text.index(after: close)
        continue
      }
      out.append(character)
      index = text.index(after: index)
    }
    return out
  }

  private static let named: [Substring: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "lrm": "",
    "rlm": "", "ndash": "\u{2013}", "mdash": "\u{2014}", "hellip": "\u{2026}", "rsquo": "\u{2019}",
    "lsquo": "\u{2018}", "rdquo": "\u{201D}", "ldquo": "\u{201C}",
  ]

  /// The text with HTML character references (`&amp;`, `&#233;`, `&#xE9;`) decoded; unknown
  /// ones are left as written.
  static func decodeEntities(_ text: String) -> String {
    guard text.contains("&") else { return text }
    var out = ""
    var rest = text[...]
    while let amp = rest.firstIndex(of: "&") {
      out += rest[..<amp]
      let after = rest[rest.index(after: amp)...]
      guard let semicolon = after.prefix(10).firstIndex(of: ";") else {
        out += "&"
        rest = after
        continue
      }
      let name = after[..<semicolon]
      var replacement: String?
      if name.hasPrefix("#x") || name.hasPrefix("#X") {
        replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map {
          String(Character($0))
        }
      } else if name.hasPrefix("#") {
        replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map {
          String(Character($0))
        }
      } else {
        replacement = named[name]
      }
      if let replacement {
        out += replacement
        rest = after[after.index(after: semicolon)...]
      } else {
        out += "&"
        rest = after
      }
    }
    out += rest
    return out
  }
}
