import Foundation
import ThemaCLI
import ThemaCore
import ThemaTerminal

/// The coding screen on a generated transcript of 50,000 segments: opening it (parsing the
/// transcript and the coder's sheet, building the state, drawing the first frame), then the
/// time `update` plus `render` take per key over a few thousand typical keys.
enum ScreenBenchmark: Benchmark {
  static let name = "screen"
  static let summary = "coding screen: open a 50,000-segment transcript, then update+render per key"

  static let segmentCount = 50_000
  static let size = TerminalSize(rows: 40, columns: 120)

  static func run(_ options: BenchOptions) throws -> [Figure] {
    let codebook = SyntheticCorpus.makeCodebook(codes: options.size.codes)
    let (transcriptText, sheetText) = try makeFiles(codebook: codebook)
    let index = CodebookIndex(codebook)
    let (openSeconds, opened) = try Measure.median(options.repetitions) {
      () throws -> CodingScreenState in
      let transcript = try Transcript.parse(text: transcriptText, file: "transcript.txt").get()
      guard let coder = Coder(rawValue: "alice") else { throw CorpusWriter.Failure("coder") }
      let parsed = CodingSheet.parse(
        tsv: sheetText, transcript: transcript.id, coder: coder, file: "alice.tsv")
      let problems = parsed.sheet.validate(
        transcript: transcript, codebook: index, file: "alice.tsv")
      guard !problems.hasErrors else { throw CorpusWriter.Failure("invalid sheet") }
      let state = CodingScreenState(
        transcript: transcript, codebook: index, sheet: parsed.sheet, codingsFile: "alice.tsv",
        size: size)
      _ = CodingScreenView.render(state, size: size)
      return state
    }
    var state = opened
    let (parseSeconds, _) = try Measure.median(options.repetitions) {
      try Transcript.parse(text: transcriptText, file: "transcript.txt").get()
    }
    let (sheetParseSeconds, _) = Measure.median(options.repetitions) {
      let parsed = CodingSheet.parse(
        tsv: sheetText, transcript: opened.transcript.id, coder: opened.coder, file: "alice.tsv")
      return parsed.sheet.validate(
        transcript: opened.transcript, codebook: index, file: "alice.tsv")
    }
    let (stateSeconds, _) = Measure.median(options.repetitions) {
      CodingScreenView.render(
        CodingScreenState(
          transcript: opened.transcript, codebook: index, sheet: opened.sheet,
          codingsFile: "alice.tsv", size: size), size: size)
    }
    let keys = typicalKeys(count: 3000)
    var times: [Double] = []
    times.reserveCapacity(keys.count)
    var saves = 0
    for key in keys {
      let start = DispatchTime.now().uptimeNanoseconds
      let effects = state.update(key)
      _ = CodingScreenView.render(state, size: size)
      times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
      if effects.contains(.save) {
        saves += 1
        state.saveSucceeded()
      }
    }
    let (sheetSeconds, _) = Measure.median(options.repetitions) { state.sheet.tsv() }
    var bigMoves: [Double] = []
    for key in [Key.end, .home, .character("G"), .character("g")] {
      let start = DispatchTime.now().uptimeNanoseconds
      _ = state.update(key)
      _ = CodingScreenView.render(state, size: size)
      bigMoves.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    times.sort()
    return [
      Figure(label: "segments", value: Double(segmentCount), unit: ""),
      Figure(label: "transcript size", value: Double(transcriptText.utf8.count) / 1e6, unit: "MB"),
      Figure(label: "codings", value: Double(opened.sheet.codings.count), unit: ""),
      Figure(label: "open: parse + state + first frame (median)", value: openSeconds, unit: "s"),
      Figure(label: "  of which parsing the transcript", value: parseSeconds, unit: "s"),
      Figure(
        label: "  of which parsing and checking the sheet", value: sheetParseSeconds, unit: "s"),
      Figure(
        label: "  of which building the state and first frame", value: stateSeconds, unit: "s"),
      Figure(label: "keys timed (\(size) frame)", value: Double(keys.count), unit: ""),
      Figure(label: "changes among them", value: Double(saves), unit: ""),
      Figure(
        label: "update+render per key, mean", value: times.reduce(0, +) / Double(times.count),
        unit: "ms"),
      Figure(label: "update+render per key, median", value: times[times.count / 2], unit: "ms"),
      Figure(
        label: "update+render per key, 99th percentile", value: times[times.count * 99 / 100],
        unit: "ms"),
      Figure(label: "update+render per key, worst", value: times.last ?? 0, unit: "ms"),
      Figure(label: "jump to first/last segment, worst", value: bigMoves.max() ?? 0, unit: "ms"),
      Figure(
        label: "sheet to TSV for a save (median, no disk)", value: sheetSeconds * 1000, unit: "ms"),
    ]
  }

  /// The transcript and a half-coded sheet as file text.
  private static func makeFiles(codebook: Codebook) throws -> (String, String) {
    var generator = SplitMix64(seed: 11)
    guard let id = TranscriptID(rawValue: "BIG-1"), let coder = Coder(rawValue: "alice") else {
      throw CorpusWriter.Failure("ids")
    }
    let leaves = codebook.flattened().filter { $0.code.children.isEmpty }.map(\.path)
    var segments: [Segment] = []
    var sheet = CodingSheet(transcript: id, coder: coder)
    for number in 1...segmentCount {
      let interviewer = number % 2 == 1
      let length = Int.random(in: interviewer ? 5...15 : 15...60, using: &generator)
      var words: [String] = []
      for _ in 0..<length {
        words.append(SyntheticCorpus.vocabulary.randomElement(using: &generator) ?? "ka")
      }
      let segment = Segment(
        id: SegmentID(number: number), speaker: interviewer ? "Interviewer" : "BIG-1",
        start: Timestamp(milliseconds: number * 9000), text: words.joined(separator: " ") + ".")
      segments.append(segment)
      if !interviewer && Bool.random(using: &generator),
        let code = leaves.randomElement(using: &generator)
      {
        sheet.codings.append(Coding(transcript: id, segment: segment.id, code: code))
      }
    }
    let transcript = Transcript(
      id: id, attributes: ["codebook": codebook.name, "group": "A"], segments: segments)
    return (transcript.text(), sheet.tsv())
  }

  /// Keys a coder presses most: moving, paging, the next uncoded answer, applying a code by
  /// typing it with completion, picking, starring, narrowing a quote, undo and redo.
  private static func typicalKeys(count: Int) -> [Key] {
    let rounds: [[Key]] = [
      [.character("j"), .character("j"), .character("k"), .down, .up, .pageDown],
      [
        .tab, .character("a"), .character("T"), .character("1"), .character("/"), .character("1"),
        .character("a"), .tab, .enter,
      ],
      [
        .character("l"), .character("s"), .character("v"), .character("+"), .character("+"),
        .right, .enter,
      ],
      [.character("u"), .character("U"), .pageUp, .character("j"), .backTab, .tab],
      [.character("c"), .down, .down, .escape, .character("?"), .escape],
    ]
    var keys: [Key] = []
    var round = 0
    while keys.count < count {
      keys += rounds[round % rounds.count]
      round += 1
    }
    return Array(keys.prefix(count))
  }
}
