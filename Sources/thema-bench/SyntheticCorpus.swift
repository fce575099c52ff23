import ThemaCore

/// A deterministic pseudo-random number generator (SplitMix64), so that every benchmark run
/// measures the same corpus.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// One generated interview: its transcript and both coders' codings of it.
struct GeneratedInterview: Sendable {
  var transcript: Transcript
  var sheets: [CodingSheet]
}

/// A synthetic study, made one interview at a time so that writing an archive never holds it
/// all in memory: a hierarchical codebook, interviews of made-up words with some Unicode
/// (accents, curly apostrophes, dashes, ellipses, Greek, Cyrillic, CJK, emoji), and two coders,
/// alice and bob, whose decisions agree at `CorpusSize.agreement`.
///
/// Turns are shaped like real interviews: questions of 6 to 25 words; answers mostly short (10
/// to 60 words), some long (60 to 150) and a few very long (150 to 400). Alice applies about one
/// code per 40 words of an answer, two in five narrowed to whole sentences (a quote), one in
/// twelve starred as illustrative, a few unsure or with a memo. Bob copies each decision with
/// the agreement rate; otherwise he half the time leaves it out and half the time picks another
/// code. The same size and seed always give the same study, byte for byte.
struct SyntheticCorpus: Sequence, IteratorProtocol {
  let size: CorpusSize
  let codebook: Codebook
  private let leaves: [CodePath]
  private var generator: SplitMix64
  private var number = 0

  static let alice = Coder(rawValue: "alice")
  static let bob = Coder(rawValue: "bob")

  init(_ size: CorpusSize, seed: UInt64 = 42) {
    self.size = size
    self.codebook = Self.makeCodebook(codes: size.codes)
    self.leaves = codebook.flattened().filter { $0.code.children.isEmpty }.map(\.path)
    self.generator = SplitMix64(seed: seed)
  }

  /// The next interview, or nil after the last.
  mutating func next() -> GeneratedInterview? {
    guard number < size.transcripts else { return nil }
    number += 1
    guard let id = TranscriptID(rawValue: "T\(number)"), let alice = Self.alice,
      let bob = Self.bob
    else { return nil }
    var turns: [SyntheticTurn] = []
    let transcript = Self.makeTranscript(
      id, words: size.words, using: &generator, turns: &turns)
    var first = CodingSheet(transcript: id, coder: alice)
    var second = CodingSheet(transcript: id, coder: bob)
    for (segment, turn) in zip(transcript.segments, turns) where !turn.isQuestion {
      for coding in codings(of: segment, turn: turn, in: id) {
        first.codings.append(coding)
        if Double.random(in: 0..<1, using: &generator) < size.agreement {
          second.codings.append(coding)
        } else if Bool.random(using: &generator),
          let other = leaves.randomElement(using: &generator)
        {
          var changed = coding
          changed.code = other
          second.codings.append(changed)
        }
      }
    }
    return GeneratedInterview(
      transcript: transcript, sheets: [Self.deduplicated(first), Self.deduplicated(second)])
  }

  /// Alice's codings of one answer.
  private mutating func codings(of segment: Segment, turn: SyntheticTurn, in id: TranscriptID)
    -> [Coding]
  {
    let count = Int(Double(turn.words) / 40 + Double.random(in: 0..<1, using: &generator)) + 1
    var codings: [Coding] = []
    for _ in 0..<count {
      guard let code = leaves.randomElement(using: &generator) else { continue }
      var coding = Coding(transcript: id, segment: segment.id, code: code)
      let sentences = turn.sentences
      if sentences.count > 1, Int.random(in: 0..<5, using: &generator) < 2 {
        let from = Int.random(in: 0..<sentences.count, using: &generator)
        let to = Swift.min(sentences.count - 1, from + Int.random(in: 0...2, using: &generator))
        coding.span = TextSpan(start: sentences[from].start, end: sentences[to].end)
      }
      switch Int.random(in: 0..<100, using: &generator) {
      case 0..<8: coding.flags = .quote
      case 8..<10: coding.flags = .unsure
      case 10..<11: coding.memo = "Echoes the café conversation — see T1’s answer…"
      default: break
      }
      codings.append(coding)
    }
    return codings
  }

  private static func deduplicated(_ sheet: CodingSheet) -> CodingSheet {
    var seen: Set<CodingIdentity> = []
    var copy = sheet
    copy.codings = sheet.codings.filter { seen.insert($0.key).inserted }
    return copy.sorted()
  }

  /// Tables of 4 themes of 4 subthemes each, enough tables to reach about `codes` codes.
  static func makeCodebook(codes: Int) -> Codebook {
    let perTable = 1 + 4 * (1 + 4)
    let tables = Swift.max(1, (codes + perTable - 1) / perTable)
    var roots: [Code] = []
    for table in 1...tables {
      var themes: [Code] = []
      for theme in 1...4 {
        let subthemes = (0..<4).map { number -> Code in
          let id = "\(theme)\(Character(Unicode.Scalar(UInt8(97 + number))))"
          return Code(
            id: id, name: "Subtheme \(id) of table \(table)",
            definition: "Synthetic subtheme: a participant’s account of \(id).")
        }
        themes.append(
          Code(id: "\(theme)", name: "Theme \(theme) of table \(table)", children: subthemes))
      }
      roots.append(Code(id: "T\(table)", name: "Table \(table)", children: themes))
    }
    return Codebook(
      name: "synthetic", title: "Synthetic codebook", levels: ["Table", "Theme", "Subtheme"],
      codes: roots)
  }

  static let counties = ["Los Angeles", "San José", "Santa Bárbara", "San Diego"]

  /// A transcript of about `words` words alternating questions and answers; `turns` receives
  /// each segment's shape.
  static func makeTranscript(
    _ id: TranscriptID, words: Int, using generator: inout SplitMix64,
    turns: inout [SyntheticTurn]
  ) -> Transcript {
    var segments: [Segment] = []
    var written = 0
    while written < words {
      let number = segments.count + 1
      let isQuestion = number % 2 == 1
      let turn = SyntheticTurn.make(
        words: isQuestion
          ? Int.random(in: 6...25, using: &generator) : answerLength(using: &generator),
        isQuestion: isQuestion, using: &generator)
      segments.append(
        Segment(
          id: SegmentID(number: number), speaker: isQuestion ? "Interviewer" : id.rawValue,
          start: Timestamp(milliseconds: written * 400), text: turn.text))
      turns.append(turn)
      written += turn.words
    }
    let county = counties[Int(generator.next() % UInt64(counties.count))]
    return Transcript(
      id: id,
      attributes: [
        "codebook": "synthetic", "group": segments.count % 2 == 0 ? "A" : "B", "county": county,
      ],
      segments: segments)
  }

  private static func answerLength(using generator: inout SplitMix64) -> Int {
    switch Int.random(in: 0..<10, using: &generator) {
    case 0..<6: Int.random(in: 10...60, using: &generator)
    case 6..<9: Int.random(in: 60...150, using: &generator)
    default: Int.random(in: 150...400, using: &generator)
    }
  }
}
