/// A piece of a source transcript as a reader found it: who speaks (when a label says so), when
/// (when the source has times), and the words, before turns are formed.
public struct SourcePassage: Hashable, Sendable {
  /// How a passage joins the one before it when the speaker does not change.
  public enum Join: Hashable, Sendable {
    /// It starts a new turn even for the same speaker (paragraphs of an unlabeled text).
    case newTurn
    /// It starts a new paragraph of the same turn (a new labeled paragraph in a text).
    case newParagraph
    /// It continues the same paragraph, after a space (caption cues, wrapped lines).
    case sameParagraph
  }

  /// The speaker a label names, or nil when the passage continues the previous speaker.
  public var speaker: String?
  /// When the passage starts in the recording, if the source says.
  public var start: Timestamp?
  /// The words; may be empty for a label on a line of its own. Line breaks are kept.
  public var text: String
  /// How it joins the passage before.
  public var join: Join
  /// The 1-based line of the source it starts on (for a Word document, the paragraph number).
  public var line: Int

  /// Creates a passage.
  public init(
    speaker: String? = nil, start: Timestamp? = nil, text: String, join: Join, line: Int
  ) {
    self.speaker = speaker
    self.start = start
    self.text = text
    self.join = join
    self.line = line
  }
}

/// What a reader found in a source: the format it recognized, the passages, and warnings.
public struct SourceReading: Sendable {
  /// The format, e.g. `.zoomVTT`.
  public var format: SourceFormat
  /// The passages in order.
  public var passages: [SourcePassage]
  /// Warnings with their locations.
  public var diagnostics: [Diagnostic]

  /// Creates a reading.
  public init(format: SourceFormat, passages: [SourcePassage], diagnostics: [Diagnostic] = []) {
    self.format = format
    self.passages = passages
    self.diagnostics = diagnostics
  }
}
