import Testing
import ThemaCLI
import ThemaCore
import ThemaTerminal

/// A small study for the coding screen's tests, built in code so the golden frames do not move
/// when the sample study changes: a codebook whose tables both have a `1a` (as the sample's do),
/// and a transcript with wide characters, emoji and combining marks.
enum ScreenFixture {
  static let codebook = Codebook(
    name: "peer-work", title: "Peer work in outreach programs",
    levels: ["Table", "Theme", "Subtheme"],
    codes: [
      Code(
        id: "T1", name: "Characteristics of peers",
        children: [
          Code(
            id: "1", name: "Lived experience",
            children: [
              Code(
                id: "1a", name: "Lived experience as a hiring requirement",
                definition: "Lived experience named as a condition of hire.",
                include: "Job postings and interview questions about lived experience.",
                exclude: "How lived experience helps with clients (use 1b).",
                example: "\"If it's not your own experience, it's a different job.\""),
              Code(
                id: "1b", name: "Shared experience builds trust",
                definition: "Clients trust peers because they have been there too."),
            ]),
          Code(
            id: "2", name: "Skills and qualities",
            children: [
              Code(
                id: "2a", name: "Language and cultural match",
                definition: "Peers who share the clients' language or culture.")
            ]),
        ]),
      Code(
        id: "T2", name: "Services peers deliver",
        children: [
          Code(
            id: "1", name: "Bridging clients and services",
            children: [
              Code(
                id: "1a", name: "Engagement and outreach",
                definition: "First contact with clients and bringing them back into care."),
              Code(
                id: "1b", name: "Navigation and advocacy",
                definition: "Going with clients through clinics, benefits and housing."),
            ]),
          Code(
            id: "2", name: "Direct support",
            children: [
              Code(
                id: "2a", name: "Groups led by peers",
                definition: "Support groups and classes that peers run.")
            ]),
        ]),
    ])

  static let texts: [(speaker: String, text: String)] = [
    ("Interviewer", "Thank you for meeting with me. Can you tell me about your program?"),
    (
      "P-01",
      "Sure. I run a small outreach team of four peers and a nurse. We go out to the river every "
        + "week, and the peers bring water, socks and time. Most of them have been homeless "
        + "themselves, which is why people talk to them."
    ),
    ("Interviewer", "What do you look for when you hire?"),
    (
      "P-01",
      "Lived experience first. 我们也需要会说普通话的同事, so we hired Wei, who grew up nearby. "
        + "👍 She is great with the older clients."
    ),
    ("Interviewer", "How do peers support clients day to day?"),
    (
      "P-01",
      "They go with people to the clinic, the café and the benefits office. Cafe\u{301} and café "
        + "look the same here. A naïve question gets a patient answer."
    ),
    ("Interviewer", "Anything else?"),
    (
      "P-01",
      "Honestly, the groups. Peers lead a Tuesday group at the library, and people keep coming "
        + "back because it feels like theirs."
    ),
    ("Interviewer", "Who leads the groups when a peer is out?"),
    ("P-01", "Another peer. Never a clinician; the group would feel different."),
    ("Interviewer", "Thank you."),
    ("P-01", "Thank you for listening."),
  ]

  static func transcript() throws -> Transcript {
    let segments = texts.enumerated().map { index, entry in
      Segment(
        id: SegmentID(number: index + 1), speaker: entry.speaker,
        start: Timestamp(milliseconds: 5000 + index * 37_000), text: entry.text)
    }
    return Transcript(
      id: try #require(TranscriptID(rawValue: "T-01")),
      attributes: ["codebook": "peer-work", "county": "Kern", "group": "Program manager"],
      segments: segments)
  }

  static func alice() throws -> Coder { try #require(Coder(rawValue: "alice")) }

  /// The scalar span of `quote` in segment `number`'s text.
  static func span(of quote: String, inSegment number: Int) -> TextSpan {
    let text = texts[number - 1].text
    let scalars = Array(text.unicodeScalars)
    let wanted = Array(quote.unicodeScalars)
    for start in 0...(scalars.count - wanted.count)
    where Array(scalars[start..<(start + wanted.count)]) == wanted {
      return TextSpan(start: start, end: start + wanted.count)
    }
    return TextSpan(start: 0, end: 1)
  }

  /// Alice's codings so far: S2 coded twice (one a starred quote with a memo), S4 once.
  static func sheet() throws -> CodingSheet {
    let id = try transcript().id
    return CodingSheet(
      transcript: id, coder: try alice(),
      codings: [
        Coding(
          transcript: id, segment: SegmentID(number: 2),
          code: CodePath(components: ["T2", "1", "1a"])),
        Coding(
          transcript: id, segment: SegmentID(number: 2),
          code: CodePath(components: ["T2", "1", "1a"]),
          span: span(of: "the peers bring water, socks and time.", inSegment: 2), flags: .quote,
          memo: "Concrete outreach"),
        Coding(
          transcript: id, segment: SegmentID(number: 4),
          code: CodePath(components: ["T1", "2", "2a"])),
      ])
  }

  /// An empty sheet of alice's.
  static func emptySheet() throws -> CodingSheet {
    CodingSheet(transcript: try transcript().id, coder: try alice())
  }

  static func state(rows: Int = 24, columns: Int = 80, sheet: CodingSheet? = nil) throws
    -> CodingScreenState
  {
    CodingScreenState(
      transcript: try transcript(), codebook: CodebookIndex(codebook),
      sheet: try sheet ?? Self.sheet(),
      codingsFile: "Transcripts/T-01/codings/alice.tsv",
      size: TerminalSize(rows: rows, columns: columns))
  }
}

/// Keys written as text for tests: each character is typed as itself, and `{name}` is a named
/// key: `{enter}`, `{esc}`, `{tab}`, `{backtab}`, `{up}`, `{down}`, `{left}`, `{right}`,
/// `{S-left}`, `{S-right}`, `{pgup}`, `{pgdn}`, `{home}`, `{end}`, `{del}`, `{bs}`, `{C-r}`,
/// `{C-q}`, `{C-w}`, `{F1}`.
enum KeyScript {
  static let named: [String: Key] = [
    "enter": .enter, "esc": .escape, "tab": .tab, "backtab": .backTab, "up": .up,
    "down": .down, "left": .left, "right": .right, "S-left": Key(.left, modifiers: .shift),
    "S-right": Key(.right, modifiers: .shift), "pgup": .pageUp, "pgdn": .pageDown,
    "home": .home, "end": .end, "del": .delete, "bs": .backspace, "C-r": .control("r"),
    "C-q": .control("q"), "C-w": .control("w"), "F1": Key(.function(1)),
  ]

  static func keys(_ script: String) -> [Key] {
    var keys: [Key] = []
    var name: String?
    for character in script {
      if var building = name {
        if character == "}" {
          keys.append(named[building] ?? .character("?"))
          name = nil
        } else {
          building.append(character)
          name = building
        }
      } else if character == "{" {
        name = ""
      } else {
        keys.append(.character(character))
      }
    }
    return keys
  }

  /// The bytes a terminal sends for the keys of `script`, for the shell's tests.
  static func bytes(_ script: String) -> [UInt8] {
    let sequences: [String: String] = [
      "enter": "\r", "esc": "\u{1B}", "tab": "\t", "backtab": "\u{1B}[Z", "up": "\u{1B}[A",
      "down": "\u{1B}[B", "right": "\u{1B}[C", "left": "\u{1B}[D", "pgdn": "\u{1B}[6~",
      "pgup": "\u{1B}[5~", "C-r": "\u{12}", "bs": "\u{7F}",
    ]
    var text = ""
    var name: String?
    for character in script {
      if var building = name {
        if character == "}" {
          text += sequences[building] ?? ""
          name = nil
        } else {
          building.append(character)
          name = building
        }
      } else if character == "{" {
        name = ""
      } else {
        text.append(character)
      }
    }
    return Array(text.utf8)
  }
}

extension CodingScreenState {
  /// Handles every key of `script`, returning all effects.
  @discardableResult
  mutating func press(_ script: String) -> [CodingScreenEffect] {
    KeyScript.keys(script).flatMap { update($0) }
  }

  /// The frame at the state's own size.
  var frame: Frame { CodingScreenView.render(self, size: size) }
}
