/// Reads SubRip captions (`.srt`).
///
/// ## Format
/// ```
/// 1                                        <- cue number (optional here)
/// 00:00:01,000 --> 00:00:03,500            <- timing, with comma (or dot) milliseconds
/// Alice: The contract renews               <- `Name: text` as in Zoom's captions; tags such
/// <i>automatically</i>.                       as <i> and {\an8} are removed
/// ```
/// Cues are separated by blank lines; consecutive cues of one speaker become one turn. A cue
/// without a timing line, or with a broken one, is an error naming its line and number.
enum SubRipReader {
  /// Reads `text`; `file` is the path shown in diagnostics.
  static func read(text: String, file: String, speakerMap: SpeakerMap = SpeakerMap())
    -> Parsed<SourceReading>
  {
    let lines = SourceLines(text, file: file)
    var diagnostics: [Diagnostic] = []
    var cues: [CaptionCue] = []
    for (number, block) in CaptionBlocks.split(lines.lines, from: 0).enumerated() {
      let head = block.lines[0].trimmed()
      let hasNumber = !head.isEmpty && head.allSatisfy(\.isASCIIDigit) && block.lines.count > 1
      let timingIndex = hasNumber ? 1 : 0
      let cueName = hasNumber ? head : "\(number + 1)"
      if let cue = CaptionCue.read(
        block, timingIndex: timingIndex, name: cueName, lines: lines, diagnostics: &diagnostics)
      {
        cues.append(cue)
      }
    }
    guard !diagnostics.hasErrors else { return Parsed(value: nil, diagnostics: diagnostics) }
    let (format, passages) = CaptionCue.passages(
      cues, voicedFormat: .srt, namedFormat: .srt, plainFormat: .srt, speakerMap: speakerMap)
    return Parsed(value: SourceReading(format: format, passages: passages), diagnostics: [])
  }
}
