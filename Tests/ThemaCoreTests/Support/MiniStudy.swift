import Testing

@testable import ThemaCore

/// A small hand-made study for collation tests, so every expected count and quote can be worked
/// out by reading this file.
///
/// Codebook `mini` (levels Table, Theme, Subtheme):
/// ```
/// T1 First table            T2 Second table
///   1 Theme one               1 Other theme
///     1a Sub a
///     1b Sub b
///   2 Theme two
/// ```
/// Transcripts A-1 (county North, group Manager), A-2 (county South, group Manager) and A-3
/// (county North, no group), each `S1 Interviewer`, `S2 <ID>`, `S3 Interviewer`, `S4 <ID>`.
enum MiniStudy {
  static let codebook = Codebook(
    name: "mini", title: "Mini study", levels: ["Table", "Theme", "Subtheme"],
    codes: [
      Code(
        id: "T1", name: "First table", description: "About the first table.",
        children: [
          Code(
            id: "1", name: "Theme one", description: "Theme one, described.",
            definition: "Theme one, defined.",
            children: [
              Code(id: "1a", name: "Sub a", definition: "Definition of a."),
              Code(id: "1b", name: "Sub b", definition: "Definition of b."),
            ]),
          Code(id: "2", name: "Theme two", definition: "Definition of two."),
        ]),
      Code(id: "T2", name: "Second table", children: [Code(id: "1", name: "Other theme")]),
    ])

  static let texts: [String: [String]] = [
    "A-1": [
      "How did you hire?",
      "We hire for lived experience first, because it is the job and everything else we can "
        + "teach on the way.",
      "And supervision?",
      "Weekly. Short.",
    ],
    "A-2": [
      "Tell me about the team.",
      "The team trusts the peers now, after a long year of arguing about what a peer does here.",
      "Anything else?",
      "Maria Lopez started the group, and the clients said \"finally\" when it opened.",
    ],
    "A-3": [
      "What changed?",
      "Nothing much changed for us, honestly, the peers still drive clients to every "
        + "appointment they have.",
      "Why?",
      "Money.",
    ],
  ]

  static func id(_ text: String) throws -> TranscriptID {
    try #require(TranscriptID(rawValue: text))
  }

  static func transcript(_ name: String, attributes: [String: String]) throws -> Transcript {
    let texts = try #require(Self.texts[name])
    let segments = texts.enumerated().map { index, text in
      Segment(
        id: SegmentID(number: index + 1), speaker: index % 2 == 0 ? "Interviewer" : name,
        text: text)
    }
    return Transcript(id: try id(name), attributes: attributes, segments: segments)
  }

  /// A coding on transcript `name`.
  static func coding(
    _ name: String, _ segment: Int, _ code: String, span: (Int, Int)? = nil, starred: Bool = false,
    memo: String = ""
  ) throws -> Coding {
    Coding(
      transcript: try id(name), segment: SegmentID(number: segment),
      code: try #require(CodePath(parsing: code)),
      span: span.map { TextSpan(start: $0.0, end: $0.1) }, flags: starred ? .quote : [],
      memo: memo)
  }

  /// The study with `codings` by alice, and `bobCodings` by bob where given.
  static func study(_ codings: [Coding], bob bobCodings: [Coding] = []) throws -> Study {
    var study = Study(codebooks: ["mini": codebook])
    let attributes: [String: [String: String]] = [
      "A-1": ["codebook": "mini", "county": "North", "group": "Manager"],
      "A-2": ["codebook": "mini", "county": "South", "group": "Manager"],
      "A-3": ["codebook": "mini", "county": "North"],
    ]
    for (name, values) in attributes {
      study.transcripts[try id(name)] = try transcript(name, attributes: values)
    }
    let alice = try #require(Coder(rawValue: "alice"))
    let bob = try #require(Coder(rawValue: "bob"))
    for (transcript, group) in Dictionary(grouping: codings, by: \.transcript) {
      study.sheets[transcript, default: [:]][alice] = CodingSheet(
        transcript: transcript, coder: alice, codings: group
      ).sorted()
    }
    for (transcript, group) in Dictionary(grouping: bobCodings, by: \.transcript) {
      study.sheets[transcript, default: [:]][bob] = CodingSheet(
        transcript: transcript, coder: bob, codings: group
      ).sorted()
    }
    return study
  }

  static func collation(_ study: Study, source: CodingSource = .automatic) throws -> Collation {
    try Collation(study: study, codebook: codebook, source: source)
  }
}
