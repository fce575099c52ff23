import ThemaCore
import ThemaTerminal

/// Everything the coding screen shows and edits: one coder's codings of one transcript, where
/// the coder is, and what is open (a prompt, quote narrowing, the codebook, help).
///
/// A pure value: `update(_:)` changes it for a key and returns the effects the shell performs
/// (save, quit), and `CodingScreenView.render(_:size:)` draws it. It holds only this coder's
/// codings, never another coder's or the consensus, so coding stays blind.
public struct CodingScreenState: Sendable {
  /// The transcript being coded.
  public let transcript: Transcript
  /// The codebook it is coded with.
  public let codebook: CodebookIndex
  /// Who is coding.
  public let coder: Coder
  /// The codings file as shown in messages, e.g. `Transcripts/PM-04/codings/alice.tsv`.
  public let codingsFile: String
  /// The coder's codings, one list per segment, parallel to `transcript.segments`, each in
  /// canonical order (code, then span).
  public internal(set) var codings: [[Coding]]
  /// Whether the coder has marked the transcript done.
  public internal(set) var isDone: Bool
  /// How many segments carry at least one coding.
  public internal(set) var codedCount: Int
  /// The terminal size the screen was last laid out for.
  public internal(set) var size: TerminalSize
  /// The position of the current segment.
  public internal(set) var current: Int
  /// The position, within the current segment's codings, of the one picked for star, memo,
  /// quote and remove.
  public internal(set) var picked: Int
  /// What is open.
  public internal(set) var mode: Mode
  /// The status line's message, until the next key.
  public internal(set) var message: StatusMessage?
  /// Why changes are refused, while the codings file on disk cannot be read back.
  public internal(set) var editingBlocked: String?
  /// The last text searched for.
  public internal(set) var lastSearch: String?

  var scroll = ListScroll()
  /// The first line of the current segment to show, for segments taller than the view.
  var innerLine = 0
  var undoStack: [CodingEdit] = []
  var redoStack: [CodingEdit] = []
  /// The last change handed to the shell to save, until it reports back.
  var pending: PendingChange?
  let positions: [SegmentID: Int]

  /// What is open on top of the transcript.
  public enum Mode: Hashable, Sendable {
    /// Moving through segments.
    case browse
    /// A one-line prompt at the bottom.
    case prompt(CodingPrompt)
    /// Narrowing a coding to a quote inside its segment.
    case narrow(QuoteNarrowing)
    /// The help overlay, scrolled down by `scroll` lines.
    case help(scroll: Int)
    /// The codebook pane with its highlighted code.
    case codebook(CodebookPane)
  }

  /// Opens the screen on `sheet`, at the first segment (or the first uncoded answer when some
  /// are coded already). The transcript has at least one segment, as every transcript that
  /// parses without errors does.
  public init(
    transcript: Transcript, codebook: CodebookIndex, sheet: CodingSheet, codingsFile: String,
    size: TerminalSize
  ) {
    self.transcript = transcript
    self.codebook = codebook
    self.coder = sheet.coder
    self.codingsFile = codingsFile
    self.positions = transcript.segmentPositions()
    self.codings = Self.perSegment(sheet, count: transcript.segments.count, positions: positions)
    self.isDone = sheet.isDone
    self.codedCount = codings.reduce(0) { $0 + ($1.isEmpty ? 0 : 1) }
    self.size = size
    self.current = 0
    self.picked = 0
    self.mode = .browse
    if codedCount > 0, let first = nextUncoded(after: -1) { current = first }
    ensureVisible()
  }

  static func perSegment(
    _ sheet: CodingSheet, count: Int, positions: [SegmentID: Int]
  ) -> [[Coding]] {
    var lists = [[Coding]](repeating: [], count: count)
    for coding in sheet.codings {
      if let position = positions[coding.segment] { lists[position].append(coding) }
    }
    for index in lists.indices where lists[index].count > 1 {
      lists[index].sort { $0.key < $1.key }
    }
    return lists
  }

  /// The coder's codings as a sheet, in canonical order, to save.
  public var sheet: CodingSheet {
    CodingSheet(
      transcript: transcript.id, coder: coder, isDone: isDone, codings: codings.flatMap { $0 })
  }

  /// The current segment.
  public var currentSegment: Segment { transcript.segments[current] }

  /// The picked coding of the current segment, if it has any.
  public var pickedCoding: Coding? {
    let list = codings[current]
    return list.isEmpty ? nil : list[min(picked, list.count - 1)]
  }

  /// Whether a segment is an interviewer's turn, which "next uncoded" skips.
  func isInterviewer(_ position: Int) -> Bool {
    transcript.segments[position].speaker.lowercased().hasPrefix("interviewer")
  }

  /// A coding as a badge: the code's shortest unambiguous name, `"` when it is narrowed to a
  /// quote, `*` when starred, `✎` when it has a memo.
  func badge(_ coding: Coding) -> String {
    var text = codebook.shortName(coding.code)
    if coding.span != nil { text += "\"" }
    if coding.isQuote { text += "*" }
    if !coding.memo.isEmpty { text += "✎" }
    return text
  }

  /// The code's shortest name with its name, e.g. `T2/1a Engagement and outreach`.
  func codeTitle(_ path: CodePath) -> String {
    let name = codebook.entry(path)?.code.name ?? ""
    return codebook.shortName(path) + (name.isEmpty ? "" : " " + name)
  }
}

/// One change to the codings, kept for undo and redo: one segment's codings (or the done mark)
/// before and after.
struct CodingEdit: Hashable, Sendable {
  /// The segment changed, or nil when only the done mark changed.
  var segment: Int?
  var before: [Coding]
  var after: [Coding]
  var doneBefore: Bool
  var doneAfter: Bool
  /// What was done, for messages: `applied T2/1a to S12`.
  var summary: String
  /// The coding to pick after the change.
  var pickedAfter: Int
}
