import ThemaCore
import ThemaTerminal

/// The coding screen's one-line prompt: applying codes (with completion), a memo, a search,
/// or a segment to jump to.
public struct CodingPrompt: Hashable, Sendable {
  /// What the prompt asks for.
  public enum Kind: Hashable, Sendable {
    /// Codes to apply to the current segment: IDs or words of names, several at once.
    case apply
    /// The memo of one coding.
    case memo(CodingIdentity)
    /// Text to search the transcript for.
    case search
    /// A segment ID to jump to.
    case jump
  }

  /// What the prompt asks for.
  public var kind: Kind
  /// The text typed.
  public var editor: LineEditor
  /// Codes matching the word being typed, best first (apply prompts only).
  public internal(set) var candidates: [CodePath] = []
  /// The candidate Tab or the arrows have put into the text, if any.
  public internal(set) var highlighted: Int?
  /// The text before the part being completed.
  var completionPrefix = ""
  /// The part being completed as typed (a code's ID, a word, or words of a name), kept while
  /// Tab cycles through candidates.
  var completionQuery = ""

  /// A prompt of `kind` holding `text`.
  public init(_ kind: Kind, text: String = "") {
    self.kind = kind
    self.editor = LineEditor(text)
  }

  /// The most candidates the completion menu lists.
  static let candidateLimit = 40

  /// The part of the text being completed: the words after the last comma when they match a
  /// code's name together (`hiring req`), else the last word.
  mutating func refreshCandidates(_ codebook: CodebookIndex) {
    highlighted = nil
    let text = editor.text
    let afterComma = text.lastIndex(of: ",").map { text.index(after: $0) } ?? text.startIndex
    let phraseStart = text[afterComma...].firstIndex { $0 != " " } ?? text.endIndex
    let phrase = String(text[phraseStart...])
    if phrase.contains(" ") {
      let matches = codebook.search(
        Self.strippingFlags(phrase).reference, limit: Self.candidateLimit, includingRetired: false)
      if !matches.isEmpty {
        completionPrefix = String(text[..<phraseStart])
        completionQuery = phrase
        candidates = matches.map(\.path)
        return
      }
    }
    let wordStart =
      text.lastIndex(where: { $0 == " " || $0 == "," }).map { text.index(after: $0) }
      ?? text.startIndex
    completionPrefix = String(text[..<wordStart])
    completionQuery = String(text[wordStart...])
    candidates = codebook.search(
      Self.strippingFlags(completionQuery).reference, limit: Self.candidateLimit,
      includingRetired: false
    ).map(\.path)
  }

  /// Puts the next (`step` 1) or previous (-1) candidate into the text in place of the part
  /// being completed, keeping any `*` or `?` typed after it.
  mutating func cycle(by step: Int, _ codebook: CodebookIndex) {
    guard !candidates.isEmpty else { return }
    let count = candidates.count
    let next: Int
    if let highlighted {
      next = ((highlighted + step) % count + count) % count
    } else {
      next = step > 0 ? 0 : count - 1
    }
    highlighted = next
    let flags = Self.strippingFlags(completionQuery).flags
    editor.setText(completionPrefix + codebook.shortName(candidates[next]) + flags.symbols)
  }

  /// A typed code without its trailing flags: `1a*` is `1a` starred.
  static func strippingFlags(_ word: String) -> (reference: String, flags: CodingFlags) {
    var reference = word
    var flags = CodingFlags()
    while let last = reference.last, last == "*" || last == "?" {
      flags.insert(last == "*" ? .quote : .unsure)
      reference.removeLast()
    }
    return (reference, flags)
  }
}
