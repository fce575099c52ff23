import Foundation
import ThemaCLI
import ThemaCore
import ThemaTerminal

/// The coding screen on a generated transcript of 50,000 segments: opening it (parsing the
/// transcript and the coder's sheet, building the state, drawing the first frame), then the
/// time `update` plus `render` take for each of a few thousand typical keys, in every run.
enum ScreenStage {
  static let segmentCount = 50_000
  static let size = TerminalSize(rows: 40, columns: 120)
  static let keysPerRun = 3000

  static let stage = Stage(
    name: "screen", summary: "coding screen on a 50,000-segment transcript: update+render per key",
    budget: .everySample(seconds: 0.005), memoryBase: .none, usesStudy: false
  ) { context in
    let codebook = SyntheticCorpus.makeCodebook(codes: context.options.size.codes)
    let (transcriptText, sheetText) = try makeFiles(codebook: codebook)
    let index = CodebookIndex(codebook)
    guard let coder = Coder(rawValue: "alice") else { throw BenchFailure("coder") }
    let opening = try context.timed { () throws -> CodingScreenState in
      let transcript = try Transcript.parse(text: transcriptText, file: "transcript.txt").get()
      let parsed = CodingSheet.parse(
        tsv: sheetText, transcript: transcript.id, coder: coder, file: "alice.tsv")
      let problems = parsed.sheet.validate(
        transcript: transcript, codebook: index, file: "alice.tsv")
      guard !problems.hasErrors else { throw BenchFailure("invalid sheet") }
      let state = CodingScreenState(
        transcript: transcript, codebook: index, sheet: parsed.sheet, codingsFile: "alice.tsv",
        size: size)
      _ = CodingScreenView.render(state, size: size)
      return state
    }
    let opened = opening.last
    let keys = typicalKeys(count: keysPerRun)
    var samples: [Double] = []
    var saves = 0
    var state = opened
    let processorStart = Measure.processorSeconds()
    var slowest = (seconds: 0.0, run: 0, key: 0)
    var worstProcessor = (seconds: 0.0, key: 0)
    for run in 0..<max(1, context.options.repetitions) {
      state = opened
      for (number, key) in keys.enumerated() {
        let start = Measure.now()
        let keyProcessorStart = Measure.threadProcessorSeconds()
        let effects = state.update(key)
        _ = CodingScreenView.render(state, size: size)
        let seconds = Measure.now() - start
        let processor = Measure.threadProcessorSeconds() - keyProcessorStart
        if processor > worstProcessor.seconds { worstProcessor = (processor, number) }
        samples.append(seconds)
        if seconds > slowest.seconds { slowest = (seconds, run, number) }
        if effects.contains(.save) {
          saves += 1
          state.saveSucceeded()
        }
      }
    }
    let processor = (Measure.processorSeconds() - processorStart) / Double(samples.count)
    var bigMoves: [Double] = []
    for key in [Key.end, .home, .character("G"), .character("g")] {
      let start = Measure.now()
      _ = state.update(key)
      _ = CodingScreenView.render(state, size: size)
      bigMoves.append(Measure.now() - start)
    }
    let saving = context.timed { state.sheet.tsv() }
    var result = StageResult(
      name: "screen", summary: "coding screen, per key", samples: samples,
      processorSeconds: processor,
      details: [
        Detail("segments", segmentCount),
        Detail("transcript", Double(transcriptText.utf8.count) / 1e6, "MB"),
        Detail("codings", opened.sheet.codings.count),
        Detail("open: parse, state, first frame", Statistics(opening.samples).median * 1e3, "ms"),
        Detail("keys per run", keys.count),
        Detail("changes saved per run", saves / max(1, context.options.repetitions)),
        Detail("jump to first/last segment, worst", (bigMoves.max() ?? 0) * 1e3, "ms"),
        Detail("slowest key (wall): run", slowest.run + 1),
        Detail("slowest key (wall): number", slowest.key + 1),
        Detail("slowest key (processor): number", worstProcessor.key + 1),
        Detail("sheet to TSV for a save", Statistics(saving.samples).median * 1e3, "ms"),
      ])
    result.sampleName = "key"
    result.worstProcessorSeconds = worstProcessor.seconds
    return [result]
  }

  /// The transcript and a half-coded sheet as file text.
  private static func makeFiles(codebook: Codebook) throws -> (String, String) {
    var generator = SplitMix64(seed: 11)
    guard let id = TranscriptID(rawValue: "BIG-1"), let coder = Coder(rawValue: "alice") else {
      throw BenchFailure("ids")
    }
    let leaves = codebook.flattened().filter { $0.code.children.isEmpty }.map(\.path)
    var segments: [Segment] = []
    var sheet = CodingSheet(transcript: id, coder: coder)
    for number in 1...segmentCount {
      let interviewer = number % 2 == 1
      let length = Int.random(in: interviewer ? 5...15 : 15...60, using: &generator)
      var words: [String] = []
      for _ in 0..<length {
        words.append(SyntheticTurn.vocabulary.randomElement(using: &generator)?.text ?? "ka")
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
