import ThemaCore
import ThemaTerminal

extension CodingScreenState {
  /// The block of the segment at `position` as the list lays it out now.
  func block(_ position: Int) -> SegmentBlock {
    SegmentBlock(self, position: position, width: CodingScreenLayout(self, size: size).blockWidth)
  }

  /// Moves to the segment at `position` (clamped), picking its first code.
  mutating func move(to position: Int) {
    let clamped = max(0, min(transcript.segments.count - 1, position))
    if clamped != current { innerLine = 0 }
    current = clamped
    picked = 0
  }

  /// ↓ and ↑: scrolls through a segment taller than the view, else moves to the next or
  /// previous segment.
  mutating func scrollOrMove(by step: Int) {
    let layout = CodingScreenLayout(self, size: size)
    let height = block(current).height
    let page = max(1, layout.viewport / 2)
    if step > 0, height > layout.viewport, innerLine + layout.viewport < height {
      innerLine = min(height - layout.viewport, innerLine + page)
    } else if step < 0, innerLine > 0 {
      innerLine = max(0, innerLine - page)
    } else {
      move(to: current + step)
      if step < 0 {
        // Coming back up to a tall segment shows its end, where the reader left it.
        let previous = block(current).height
        if previous > layout.viewport { innerLine = previous - layout.viewport }
      }
    }
  }

  /// Page Down and Page Up: moves by about a screenful of segments and shows the new segment
  /// at the top (or bottom) of the list.
  mutating func page(by direction: Int) {
    let layout = CodingScreenLayout(self, size: size)
    let last = transcript.segments.count - 1
    var rows = 0
    var position = current
    if direction > 0 {
      while position < last, rows + block(position).height <= layout.viewport {
        rows += block(position).height
        position += 1
      }
      move(to: max(min(current + 1, last), position))
      scroll = ListScroll(top: current)
    } else {
      while position > 0, rows + block(position - 1).height <= layout.viewport {
        position -= 1
        rows += block(position).height
      }
      move(to: min(max(current - 1, 0), position))
    }
  }

  /// The next answer (a segment not spoken by the interviewer) without codes after
  /// `position`, or nil.
  func nextUncoded(after position: Int) -> Int? {
    var index = position + 1
    while index < codings.count {
      if codings[index].isEmpty && !isInterviewer(index) { return index }
      index += 1
    }
    return nil
  }

  /// The previous uncoded answer before `position`, or nil.
  func previousUncoded(before position: Int) -> Int? {
    var index = position - 1
    while index >= 0 {
      if codings[index].isEmpty && !isInterviewer(index) { return index }
      index -= 1
    }
    return nil
  }

  mutating func moveToUncoded(forward: Bool) {
    if let found = forward ? nextUncoded(after: current) : previousUncoded(before: current) {
      move(to: found)
      return
    }
    let here = currentSegment.id.rawValue
    if nextUncoded(after: -1) == nil {
      message = StatusMessage(
        .success, "Every answer is coded. Press D to mark the transcript done.")
    } else {
      let direction = forward ? "after" : "before"
      message = StatusMessage(.info, "No uncoded answers \(direction) \(here).")
    }
  }

  /// Moves the pick to the next or previous code of the current segment.
  mutating func pick(by step: Int) {
    let count = codings[current].count
    guard count > 0 else {
      message = noCodesMessage()
      return
    }
    picked = ((min(picked, count - 1) + step) % count + count) % count
  }

  func noCodesMessage() -> StatusMessage {
    StatusMessage(.info, "\(currentSegment.id.rawValue) has no codes yet; press a to apply one.")
  }

  /// Jumps to a segment typed as `S12` or `12`; false (with a message) when there is none.
  mutating func jump(to text: String) -> Bool {
    let typed = text.trimmed()
    guard !typed.isEmpty else { return true }
    let candidates = [typed, "S" + typed, typed.uppercased()]
    for candidate in candidates {
      if let id = SegmentID(rawValue: candidate), let position = positions[id] {
        move(to: position)
        return true
      }
    }
    let suggestions = Suggestions.closest(
      to: typed, among: transcript.segments.map(\.id.rawValue))
    message = StatusMessage(
      .error,
      Problem.unknownSegment(
        id: typed, transcript: transcript.id.rawValue, suggestions: suggestions
      ).message)
    return false
  }

  /// Moves to the next (or previous) segment whose text contains the last search, wrapping
  /// around the transcript; letters match without regard to ASCII case.
  mutating func findNext(forward: Bool) {
    guard let query = lastSearch, !query.isEmpty else {
      message = StatusMessage(.info, "Nothing searched yet; press / to search the text.")
      return
    }
    let needle = Array(query.utf8).map(TextSearch.folded)
    let count = transcript.segments.count
    for step in 1...count {
      let position = ((current + (forward ? step : -step)) % count + count) % count
      if TextSearch.contains(transcript.segments[position].text, needle) {
        move(to: position)
        message = StatusMessage(.info, "Found '\(query)' in \(currentSegment.id.rawValue).")
        return
      }
    }
    message = StatusMessage(.warning, "No segment contains '\(query)'.")
  }

  /// Scrolls the list so the current segment shows: all of it when it fits, else from
  /// `innerLine` (or around the quote being narrowed).
  mutating func ensureVisible() {
    let layout = CodingScreenLayout(self, size: size)
    guard !layout.isTooSmall, !transcript.segments.isEmpty else { return }
    current = max(0, min(transcript.segments.count - 1, current))
    let viewport = layout.viewport
    let currentBlock = block(current)
    if currentBlock.height <= viewport {
      innerLine = 0
    } else {
      innerLine = max(0, min(innerLine, currentBlock.height - viewport))
      if case .narrow(let narrowing) = mode {
        let first = currentBlock.line(ofOffset: narrowing.span.start)
        let last = currentBlock.line(ofOffset: max(0, narrowing.span.end - 1))
        if first < innerLine { innerLine = first }
        if last >= innerLine + viewport { innerLine = min(first, last - viewport + 1) }
      }
    }
    var cache: [Int: Int] = [current: currentBlock.height]
    let state = self
    scroll.reveal(item: current, from: innerLine, viewport: viewport) { position in
      if let known = cache[position] { return known }
      let height = state.block(position).height
      cache[position] = height
      return height
    }
  }
}

/// Finding text in segments: a byte search that folds ASCII letters to lower case, fast enough
/// to scan a transcript of 50,000 segments at a key press.
enum TextSearch {
  static func folded(_ byte: UInt8) -> UInt8 {
    (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
  }

  /// Whether `text` contains `needle` (already folded).
  static func contains(_ text: String, _ needle: [UInt8]) -> Bool {
    !ranges(of: needle, in: text, limit: 1).isEmpty
  }

  /// Where `needle` (already folded) occurs in `text`, as scalar offsets, at most `limit`.
  static func ranges(of needle: [UInt8], in text: String, limit: Int = .max) -> [Range<Int>] {
    guard let first = needle.first else { return [] }
    var found: [Range<Int>] = []
    var text = text
    text.withUTF8 { bytes in
      let count = bytes.count
      let length = needle.count
      guard length <= count else { return }
      var index = 0
      var scalarOffset = 0
      while index <= count - length {
        let byte = bytes[index]
        if folded(byte) == first {
          var matched = true
          for k in 1..<length where folded(bytes[index + k]) != needle[k] {
            matched = false
            break
          }
          if matched {
            let scalars = needle.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
            found.append(scalarOffset..<(scalarOffset + scalars))
            if found.count >= limit { return }
          }
        }
        if byte & 0xC0 != 0x80 { scalarOffset += 1 }
        index += 1
      }
    }
    return found
  }
}
