import ThemaCore
import ThemaTerminal

/// What the resolve screen asks its shell to do after a key.
enum ResolveEffect: Hashable, Sendable {
  /// Write the consensus and the decision log (before the next key is read).
  case save
  /// Leave the screen.
  case quit
}

/// The resolve screen's state: the lead's session, which item is shown, and what the screen is
/// doing (browsing, typing a rationale or a code, choosing a span, showing help). `update` is
/// pure; the shell saves after every decision.
struct ResolveScreenState: Sendable {
  /// What the screen is doing.
  enum Mode: Hashable, Sendable {
    /// Moving through items.
    case browse
    /// Typing the rationale of the current item; with `pending`, the decision it goes with,
    /// recorded on Enter (Esc takes the decision back).
    case rationale(LineEditor, pending: Decision?)
    /// Typing the code that applies instead.
    case recode(LineEditor, choice: Int)
    /// Choosing the part of the segment the code applies to.
    case span(QuoteNarrowing)
    /// The help overlay, scrolled.
    case help(scroll: Int)
  }

  /// The lead's decisions so far, and the items.
  var session: ConsensusSession
  /// The transcript resolved.
  let transcript: Transcript
  /// Its codebook.
  let codebook: CodebookIndex
  /// Whether agreements are listed too, for review.
  var showsAgreements = false
  /// The position of the shown item in `items`.
  var current = 0
  /// What the screen is doing.
  var mode = Mode.browse
  /// The status line's message.
  var message: StatusMessage?
  /// A rationale typed before the current item was decided, used by its decision.
  var draftRationale: [ItemKey: String] = [:]
  /// The terminal's size.
  var size: TerminalSize
  private let segmentPositions: [SegmentID: Int]

  init(
    session: ConsensusSession, transcript: Transcript, codebook: CodebookIndex, size: TerminalSize
  ) {
    self.session = session
    self.transcript = transcript
    self.codebook = codebook
    self.size = size
    self.segmentPositions = transcript.segmentPositions()
    if let open = items.firstIndex(where: { session.decided[$0.key] == nil }) { current = open }
  }

  /// The items shown: the disagreements, or every item when reviewing agreements.
  var items: [ResolutionItem] { showsAgreements ? session.plan.items : session.plan.disagreements }

  /// The shown item, if there is any.
  var item: ResolutionItem? { items.indices.contains(current) ? items[current] : nil }

  /// The shown item's segment.
  var segment: Segment? {
    item.flatMap { segmentPositions[$0.segment] }.map { transcript.segments[$0] }
  }

  /// How many disagreements are decided, of how many.
  var progress: (decided: Int, total: Int) {
    let decided = session.decided
    let disagreements = session.plan.disagreements
    return (disagreements.filter { decided[$0.key] != nil }.count, disagreements.count)
  }

  /// Handles one key at `time` (ISO 8601, for decision records).
  mutating func update(_ key: Key, time: String) -> [ResolveEffect] {
    switch mode {
    case .browse: return browseKey(key, time: time)
    case .rationale(let editor, let pending):
      return rationaleKey(key, editor, pending: pending, time: time)
    case .recode(let editor, let choice): return recodeKey(key, editor, choice: choice, time: time)
    case .span(let narrowing): return spanKey(key, narrowing, time: time)
    case .help(let scroll):
      switch key {
      case .down, .character("j"): mode = .help(scroll: scroll + 1)
      case .up, .character("k"): mode = .help(scroll: max(0, scroll - 1))
      case .pageDown, .character(" "): mode = .help(scroll: scroll + 10)
      default: mode = .browse
      }
      return []
    }
  }

  private mutating func browseKey(_ key: Key, time: String) -> [ResolveEffect] {
    message = nil
    guard let action = ResolveScreenKeys.browse.action(for: key) else {
      message = StatusMessage(.info, "That key does nothing here; ? lists every key.")
      return []
    }
    switch action {
    case .next: current = min(max(0, items.count - 1), current + 1)
    case .previous: current = max(0, current - 1)
    case .first: current = 0
    case .last: current = max(0, items.count - 1)
    case .nextOpen: moveToOpen(forward: true)
    case .previousOpen: moveToOpen(forward: false)
    case .acceptFirst: ask(.acceptFirst)
    case .acceptSecond: ask(.acceptSecond)
    case .both: ask(.both)
    case .neither: ask(.neither)
    case .recode:
      guard item != nil else { return [] }
      mode = .recode(LineEditor(), choice: 0)
    case .span:
      guard let item, let segment, let position = segmentPositions[item.segment] else { return [] }
      let start =
        (item.first + item.second).first { $0.span != nil } ?? item.first.first ?? item.second.first
      guard let coding = start,
        let narrowing = QuoteNarrowing(segment: position, text: segment.text, coding: coding)
      else { return [] }
      mode = .span(narrowing)
    case .rationale:
      guard let item else { return [] }
      let existing = session.decided[item.key]?.rationale ?? draftRationale[item.key] ?? ""
      mode = .rationale(LineEditor(existing), pending: nil)
    case .undo:
      guard let undone = session.undo(time: time) else {
        message = StatusMessage(.info, "Nothing to undo.")
        return []
      }
      if let key = undone.key, let index = items.firstIndex(where: { $0.key == key }) {
        current = index
      }
      let code = CodePath(parsing: undone.code).map { codebook.shortName($0) } ?? undone.code
      message = StatusMessage(
        .success, "Undid \(undone.segment) \(code): \(describe(undone.decision)); it is open again."
      )
      return [.save]
    case .toggleAgreements:
      let key = item?.key
      showsAgreements.toggle()
      current = key.flatMap { key in items.firstIndex { $0.key == key } } ?? 0
      message = StatusMessage(
        .info,
        showsAgreements ? "Showing agreements too: A hides them." : "Showing disagreements only.")
    case .help: mode = .help(scroll: 0)
    case .quit: return [.quit]
    }
    return []
  }

  /// Opens the rationale prompt for `decision` on the shown item: Enter records both.
  private mutating func ask(_ decision: Decision) {
    guard let item else {
      message = StatusMessage(.info, "There is nothing to decide here.")
      return
    }
    mode = .rationale(LineEditor(draftRationale[item.key] ?? ""), pending: decision)
  }

  /// Records `decision` with `rationale` on the shown item and moves on to the next undecided
  /// one.
  private mutating func decide(_ decision: Decision, rationale: String, time: String)
    -> [ResolveEffect]
  {
    guard let item else { return [] }
    do throws(Problem) {
      let record = try session.decide(item.key, decision, rationale: rationale, time: time)
      draftRationale[item.key] = nil
      message = StatusMessage(
        .success, "\(item.segment) \(codebook.shortName(item.code)): \(describe(record.decision)).")
      moveToOpen(forward: true)
      return [.save]
    } catch {
      message = StatusMessage(.error, error.message)
      return []
    }
  }

  /// "first" as the screen says it: with the coder's name.
  func describe(_ decision: String) -> String {
    switch decision {
    case "first": return "\(session.plan.first)'s codings"
    case "second": return "\(session.plan.second)'s codings"
    case "both": return "both coders' codings"
    case "neither": return "neither: the code does not apply"
    case "agreement": return "agreed"
    default:
      if decision.hasPrefix("code:") { return "another code, " + decision.dropFirst(5) }
      if decision.hasPrefix("span:") { return "the span " + decision.dropFirst(5) }
      return decision
    }
  }

  private mutating func moveToOpen(forward: Bool) {
    let decided = session.decided
    let order =
      forward
      ? Array(items.indices.dropFirst(current + 1)) + Array(items.indices.prefix(current + 1))
      : Array(items.indices.prefix(current).reversed())
        + Array(items.indices.dropFirst(current).reversed())
    if let open = order.first(where: { decided[items[$0].key] == nil }) {
      current = open
    } else {
      message = StatusMessage(
        .success, "Every disagreement is decided: the consensus is complete. q quits.")
    }
  }

  private mutating func rationaleKey(
    _ key: Key, _ editor: LineEditor, pending: Decision?, time: String
  ) -> [ResolveEffect] {
    var editor = editor
    switch editor.handle(key) {
    case .submitted:
      mode = .browse
      guard let item else { return [] }
      let text = editor.text.trimmed()
      if let pending { return decide(pending, rationale: text, time: time) }
      if let record = session.decided[item.key], let decision = decision(named: record.decision) {
        // A decision already made gets its rationale as a new record: the log keeps both.
        if (try? session.decide(item.key, decision, rationale: text, time: time)) != nil {
          message = StatusMessage(
            .success, "Rationale recorded for \(item.segment) \(codebook.shortName(item.code)).")
          return [.save]
        }
        return []
      }
      draftRationale[item.key] = text
      message = StatusMessage(.info, "Rationale kept; it goes with your decision on this item.")
    case .cancelled:
      mode = .browse
      if pending != nil { message = StatusMessage(.info, "Not decided.") }
    default:
      mode = .rationale(editor, pending: pending)
    }
    return []
  }

  /// The decision a record names, to record it again with a rationale.
  private func decision(named name: String) -> Decision? {
    if name == "agreement" { return .agreement }
    return Decision(parsing: name, first: session.plan.first, second: session.plan.second)
  }

  /// The codes matching the recode prompt's text.
  func recodeMatches(_ text: String) -> [CodeEntry] {
    codebook.search(text, limit: 6, includingRetired: false)
  }

  private mutating func recodeKey(_ key: Key, _ editor: LineEditor, choice: Int, time: String)
    -> [ResolveEffect]
  {
    var editor = editor
    let matches = recodeMatches(editor.text)
    switch key {
    case .down, .tab:
      mode = .recode(editor, choice: matches.isEmpty ? 0 : (choice + 1) % matches.count)
      return []
    case .up, .backTab:
      mode = .recode(
        editor, choice: matches.isEmpty ? 0 : (choice + matches.count - 1) % matches.count)
      return []
    default:
      break
    }
    switch editor.handle(key) {
    case .submitted:
      mode = .browse
      let typed = editor.text.trimmed()
      let path: CodePath
      do throws(Problem) {
        path = try codebook.resolveForCoding(typed)
      } catch {
        if matches.indices.contains(choice), !typed.isEmpty {
          path = matches[choice].path
        } else {
          message = StatusMessage(.error, error.message)
          mode = .recode(editor, choice: choice)
          return []
        }
      }
      ask(.recode(path))
      return []
    case .cancelled:
      mode = .browse
    default:
      mode = .recode(editor, choice: 0)
    }
    return []
  }

  private mutating func spanKey(_ key: Key, _ narrowing: QuoteNarrowing, time: String)
    -> [ResolveEffect]
  {
    var narrowing = narrowing
    guard let action = CodingScreenKeys.narrow.action(for: key) else {
      message = StatusMessage(
        .info, "Choosing a span: Enter keeps it, Esc cancels, w takes the whole segment.")
      return []
    }
    switch action {
    case .left, .right, .grow, .shrink, .growSentence, .shrinkSentence, .nextSentence,
      .previousSentence:
      _ = narrowing.perform(action)
    case .whole:
      mode = .browse
      ask(.span(nil))
      return []
    case .keep:
      mode = .browse
      ask(.span(narrowing.span))
      return []
    case .cancel:
      mode = .browse
      return []
    }
    mode = .span(narrowing)
    return []
  }
}
