/// Reads WebVTT captions (`.vtt`) as Zoom and Microsoft Teams write them.
///
/// ## Format
/// ```
/// WEBVTT                                   <- required first line (after a byte-order mark)
///
/// 1                                        <- optional cue ID (Teams: `GUID/18-0`)
/// 00:00:02.100 --> 00:00:05.400            <- timing: `[HH:]MM:SS.mmm --> ...` [settings]
/// Priya Raman: Can everyone hear me?       <- Zoom: `Name: text`; a cue without a name
///                                             continues the speaker before
/// 2
/// 00:00:05.400 --> 00:00:07.900
/// <v Tom Ableton>Yep, coming through       <- Teams: a voice span, possibly over several
/// fine.</v>                                   lines; other tags are removed, entities decoded
/// ```
/// `NOTE`, `STYLE` and `REGION` blocks are skipped. Consecutive cues of one speaker become one
/// turn (Teams splits one utterance over cues `.../18-0`, `.../18-1`). A missing `WEBVTT` line,
/// a broken timing line, or a cue that ends before it starts is an error naming the line and
/// the cue.
enum WebVTTReader {
  /// Reads `text`; `file` is the path shown in diagnostics.
  static func read(text: String, file: String, speakerMap: SpeakerMap = SpeakerMap())
    -> Parsed<SourceReading>
  {
    let lines = SourceLines(text, file: file)
    guard let first = lines.lines.first, first.hasPrefix("WEBVTT"),
      first.count == 6 || first.dropFirst(6).first == " " || first.dropFirst(6).first == "\t"
    else {
      return Parsed(
        value: nil,
        diagnostics: [
          Diagnostic(.error, .importing(.missingWebVTTHeader), at: lines.location(0, column: 1))
        ])
    }
    var diagnostics: [Diagnostic] = []
    var cues: [CaptionCue] = []
    let blocks = CaptionBlocks.split(lines.lines, from: 1)
    for (number, block) in blocks.dropFirst(blocks.first?.isHeader == true ? 1 : 0).enumerated() {
      let head = block.lines[0]
      if head.hasPrefix("NOTE") || head.hasPrefix("STYLE") || head.hasPrefix("REGION") {
        continue
      }
      let timingIndex = CaptionCue.looksLikeTiming(head) ? 0 : 1
      let cueName = timingIndex == 1 ? String(head.trimmed()) : "\(number + 1)"
      if let cue = CaptionCue.read(
        block, timingIndex: timingIndex, name: cueName, lines: lines, diagnostics: &diagnostics)
      {
        cues.append(cue)
      }
    }
    guard !diagnostics.hasErrors else { return Parsed(value: nil, diagnostics: diagnostics) }
    let (format, passages) = CaptionCue.passages(
      cues, voicedFormat: .teamsVTT, namedFormat: .zoomVTT, plainFormat: .webVTT,
      speakerMap: speakerMap)
    return Parsed(
      value: SourceReading(format: format, passages: passages), diagnostics: diagnostics)
  }
}

/// Caption files split into blocks of non-blank lines.
extension CaptionCue {
  /// The cue of a caption block whose timing line is line `timingIndex` of the block, or nil
  /// with the block's problem added to `diagnostics`: no timing line, a malformed timing, or a
  /// cue that ends before it starts. `name` is how messages name the cue.
  static func read(
    _ block: CaptionBlocks.Block, timingIndex: Int, name: String, lines: SourceLines,
    diagnostics: inout [Diagnostic]
  ) -> CaptionCue? {
    guard timingIndex < block.lines.count, looksLikeTiming(block.lines[timingIndex]) else {
      diagnostics.append(
        Diagnostic(
          .error, .importing(.cueWithoutTiming(cue: name)),
          at: lines.location(block.start, column: 1)))
      return nil
    }
    let line = block.start + timingIndex
    guard let timing = timing(block.lines[timingIndex]) else {
      diagnostics.append(
        Diagnostic(
          .error,
          .importing(.invalidCueTiming(cue: name, text: block.lines[timingIndex].trimmed())),
          at: lines.location(line, column: 1)))
      return nil
    }
    guard timing.end >= timing.start else {
      diagnostics.append(
        Diagnostic(
          .error, .importing(.cueEndsBeforeStart(cue: name)), at: lines.location(line, column: 1)))
      return nil
    }
    return CaptionCue(
      line: line + 1, start: timing.start, payload: Array(block.lines[(timingIndex + 1)...]))
  }
}

enum CaptionBlocks {
  /// A block and the 0-based line it starts on.
  struct Block {
    var start: Int
    var lines: [Substring]
    /// Whether it is the WebVTT header's continuation (lines right after `WEBVTT`).
    var isHeader: Bool
  }

  /// The blocks of `lines` from 0-based line `first` on; a block that starts right at `first`
  /// (no blank line after the `WEBVTT` line) is marked as the header's continuation.
  static func split(_ lines: [Substring], from first: Int) -> [Block] {
    var blocks: [Block] = []
    var current: Block?
    for index in first..<max(first, lines.count) {
      let line = lines[index].trimmingTrailingWhitespace()
      if line.trimmed().isEmpty {
        if let block = current { blocks.append(block) }
        current = nil
      } else if current == nil {
        current = Block(
          start: index, lines: [line],
          isHeader: index == first && first > 0 && !line.contains("-->"))
      } else {
        current?.lines.append(line)
      }
    }
    if let block = current { blocks.append(block) }
    return blocks
  }
}
