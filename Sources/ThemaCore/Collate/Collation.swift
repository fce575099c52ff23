/// The codings a report or table is built from: the transcripts coded with one codebook, in
/// natural order, each with its effective codings (`Study.effectiveCodings(for:source:)`).
///
/// Transcripts without a single coding from the chosen source are left out, so counts such as
/// "5 of 8 interviews" are of the interviews actually coded.
public struct Collation: Sendable {
  /// The codebook, indexed.
  public let index: CodebookIndex
  /// The coded transcripts, in natural order of their IDs.
  public let transcripts: [Transcript]
  /// Each transcript's effective codings, in the same order as `transcripts`.
  public let codings: [EffectiveCodings]
  /// Where the codings came from, for the notes under a table.
  public let source: CodingSource
  /// The attribute keys of every transcript coded with the codebook (coded yet or not),
  /// without `codebook`, in order.
  public let attributeNames: [String]

  /// Collects the codings of every transcript coded with `codebook`.
  ///
  /// Throws `.unknownCoder` when `source` names a coder with no codings in the study.
  public init(study: Study, codebook: Codebook, source: CodingSource) throws(Problem) {
    if case .coder(let coder) = source, !study.coders.contains(coder) {
      throw .unknownCoder(name: coder.rawValue, known: study.coders.map(\.rawValue))
    }
    self.index = CodebookIndex(codebook)
    self.source = source
    var transcripts: [Transcript] = []
    var codings: [EffectiveCodings] = []
    var attributes: Set<String> = []
    for id in study.transcriptIDs {
      guard let transcript = study.transcripts[id],
        (try? study.codebook(for: transcript))?.name == codebook.name
      else { continue }
      attributes.formUnion(transcript.attributes.keys)
      let effective = study.effectiveCodings(for: id, source: source)
      guard !effective.codings.isEmpty else { continue }
      transcripts.append(transcript)
      codings.append(effective)
    }
    self.transcripts = transcripts
    self.codings = codings
    self.attributeNames = attributes.subtracting(["codebook"]).sorted(by: NaturalOrder.less)
  }

  /// The transcripts whose codings are not all resolved (only with `.automatic`): the union of
  /// several coders because no consensus exists yet, or a consensus still in progress.
  public var unresolved: [TranscriptID] {
    codings.filter(\.isUnresolved).map(\.transcript)
  }

  /// Every coder (or `consensus`) whose codings were used, in order.
  public var coders: [Coder] {
    Set(codings.flatMap(\.sources)).sorted()
  }

  /// Checks that `options` name only attributes some transcript of the codebook has. The
  /// default attribution is not checked: it leaves out what a study lacks.
  ///
  /// Throws `.unknownAttribute` listing the attributes there are.
  public func validate(_ options: CollateOptions) throws(ExportProblem) {
    let known = Set(attributeNames)
    let attributed =
      options.attribution == .standard ? [] : options.attribution.attributeNames
    for name in [options.splitBy].compactMap({ $0 }) + attributed where !known.contains(name) {
      throw .unknownAttribute(name: name, known: attributeNames)
    }
  }

  /// The values of `attribute` among the coded transcripts with how many transcripts have each,
  /// in natural order; transcripts without it count under `(none)`.
  public func values(of attribute: String) -> [(value: String, count: Int)] {
    var counts: [String: Int] = [:]
    for transcript in transcripts {
      counts[Self.value(of: attribute, in: transcript), default: 0] += 1
    }
    return counts.keys.sorted(by: NaturalOrder.less).map { ($0, counts[$0] ?? 0) }
  }

  /// The value of `attribute` for `transcript`, or `(none)`.
  static func value(of attribute: String, in transcript: Transcript) -> String {
    let value = (transcript.attributes[attribute] ?? "").trimmed()
    return value.isEmpty ? "(none)" : value
  }
}
