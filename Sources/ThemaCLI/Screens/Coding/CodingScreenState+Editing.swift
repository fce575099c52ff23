import ThemaCore
import ThemaTerminal

/// A change made on screen and handed to the shell to save, kept until the shell reports back
/// so a failed save can be taken back.
struct PendingChange: Hashable, Sendable {
  enum Kind: Hashable, Sendable {
    case change, undo, redo
  }

  var edit: CodingEdit
  var kind: Kind
}

extension CodingScreenState {
  /// Makes a change to one segment's codings (or only the done mark), records it for undo and
  /// asks the shell to save.
  mutating func commit(
    segment: Int?, after: [Coding], done: Bool? = nil, summary: String, pickedAfter: Int = 0
  ) -> [CodingScreenEffect] {
    guard editingBlocked == nil else {
      message = StatusMessage(.error, blockedMessage)
      return []
    }
    let edit = CodingEdit(
      segment: segment, before: segment.map { codings[$0] } ?? [],
      after: segment == nil ? [] : after, doneBefore: isDone, doneAfter: done ?? isDone,
      summary: summary, pickedAfter: pickedAfter)
    perform(edit, forward: true)
    undoStack.append(edit)
    redoStack.removeAll()
    pending = PendingChange(edit: edit, kind: .change)
    message = StatusMessage(.success, summary.prefix(1).uppercased() + summary.dropFirst() + ".")
    return [.save]
  }

  private var blockedMessage: String {
    "Changes are off: \(editingBlocked ?? ""). Fix the file, then changes turn back on."
  }

  /// Puts an edit's after (forward) or before state in place and moves to its segment.
  private mutating func perform(_ edit: CodingEdit, forward: Bool) {
    if let segment = edit.segment {
      let list = forward ? edit.after : edit.before
      codedCount += (list.isEmpty ? 0 : 1) - (codings[segment].isEmpty ? 0 : 1)
      codings[segment] = list
      move(to: segment)
      picked = forward ? min(edit.pickedAfter, max(0, list.count - 1)) : 0
    }
    isDone = forward ? edit.doneAfter : edit.doneBefore
  }

  mutating func undo() -> [CodingScreenEffect] { step(back: true) }

  mutating func redo() -> [CodingScreenEffect] { step(back: false) }

  /// Takes the last change back (undo) or makes the last undone change again (redo).
  private mutating func step(back: Bool) -> [CodingScreenEffect] {
    guard editingBlocked == nil else {
      message = StatusMessage(.error, blockedMessage)
      return []
    }
    guard let edit = back ? undoStack.popLast() : redoStack.popLast() else {
      message = StatusMessage(.info, back ? "Nothing to undo." : "Nothing to redo.")
      return []
    }
    perform(edit, forward: !back)
    if back { redoStack.append(edit) } else { undoStack.append(edit) }
    pending = PendingChange(edit: edit, kind: back ? .undo : .redo)
    message = StatusMessage(.success, (back ? "Undid: " : "Redid: ") + "\(edit.summary).")
    return [.save]
  }

  // MARK: What the shell reports back

  /// The shell saved the last change.
  public mutating func saveSucceeded() {
    pending = nil
  }

  /// The shell could not save the last change: it is taken back, so the screen never shows as
  /// applied what is not in the file.
  public mutating func saveFailed(_ reason: String) {
    let summary = revertPending()
    message = StatusMessage(
      .error,
      "Not saved: \(reason). The change (\(summary ?? "the last change")) was taken back.")
    ensureVisible()
  }

  /// Takes back the unsaved change, fixing the undo and redo stacks; returns its summary.
  private mutating func revertPending() -> String? {
    guard let change = pending else { return nil }
    pending = nil
    switch change.kind {
    case .change:
      perform(change.edit, forward: false)
      undoStack.removeLast()
    case .undo:
      perform(change.edit, forward: true)
      redoStack.removeLast()
      undoStack.append(change.edit)
    case .redo:
      perform(change.edit, forward: false)
      undoStack.removeLast()
      redoStack.append(change.edit)
    }
    return change.edit.summary
  }

  /// Replaces the codings with what another program wrote to the file: the screen's unsaved
  /// change is dropped (never merged silently), undo history is cleared, and the coder is told.
  public mutating func reload(_ sheet: CodingSheet) {
    let dropped = pending?.edit.summary
    pending = nil
    codings = Self.perSegment(sheet, count: transcript.segments.count, positions: positions)
    isDone = sheet.isDone
    codedCount = codings.reduce(0) { $0 + ($1.isEmpty ? 0 : 1) }
    undoStack.removeAll()
    redoStack.removeAll()
    editingBlocked = nil
    picked = 0
    if case .narrow = mode { mode = .browse }
    var text =
      "\(codingsFile) was changed by another program; reloaded it "
      + "(\(plural(sheet.codings.count, "coding")))."
    if let dropped { text += " Your change (\(dropped)) was not saved: do it again if needed." }
    message = StatusMessage(.warning, text)
    ensureVisible()
  }

  /// The file on disk cannot be read back (someone wrote something broken): the unsaved change
  /// is taken back and changes are refused until the file is fixed.
  public mutating func blockEditing(_ reason: String) {
    _ = revertPending()
    editingBlocked = reason
    if case .narrow = mode { mode = .browse }
    message = StatusMessage(.error, blockedMessage)
    ensureVisible()
  }

  // MARK: Changes

  mutating func startApplying(with text: String) -> [CodingScreenEffect] {
    guard editingBlocked == nil else {
      message = StatusMessage(.error, blockedMessage)
      return []
    }
    var prompt = CodingPrompt(.apply, text: text)
    prompt.refreshCandidates(codebook)
    mode = .prompt(prompt)
    return []
  }

  /// Applies `codes` to the whole current segment as one change.
  mutating func apply(_ codes: [(path: CodePath, flags: CodingFlags)]) -> [CodingScreenEffect] {
    var list = codings[current]
    var applied: [String] = []
    var already: [String] = []
    var lastKey: CodingIdentity?
    for (path, flags) in codes {
      let coding = Coding(
        transcript: transcript.id, segment: currentSegment.id, code: path, flags: flags)
      lastKey = coding.key
      if let index = list.firstIndex(where: { $0.key == coding.key }) {
        if list[index].flags.isSuperset(of: flags) {
          already.append(codebook.shortName(path))
          continue
        }
        list[index].flags.formUnion(flags)
      } else {
        list.append(coding)
      }
      applied.append(codebook.shortName(path) + flags.symbols)
    }
    let here = currentSegment.id.rawValue
    guard !applied.isEmpty else {
      message = StatusMessage(
        .info, "\(already.joined(separator: ", ")) is already on \(here); nothing changed.")
      return []
    }
    list.sort { $0.key < $1.key }
    let pickedAfter = list.firstIndex { $0.key == lastKey } ?? 0
    var names = applied.joined(separator: ", ")
    if applied.count == 1, let name = codebook.entry(codes[codes.count - 1].path)?.code.name,
      codes.count == 1
    {
      names += " " + name
    }
    return commit(
      segment: current, after: list, summary: "applied \(names) to \(here)",
      pickedAfter: pickedAfter)
  }

  mutating func removePicked() -> [CodingScreenEffect] {
    guard let coding = pickedCoding else {
      message = noCodesMessage()
      return []
    }
    var list = codings[current]
    list.removeAll { $0.key == coding.key }
    return commit(
      segment: current, after: list,
      summary: "removed \(badge(coding)) from \(coding.segment.rawValue)",
      pickedAfter: max(0, min(picked, list.count - 1)))
  }

  mutating func toggleStar() -> [CodingScreenEffect] {
    guard let coding = pickedCoding else {
      message = noCodesMessage()
      return []
    }
    var list = codings[current]
    let index = min(picked, list.count - 1)
    let starring = !coding.isQuote
    if starring { list[index].flags.insert(.quote) } else { list[index].flags.remove(.quote) }
    let name = codebook.shortName(coding.code)
    return commit(
      segment: current, after: list,
      summary: (starring ? "starred " : "unstarred ") + "\(name) on \(coding.segment.rawValue)",
      pickedAfter: index)
  }

  mutating func startMemo() {
    guard let coding = pickedCoding else {
      message = noCodesMessage()
      return
    }
    guard editingBlocked == nil else {
      message = StatusMessage(.error, blockedMessage)
      return
    }
    mode = .prompt(CodingPrompt(.memo(coding.key), text: coding.memo))
  }

  mutating func setMemo(_ memo: String, on key: CodingIdentity) -> [CodingScreenEffect] {
    guard let position = positions[key.segment],
      let index = codings[position].firstIndex(where: { $0.key == key })
    else { return [] }
    let old = codings[position][index]
    guard old.memo != memo else { return [] }
    var list = codings[position]
    list[index].memo = memo
    let name = codebook.shortName(old.code)
    let what =
      memo.isEmpty
      ? "removed the memo on" : (old.memo.isEmpty ? "added a memo to" : "edited the memo on")
    return commit(
      segment: position, after: list, summary: "\(what) \(name) on \(key.segment.rawValue)",
      pickedAfter: index)
  }

  mutating func toggleDone() -> [CodingScreenEffect] {
    let marking = !isDone
    let summary =
      marking
      ? "marked \(transcript.id.rawValue) done" : "marked \(transcript.id.rawValue) not done"
    return commit(segment: nil, after: [], done: marking, summary: summary)
  }

  /// Replaces the narrowed coding with its new span (nil for the whole segment), merging with
  /// an equal coding if there is one.
  mutating func finishNarrowing(_ narrowing: QuoteNarrowing, span: TextSpan?)
    -> [CodingScreenEffect]
  {
    let original = narrowing.original
    var list = codings[narrowing.segment]
    guard let index = list.firstIndex(where: { $0.key == original.key }) else { return [] }
    var changed = list[index]
    changed.span = span
    guard changed.key != original.key else {
      message = StatusMessage(.info, "The quote is unchanged.")
      return []
    }
    list.remove(at: index)
    if let twin = list.firstIndex(where: { $0.key == changed.key }) {
      list[twin].flags.formUnion(changed.flags)
      if list[twin].memo.isEmpty { list[twin].memo = changed.memo }
    } else {
      list.append(changed)
    }
    list.sort { $0.key < $1.key }
    let name = codebook.shortName(original.code)
    let segmentID = original.segment.rawValue
    let summary =
      span == nil
      ? "widened \(name) on \(segmentID) to the whole segment"
      : "narrowed \(name) on \(segmentID) to a quote of \(narrowing.wordCount) words"
    return commit(
      segment: narrowing.segment, after: list, summary: summary,
      pickedAfter: list.firstIndex { $0.key == changed.key } ?? 0)
  }
}
