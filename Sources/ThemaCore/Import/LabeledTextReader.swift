/// Reads text transcripts, from plain text files and from Word documents' paragraphs, into
/// passages: plain text with speaker labels or none, Rev, Otter.ai and Zoom's saved transcript.
///
/// ## Format
/// ```
/// Interview with P3, 12 March            <- before the first label: kept, by `Unknown`, with a warning
///
/// Interviewer: Thank you for joining.    <- a label starts a turn
/// P3: Of course. So the program          <- in a hard-wrapped file, lines without a blank
/// started in 2019, and then...           <-   line between them are one paragraph
///
/// And that was when it changed.          <- after a blank line: a new paragraph of P3's turn
/// ```
/// A file is hard-wrapped when at least half the lines that run on into another are 40 to 100
/// characters long and end mid-sentence; otherwise (as Word writes text, a paragraph per line)
/// each line is a paragraph.
/// The label style is chosen per file, as the style with the most accepted labels (see
/// `SpeakerLabel` for the styles and what is accepted); lines that would be labels in another
/// style stay text, so `[laughs]` in a file of `Name:` labels is text. With no labels at all,
/// each paragraph is a turn by `Unknown` (with a warning). Otter's "Transcribed by
/// https://otter.ai" footer is dropped.
enum LabeledTextReader {
  /// One line of a text file, or one paragraph of a Word document.
  struct Unit {
    /// The text; for a Word paragraph it may hold line breaks.
    var text: Substring
    /// The 1-based line (or paragraph number).
    var line: Int
    /// Whether it follows a blank line (always, for Word paragraphs).
    var startsParagraph: Bool
    /// The leading bold text of a Word paragraph.
    var boldPrefix: Substring?
  }

  /// Reads a plain text file; names `speakerMap` renames are accepted as labels wherever they
  /// appear.
  static func read(text: String, file: String, speakerMap: SpeakerMap = SpeakerMap())
    -> SourceReading
  {
    var units: [Unit] = []
    var afterBlank = true
    var lineNumber = 0
    for line in lines(of: text) {
      lineNumber += 1
      let content = trimmedLine(line)
      if content.isEmpty {
        afterBlank = true
        continue
      }
      if isOtterFooter(content) { continue }
      units.append(Unit(text: content, line: lineNumber, startsParagraph: afterBlank))
      afterBlank = false
    }
    return read(units: units, file: file, defaultFormat: .text, speakerMap: speakerMap)
  }

  /// Reads units (lines or Word paragraphs).
  static func read(
    units: [Unit], file: String, defaultFormat: SourceFormat, speakerMap: SpeakerMap = SpeakerMap()
  ) -> SourceReading {
    // The style is decided on the first 120 units; a long file does not change its habits.
    let style = dominantStyle(
      units.count > 120 ? Array(units[..<120]) : units, speakerMap: speakerMap)
    let labels =
      style.map { findLabels(units, style: $0, speakerMap: speakerMap) }
      ?? Array(repeating: nil, count: units.count)
    let wrapped = isHardWrapped(units, labels: labels)
    var passages: [SourcePassage] = []
    passages.reserveCapacity(units.count)
    var diagnostics: [Diagnostic] = []
    var afterBareLabel = false
    for (index, unit) in units.enumerated() {
      if let label = labels[index] {
        passages.append(
          SourcePassage(
            speaker: String(label.name), start: label.start, text: String(label.rest),
            join: style == .zoomText ? .sameParagraph : .newParagraph, line: unit.line))
        afterBareLabel = label.rest.isBlank
        continue
      }
      if style != nil && passages.isEmpty {
        diagnostics.append(
          Diagnostic(
            .warning, .importing(.textBeforeFirstLabel(speaker: SpeakerTurn.unknownSpeaker)),
            at: SourceLocation(file: file, line: unit.line, sourceLine: String(unit.text))))
      }
      let join = join(
        startsParagraph: unit.startsParagraph || !wrapped, afterBareLabel: afterBareLabel,
        labeled: style != nil)
      afterBareLabel = false
      passages.append(SourcePassage(text: String(unit.text), join: join, line: unit.line))
    }
    if style == nil && !units.isEmpty {
      diagnostics.append(
        Diagnostic(
          .warning, .importing(.noSpeakerLabels(speaker: SpeakerTurn.unknownSpeaker)),
          at: SourceLocation(file: file)))
    }
    return SourceReading(
      format: format(of: style, default: defaultFormat), passages: passages,
      diagnostics: diagnostics)
  }

  /// The format a label style reveals: Rev, Otter and Zoom's saved text have their own.
  private static func format(of style: SpeakerLabel.Style?, default: SourceFormat) -> SourceFormat {
    switch style {
    case .rev: return .rev
    case .otter: return .otter
    case .zoomText: return .zoomText
    default: return `default`
    }
  }

  /// How an unlabeled unit joins the passage before: right after a label alone on its line it
  /// is that label's text; without labels every paragraph is a turn.
  private static func join(
    startsParagraph: Bool, afterBareLabel: Bool, labeled: Bool
  ) -> SourcePassage.Join {
    if afterBareLabel { return .sameParagraph }
    if !startsParagraph { return .sameParagraph }
    return labeled ? .newParagraph : .newTurn
  }

  /// The accepted label of each unit: one of `style`, or, for a speaker that style already
  /// names, one of another style (a Word document with bold labels whose last turns are in a
  /// table of speaker and text).
  private static func findLabels(
    _ units: [Unit], style: SpeakerLabel.Style, speakerMap: SpeakerMap
  ) -> [SpeakerLabel?] {
    let matches = units.map {
      SpeakerLabel.match($0.text, style: style, boldPrefix: $0.boldPrefix)
    }
    var counts: [Substring: Int] = [:]
    for match in matches {
      if let name = match?.name { counts[name, default: 0] += 1 }
    }
    var accepted: [Substring: Bool] = [:]
    for name in counts.keys {
      accepted[name] = accepts(name, style: style, counts: counts, speakerMap: speakerMap)
    }
    var known: Set<String> = []
    for (name, isAccepted) in accepted where isAccepted {
      known.insert(SpeakerTurn.cleanSpeaker(String(name)))
    }
    var labels: [SpeakerLabel?] = matches.map { match in
      guard let label = match, accepted[label.name] == true else { return nil }
      return label
    }
    let others = SpeakerLabel.Style.allCases.filter { $0 != style && !$0.hasTime }
    for (index, unit) in units.enumerated() where labels[index] == nil {
      for other in others {
        if let label = SpeakerLabel.match(unit.text, style: other, boldPrefix: unit.boldPrefix),
          known.contains(SpeakerTurn.cleanSpeaker(String(label.name)))
        {
          labels[index] = label
          break
        }
      }
    }
    return labels
  }

  /// Whether the lines of a text are wrapped at a fixed width, so that a single line break is
  /// a soft wrap inside a paragraph, not the end of one: at least half of the text lines that
  /// another text line follows directly are 40 to 100 characters long and end mid-sentence.
  /// Otherwise (text saved from Word has a paragraph per line) every line is a paragraph.
  static func isHardWrapped(_ units: [Unit], labels: [SpeakerLabel?]) -> Bool {
    var followed = 0
    var wrapped = 0
    for index in units.indices.dropLast()
    where !units[index + 1].startsParagraph && labels[index + 1] == nil {
      let line = labels[index].map { $0.rest } ?? units[index].text
      if labels[index] != nil && line.isBlank { continue }
      followed += 1
      let endsSentence = units[index].text.last.map { ".?!…\"”:".contains($0) } ?? false
      if (40...100).contains(units[index].text.count) && !endsSentence { wrapped += 1 }
    }
    return followed == 0 || wrapped * 2 >= followed
  }

  /// The label style with the most accepted labels, or nil when no line has one. Ties go to
  /// the style listed first in `SpeakerLabel.Style`.
  static func dominantStyle(_ units: [Unit], speakerMap: SpeakerMap = SpeakerMap())
    -> SpeakerLabel.Style?
  {
    var best: (style: SpeakerLabel.Style, count: Int)?
    for style in SpeakerLabel.Style.allCases {
      if style == .bold && !units.contains(where: { $0.boldPrefix != nil }) { continue }
      let counts = labelCounts(units, style: style)
      let accepted = counts.reduce(0) { total, entry in
        accepts(entry.key, style: style, counts: counts, speakerMap: speakerMap)
          ? total + entry.value : total
      }
      if accepted > 0 && accepted > (best?.count ?? 0) { best = (style, accepted) }
    }
    return best?.style
  }

  /// Whether a label's name is a speaker: accepted by `SpeakerLabel.accepts`, or renamed by
  /// the speaker map (the researcher named it).
  private static func accepts(
    _ name: Substring, style: SpeakerLabel.Style, counts: [Substring: Int], speakerMap: SpeakerMap
  ) -> Bool {
    SpeakerLabel.accepts(name, style: style, occurrences: counts[name] ?? 0)
      || (speakerMap.renames(String(name)) && SpeakerLabel.isPlausibleName(name, strict: false))
  }

  /// How many units start with a label of `style`, by name.
  private static func labelCounts(_ units: [Unit], style: SpeakerLabel.Style) -> [Substring: Int] {
    var counts: [Substring: Int] = [:]
    for unit in units {
      if let label = SpeakerLabel.match(unit.text, style: style, boldPrefix: unit.boldPrefix) {
        counts[label.name, default: 0] += 1
      }
    }
    return counts
  }

  /// The lines of `text`, split at line feeds on its UTF-8 bytes (a final line feed ends the
  /// last line).
  private static func lines(of text: String) -> [Substring] {
    let breaks =
      text.utf8.withContiguousStorageIfAvailable { bytes in
        var offsets: [Int] = []
        for (offset, byte) in bytes.enumerated() where byte == 0x0A { offsets.append(offset) }
        return offsets
      }
      ?? text.utf8.indices.filter { text.utf8[$0] == 0x0A }.map {
        text.utf8.distance(from: text.utf8.startIndex, to: $0)
      }
    var lines: [Substring] = []
    lines.reserveCapacity(breaks.count + 1)
    let utf8 = text.utf8
    var start = utf8.startIndex
    for offset in breaks {
      let end = utf8.index(utf8.startIndex, offsetBy: offset)
      lines.append(text[start..<end])
      start = utf8.index(after: end)
    }
    if start != utf8.endIndex { lines.append(text[start...]) }
    return lines
  }

  /// The line without leading and trailing spaces and tabs.
  private static func trimmedLine(_ line: Substring) -> Substring {
    let bytes = line.utf8
    var start = bytes.startIndex
    while start != bytes.endIndex && (bytes[start] == 0x20 || bytes[start] == 0x09) {
      start = bytes.index(after: start)
    }
    var end = bytes.endIndex
    while end != start {
      let previous = bytes.index(before: end)
      guard bytes[previous] == 0x20 || bytes[previous] == 0x09 else { break }
      end = previous
    }
    return line[start..<end]
  }

  private static func isOtterFooter(_ line: Substring) -> Bool {
    line.hasPrefix("Transcribed by https://otter.ai") || line.hasPrefix("Transcribed by otter.ai")
  }
}
