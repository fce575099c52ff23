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

/// The sizes of a generated corpus.
struct CorpusSize: Sendable {
  /// How many transcripts.
  var transcripts = 1000
  /// Words per transcript.
  var words = 10_000
  /// About how many codes the codebook has (domains x themes x subthemes).
  var codes = 200
  /// Codings per participant segment, on average, for the first coder.
  var codingsPerSegment = 1.5
  /// The chance that the second coder makes the same decision as the first.
  var agreement = 0.8
}

/// A synthetic study in memory: a codebook, interview transcripts of made-up words, and two
/// coders' codings that agree to a set degree. Deterministic for a given size and seed.
struct SyntheticCorpus: Sendable {
  var codebook: Codebook
  var transcripts: [Transcript]
  var sheets: [CodingSheet]

  var study: Study {
    var study = Study(codebooks: [codebook.name: codebook])
    for transcript in transcripts { study.transcripts[transcript.id] = transcript }
    for sheet in sheets { study.sheets[sheet.transcript, default: [:]][sheet.coder] = sheet }
    return study
  }

  static let vocabulary: [String] = {
    let syllables = [
      "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "pe", "da", "ri", "mo", "lu", "fe",
    ]
    var words: [String] = [
      "the", "and", "peer", "support", "client", "team", "we", "I", "you", "it",
    ]
    var generator = SplitMix64(seed: 7)
    while words.count < 2000 {
      let count = Int.random(in: 1...3, using: &generator)
      words.append(
        (0..<count).map { _ in syllables.randomElement(using: &generator) ?? "ka" }.joined())
    }
    return words
  }()

  static func make(_ size: CorpusSize, seed: UInt64 = 42) -> SyntheticCorpus {
    var generator = SplitMix64(seed: seed)
    let codebook = makeCodebook(codes: size.codes)
    let leaves = codebook.flattened().filter { $0.code.children.isEmpty }.map(\.path)
    var transcripts: [Transcript] = []
    var sheets: [CodingSheet] = []
    let alice = Coder(rawValue: "alice")
    let bob = Coder(rawValue: "bob")
    for number in 1...size.transcripts {
      guard let id = TranscriptID(rawValue: "T\(number)"), let alice, let bob else { continue }
      let transcript = makeTranscript(id, words: size.words, using: &generator)
      transcripts.append(transcript)
      var first = CodingSheet(transcript: id, coder: alice)
      var second = CodingSheet(transcript: id, coder: bob)
      for segment in transcript.segments where segment.speaker != "Interviewer" {
        var count = Int(size.codingsPerSegment)
        if Double.random(in: 0..<1, using: &generator) < size.codingsPerSegment - Double(count) {
          count += 1
        }
        for _ in 0..<count {
          guard let code = leaves.randomElement(using: &generator) else { continue }
          let coding = Coding(transcript: id, segment: segment.id, code: code)
          first.codings.append(coding)
          if Double.random(in: 0..<1, using: &generator) < size.agreement {
            second.codings.append(coding)
          } else if Bool.random(using: &generator),
            let other = leaves.randomElement(using: &generator)
          {
            second.codings.append(Coding(transcript: id, segment: segment.id, code: other))
          }
        }
      }
      sheets.append(dedupe(first))
      sheets.append(dedupe(second))
    }
    return SyntheticCorpus(codebook: codebook, transcripts: transcripts, sheets: sheets)
  }

  private static func dedupe(_ sheet: CodingSheet) -> CodingSheet {
    var seen: Set<CodingIdentity> = []
    var copy = sheet
    copy.codings = sheet.codings.filter { seen.insert($0.key).inserted }
    return copy.sorted()
  }

  static func makeCodebook(codes: Int) -> Codebook {
    let perDomain = 1 + 4 * (1 + 4)
    let domains = max(1, (codes + perDomain - 1) / perDomain)
    var roots: [Code] = []
    for d in 1...domains {
      var themes: [Code] = []
      for t in 1...4 {
        let subthemes = (0..<4).map { s -> Code in
          let id = "\(t)\(Character(Unicode.Scalar(UInt8(97 + s))))"
          return Code(
            id: id, name: "Subtheme \(id) of domain \(d)", definition: "Synthetic subtheme.")
        }
        themes.append(Code(id: "\(t)", name: "Theme \(t) of domain \(d)", children: subthemes))
      }
      roots.append(Code(id: "T\(d)", name: "Domain \(d)", children: themes))
    }
    return Codebook(
      name: "synthetic", title: "Synthetic codebook", levels: ["Table", "Theme", "Subtheme"],
      codes: roots)
  }

  static func makeTranscript(_ id: TranscriptID, words: Int, using generator: inout SplitMix64)
    -> Transcript
  {
    var segments: [Segment] = []
    var written = 0
    var number = 1
    while written < words {
      let interviewer = number % 2 == 1
      let length =
        interviewer
        ? Int.random(in: 5...15, using: &generator) : Int.random(in: 15...60, using: &generator)
      var text = ""
      for index in 0..<length {
        let word = vocabulary.randomElement(using: &generator) ?? "ka"
        text += index == 0 ? word.capitalized : " " + word
        if index % 12 == 11 { text += "." }
      }
      text += interviewer ? "?" : "."
      segments.append(
        Segment(
          id: SegmentID(number: number), speaker: interviewer ? "Interviewer" : id.rawValue,
          start: Timestamp(milliseconds: written * 400), text: text))
      written += length
      number += 1
    }
    return Transcript(
      id: id, attributes: ["codebook": "synthetic", "group": number % 2 == 0 ? "A" : "B"],
      segments: segments)
  }
}
