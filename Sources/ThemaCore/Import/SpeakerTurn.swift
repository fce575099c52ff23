/// One speaker's turn: what they said before someone else spoke, in paragraphs.
public struct SpeakerTurn: Hashable, Sendable {
  /// A paragraph of a turn, with the times at which its parts start where the source has them.
  public struct Paragraph: Hashable, Sendable {
    /// The words; may hold line breaks, never a blank line.
    public var text: String
    /// Start times of parts of the text, by UTF-8 offset into `text`, in increasing order.
    public var times: [TimedOffset]

    /// Creates a paragraph.
    public init(text: String, times: [TimedOffset] = []) {
      self.text = text
      self.times = times
    }

    /// The start time of the part that contains UTF-8 offset `offset`, if known.
    public func time(at offset: Int) -> Timestamp? {
      times.last { $0.offset <= offset }?.time
    }
  }

  /// A time at an offset of a paragraph's text.
  public struct TimedOffset: Hashable, Sendable {
    /// UTF-8 offset into the paragraph's text.
    public var offset: Int
    /// When the text from there on starts.
    public var time: Timestamp

    /// Creates a timed offset.
    public init(offset: Int, time: Timestamp) {
      self.offset = offset
      self.time = time
    }
  }

  /// The speaker given to text that no label attributes.
  public static let unknownSpeaker = "Unknown"

  /// Who speaks, after any speaker map.
  public var speaker: String
  /// When the turn starts, if known.
  public var start: Timestamp?
  /// The paragraphs, at least one once built.
  public var paragraphs: [Paragraph]

  /// Creates a turn.
  public init(speaker: String, start: Timestamp? = nil, paragraphs: [Paragraph] = []) {
    self.speaker = speaker
    self.start = start
    self.paragraphs = paragraphs
  }

  /// Forms turns from passages: a passage naming a different speaker starts a new turn, as does
  /// a `.newTurn` passage; the others join the turn before as a new paragraph or after a space.
  /// Speakers are renamed by `speakerMap` first, so two names mapped to one role merge.
  /// Whitespace is tidied: lines are trimmed, runs of spaces become one, blank lines go.
  public static func build(from passages: [SourcePassage], speakerMap: SpeakerMap = SpeakerMap())
    -> [SpeakerTurn]
  {
    var turns: [SpeakerTurn] = []
    var current: SpeakerTurn?
    var newParagraph = true
    var names: [String: String] = [:]
    for passage in passages {
      let named = passage.speaker.map { raw in
        if let name = names[raw] { return name }
        let name = speakerMap.map(cleanSpeaker(raw))
        names[raw] = name
        return name
      }
      if current == nil || passage.join == .newTurn || (named != nil && named != current?.speaker) {
        if let turn = current, !turn.paragraphs.isEmpty { turns.append(turn) }
        current = SpeakerTurn(
          speaker: named ?? current?.speaker ?? speakerMap.map(unknownSpeaker))
        newParagraph = true
      } else if passage.join == .newParagraph {
        newParagraph = true
      }
      guard var turn = current else { continue }
      if turn.start == nil && turn.paragraphs.isEmpty { turn.start = passage.start }
      let text = tidy(passage.text)
      guard !text.isEmpty else {
        current = turn
        continue
      }
      if newParagraph || turn.paragraphs.isEmpty {
        turn.paragraphs.append(
          Paragraph(
            text: text, times: passage.start.map { [TimedOffset(offset: 0, time: $0)] } ?? []))
        newParagraph = false
      } else {
        var last = turn.paragraphs[turn.paragraphs.count - 1]
        last.text += " "
        if let start = passage.start {
          last.times.append(TimedOffset(offset: last.text.utf8.count, time: start))
        }
        last.text += text
        turn.paragraphs[turn.paragraphs.count - 1] = last
      }
      current = turn
    }
    if let turn = current, !turn.paragraphs.isEmpty { turns.append(turn) }
    return turns
  }

  /// A speaker name fit for a transcript's segment header: one line, single spaces, no ` | `.
  static func cleanSpeaker(_ name: String) -> String {
    let words = name.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
    let joined = words.joined(separator: " ").replacingOccurrences(of: " | ", with: " / ")
    return joined.isEmpty ? unknownSpeaker : joined
  }

  /// The text with each line trimmed, runs of spaces made one, and blank lines removed.
  static func tidy(_ text: String) -> String {
    if isTidy(text) { return text }
    if !text.utf8.contains(0x0A) { return collapseSpaces(text) }
    var lines: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
      let collapsed = collapseSpaces(line)
      if !collapsed.isEmpty { lines.append(collapsed) }
    }
    return lines.joined(separator: "\n")
  }

  /// Whether `text` is one line with no space or tab at either end and no space before a
  /// space or tab: nothing for `tidy` to do (the usual case).
  private static func isTidy(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { bytes in
      var previous: UInt8 = 0x20
      for byte in bytes {
        if byte == 0x0A || (previous == 0x20 && (byte == 0x20 || byte == 0x09)) { return false }
        previous = byte
      }
      return previous != 0x20 && previous != 0x09
    } ?? false
  }

  /// Trims spaces and tabs at both ends and collapses inner runs of spaces to one (tabs inside
  /// are kept: they may separate columns of a table row).
  private static func collapseSpaces(_ text: some StringProtocol) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for byte in text.utf8 {
      if byte == 0x20 {
        pendingSpace = !bytes.isEmpty
      } else if byte == 0x09 && bytes.isEmpty {
        continue
      } else {
        if pendingSpace && byte != 0x09 { bytes.append(0x20) }
        pendingSpace = false
        bytes.append(byte)
      }
    }
    while bytes.last == 0x09 { bytes.removeLast() }
    return String(decoding: bytes, as: UTF8.self)
  }
}
