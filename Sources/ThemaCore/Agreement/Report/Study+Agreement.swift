/// What `thema agree` is asked to compare.
public struct AgreementRequest: Sendable {
  /// Transcript IDs as typed; empty for every transcript two of the coders coded.
  public var transcripts: [String]
  /// Coder names; empty for every coder.
  public var coders: [String]
  /// Only transcripts coded with this codebook (and the codebook of transcripts that name none).
  public var codebook: String?
  /// How units are counted.
  public var settings: AgreementSettings
  /// Repeat the overall figures for each value of this transcript attribute.
  public var groupBy: String?
  /// Also compare each coder with the lead's consensus, on the transcripts that have one.
  public var againstConsensus: Bool

  /// Creates a request.
  public init(
    transcripts: [String] = [], coders: [String] = [], codebook: String? = nil,
    settings: AgreementSettings = AgreementSettings(), groupBy: String? = nil,
    againstConsensus: Bool = false
  ) {
    self.transcripts = transcripts
    self.coders = coders
    self.codebook = codebook
    self.settings = settings
    self.groupBy = groupBy
    self.againstConsensus = againstConsensus
  }
}

extension Study {
  /// The agreement report `request` asks for: for each codebook, each pair of the coders over the
  /// transcripts both coded, and all coders together when there are more than two.
  ///
  /// Throws when nothing can be compared: an unknown coder, fewer than two coders, coders who
  /// share no transcript, a named transcript fewer than two of them coded, an unknown codebook or
  /// attribute.
  public func agreementReport(_ request: AgreementRequest) throws(Problem) -> AgreementReport {
    let coders = try agreementCoders(request.coders)
    let candidates = try agreementTranscripts(request.transcripts, coders: coders)
    let byCodebook = try groupByCodebook(candidates, only: request.codebook)
    if let groupBy = request.groupBy,
      !candidates.contains(where: { $0.attributes[groupBy] != nil })
    {
      let available = Set(candidates.flatMap(\.attributes.keys)).sorted()
      throw .agreement(.unknownAttribute(name: groupBy, available: available))
    }
    var sections: [AgreementReport.Section] = []
    var notes: [AgreementNote] = []
    for (codebook, members) in byCodebook {
      sections.append(
        agreementSection(codebook, members, coders: coders, request: request, notes: &notes))
    }
    for coder in coders {
      let unfinished = byCodebook.flatMap(\.transcripts).filter { transcript in
        sheets[transcript.id]?[coder].map { !$0.isDone } ?? false
      }.map(\.id).sorted()
      if !unfinished.isEmpty {
        notes.append(.notMarkedDone(coder: coder.rawValue, transcripts: unfinished))
      }
    }
    return AgreementReport(
      settings: request.settings, groupBy: request.groupBy, sections: sections, notes: notes)
  }

  /// The transcripts to compare: those named (each coded by two of `coders`), or every
  /// transcript two of them coded.
  private func agreementTranscripts(_ names: [String], coders: [Coder]) throws(Problem)
    -> [Transcript]
  {
    let named = try names.map { (name: String) throws(Problem) in try transcript(named: name) }
    for transcript in named {
      let codedBy = coders.filter { sheets[transcript.id]?[$0] != nil }
      if codedBy.count < 2 {
        throw .agreement(
          .transcriptNotDoubleCoded(
            transcript: transcript.id.rawValue, codedBy: codedBy.map(\.rawValue)))
      }
    }
    let candidates = (named.isEmpty ? transcriptIDs.compactMap { transcripts[$0] } : named)
      .filter { transcript in coders.filter { sheets[transcript.id]?[$0] != nil }.count >= 2 }
    guard candidates.isEmpty else { return candidates }
    let coded = coders.map { coder in
      (coder.rawValue, transcriptIDs.filter { sheets[$0]?[coder] != nil }.map(\.rawValue))
    }
    throw .agreement(
      .noSharedTranscripts(
        coders: coders.map(\.rawValue), coded: Dictionary(uniqueKeysWithValues: coded)))
  }

  /// Every pair of `coders` that shares a transcript of `members`, and all of them together.
  private func agreementSection(
    _ codebook: Codebook, _ members: [Transcript], coders: [Coder], request: AgreementRequest,
    notes: inout [AgreementNote]
  ) -> AgreementReport.Section {
    var sets = coders.map { coder in
      CodingSet(
        name: coder.rawValue,
        sheets: Dictionary(
          uniqueKeysWithValues: members.compactMap { transcript in
            sheets[transcript.id]?[coder].map { (transcript.id, $0) }
          }))
    }
    // The consensus, when asked for, is one more set; it is compared with each coder only.
    if request.againstConsensus {
      sets.append(
        CodingSet(
          name: Coder.consensus.rawValue,
          sheets: Dictionary(
            uniqueKeysWithValues: members.compactMap { transcript in
              consensus[transcript.id].map { (transcript.id, $0) }
            })))
    }
    let analysis = AgreementAnalysis(
      codebook: CodebookIndex(codebook), transcripts: members, sets: sets)
    // Groups in natural order of their values; transcripts without the attribute come last.
    let groups = request.groupBy.map { attribute in
      Dictionary(grouping: members.indices) { members[$0].attributes[attribute] }
        .sorted { lhs, rhs in
          guard let a = lhs.key else { return false }
          guard let b = rhs.key else { return true }
          return NaturalOrder.less(a, b)
        }
        .map { (value: $0.key, transcripts: $0.value) }
    }
    var pairs: [PairwiseAgreement] = []
    for first in coders.indices {
      for second in coders.indices where second > first {
        guard !analysis.transcripts(codedByAll: [first, second]).isEmpty else {
          notes.append(
            .pairSharesNoTranscript(
              coders: [coders[first].rawValue, coders[second].rawValue], codebook: codebook.name))
          continue
        }
        pairs.append(
          analysis.pairwise(first, second, settings: request.settings, groups: groups ?? []))
      }
    }
    if request.againstConsensus {
      let consensusIndex = coders.count
      for coder in coders.indices {
        if analysis.transcripts(codedByAll: [coder, consensusIndex]).isEmpty {
          notes.append(
            .pairSharesNoTranscript(
              coders: [coders[coder].rawValue, Coder.consensus.rawValue], codebook: codebook.name))
          continue
        }
        pairs.append(
          analysis.pairwise(coder, consensusIndex, settings: request.settings, groups: groups ?? [])
        )
      }
    }
    let depth = request.settings.level.depth(in: codebook)
    let multiCoder =
      coders.count > 2 && request.settings.unit != .overlap
      ? analysis.multiCoder(Array(coders.indices), settings: request.settings) : nil
    return AgreementReport.Section(
      codebook: codebook.name, title: codebook.title, depth: depth,
      levelName: depth.map { codebook.levelName(depth: $0) }, pairs: pairs, multiCoder: multiCoder)
  }

  /// The coders to compare: those named (each known, once), or every coder with codings.
  private func agreementCoders(_ names: [String]) throws(Problem) -> [Coder] {
    let known = coders
    guard !names.isEmpty else {
      guard known.count >= 2 else {
        throw .agreement(.fewerThanTwoCoders(given: [], known: known.map(\.rawValue)))
      }
      return known
    }
    var chosen: [Coder] = []
    for name in names {
      guard let coder = Coder(rawValue: name), known.contains(coder) else {
        throw .agreement(.unknownCoder(name: name, known: known.map(\.rawValue)))
      }
      if chosen.contains(coder) { throw .agreement(.coderNamedTwice(name)) }
      chosen.append(coder)
    }
    guard chosen.count >= 2 else {
      throw .agreement(.fewerThanTwoCoders(given: names, known: known.map(\.rawValue)))
    }
    return chosen
  }

  /// The transcripts grouped by the codebook they are coded with, codebooks by name.
  private func groupByCodebook(_ candidates: [Transcript], only name: String?) throws(Problem)
    -> [(codebook: Codebook, transcripts: [Transcript])]
  {
    if let name { _ = try codebook(named: name) }
    var groups: [String: [Transcript]] = [:]
    for transcript in candidates {
      let codebook: Codebook
      do {
        codebook = try self.codebook(for: transcript)
      } catch {
        guard let name, case .noCodebookForTranscript = error else { throw error }
        codebook = try self.codebook(named: name)
      }
      groups[codebook.name, default: []].append(transcript)
    }
    if let name {
      guard let members = groups[name], let codebook = codebooks[name] else {
        throw .agreement(
          .noTranscriptsWithCodebook(
            codebook: name, used: groups.keys.sorted(by: NaturalOrder.less)))
      }
      return [(codebook, members)]
    }
    return groups.keys.sorted(by: NaturalOrder.less).compactMap { key in
      codebooks[key].map { ($0, groups[key] ?? []) }
    }
  }
}
