/// A whole study as loaded from its project folder: codebooks, transcripts and every coder's
/// codings. Pure values; `ThemaStore` reads and writes them.
public struct Study: Sendable {
  /// Codebooks by name (file stem).
  public var codebooks: [String: Codebook]
  /// Transcripts by ID.
  public var transcripts: [TranscriptID: Transcript]
  /// Coding sheets by transcript, then coder.
  public var sheets: [TranscriptID: [Coder: CodingSheet]]
  /// The lead's consensus codings by transcript (`consensus.tsv`), where a lead has resolved
  /// the coders' disagreements.
  public var consensus: [TranscriptID: CodingSheet]
  /// The lead's decision logs by transcript (`decisions.jsonl`).
  public var decisions: [TranscriptID: DecisionLog]

  /// Creates a study.
  public init(
    codebooks: [String: Codebook] = [:], transcripts: [TranscriptID: Transcript] = [:],
    sheets: [TranscriptID: [Coder: CodingSheet]] = [:],
    consensus: [TranscriptID: CodingSheet] = [:],
    decisions: [TranscriptID: DecisionLog] = [:]
  ) {
    self.codebooks = codebooks
    self.transcripts = transcripts
    self.sheets = sheets
    self.consensus = consensus
    self.decisions = decisions
  }

  /// Transcript IDs in natural order.
  public var transcriptIDs: [TranscriptID] { transcripts.keys.sorted() }

  /// Codebook names in order.
  public var codebookNames: [String] { codebooks.keys.sorted(by: NaturalOrder.less) }

  /// Every coder with a codings file anywhere, in order.
  public var coders: [Coder] {
    Set(sheets.values.flatMap(\.keys)).sorted()
  }

  /// The coders who have a codings file for `transcript`, in order.
  public func coders(of transcript: TranscriptID) -> [Coder] {
    (sheets[transcript] ?? [:]).keys.sorted()
  }

  /// The codebook `transcript` is coded with: the one its `codebook` attribute names, or the
  /// project's only codebook; `override` (a `--codebook` option) wins over both.
  public func codebook(for transcript: Transcript, override: String? = nil) throws(Problem)
    -> Codebook
  {
    if let name = override ?? transcript.codebookName {
      guard let codebook = codebooks[name] else {
        throw .unknownCodebook(name: name, available: codebookNames)
      }
      return codebook
    }
    if codebooks.count == 1, let only = codebooks.values.first { return only }
    if codebooks.isEmpty { throw .unknownCodebook(name: "(none)", available: []) }
    throw .noCodebookForTranscript(transcript: transcript.id.rawValue, available: codebookNames)
  }

  /// The transcript with `id` given as typed; throws `.unknownTranscript` with suggestions.
  public func transcript(named id: String) throws(Problem) -> Transcript {
    if let key = TranscriptID(rawValue: id), let transcript = transcripts[key] { return transcript }
    if let match = transcripts.values.first(where: {
      $0.id.rawValue.lowercased() == id.lowercased()
    }) {
      return match
    }
    let suggestions = Suggestions.closest(to: id, among: transcriptIDs.map(\.rawValue))
    throw .unknownTranscript(id: id, suggestions: suggestions)
  }

  /// The codebook named `name`; throws `.unknownCodebook` listing those available.
  public func codebook(named name: String) throws(Problem) -> Codebook {
    guard let codebook = codebooks[name] else {
      throw .unknownCodebook(name: name, available: codebookNames)
    }
    return codebook
  }
}
