/// Agreement over the transcripts of one codebook between coding sets: resolves every coding once,
/// then computes any unit, level, pair or group from the same resolved codings.
///
/// ```swift
/// let analysis = AgreementAnalysis(codebook: index, transcripts: pm, sets: [alice, bob])
/// let result = analysis.pairwise(0, 1, settings: AgreementSettings(unit: .segment))
/// ```
public struct AgreementAnalysis: Sendable {
  /// The codebook the transcripts are coded with.
  public let codebook: CodebookIndex
  /// The transcripts, in order.
  public let transcripts: [Transcript]
  /// The coding sets.
  public let sets: [CodingSet]
  let resolved: [[ResolvedSheet?]]

  /// Prepares a comparison of `sets` on `transcripts`.
  public init(codebook: CodebookIndex, transcripts: [Transcript], sets: [CodingSet]) {
    self.codebook = codebook
    self.transcripts = transcripts
    self.sets = sets
    self.resolved = transcripts.map { transcript in
      var positions = SegmentLookup(transcript)
      return sets.map { set in
        set.sheets[transcript.id].map {
          ResolvedSheet($0, transcript: transcript, positions: &positions, codebook: codebook)
        }
      }
    }
  }

  /// The positions of the transcripts (of `among`, default all) that every coding set in
  /// `coders` coded.
  public func transcripts(codedByAll coders: [Int], among: [Int]? = nil) -> [Int] {
    (among ?? Array(transcripts.indices)).filter { index in
      coders.allSatisfy { resolved[index][$0] != nil }
    }
  }

  /// The cells of the segment, character or document unit for `coders` on `transcripts`.
  public func cells(
    unit: AgreementUnit, level: AgreementLevel, coders: [Int], transcripts selected: [Int]
  ) -> AgreementCells {
    AgreementCells.build(
      unit: unit, categories: CodeCategories(codebook: codebook, level: level),
      coders: coders.map { sets[$0].name }, transcripts: selected.map { transcripts[$0] },
      sheets: selected.map { index in coders.map { resolved[index][$0] } })
  }

  /// The spans of two coding sets on `transcripts`, matched at `threshold` percent overlap.
  public func overlap(
    level: AgreementLevel, first: Int, second: Int, transcripts selected: [Int], threshold: Int
  ) -> OverlapMatching {
    OverlapMatching(
      categories: CodeCategories(codebook: codebook, level: level),
      coders: [sets[first].name, sets[second].name], transcripts: selected.map { transcripts[$0] },
      sheets: selected.map { [resolved[$0][first], resolved[$0][second]] },
      threshold: threshold)
  }

  /// Agreement between coding sets `first` and `second` on the transcripts both coded (of
  /// `among`), with the overall figures again for each group of `groups`.
  public func pairwise(
    _ first: Int, _ second: Int, settings: AgreementSettings, among: [Int]? = nil,
    groups: [(value: String?, transcripts: [Int])] = []
  ) -> PairwiseAgreement {
    let selected = transcripts(codedByAll: [first, second], among: among)
    let categories = CodeCategories(codebook: codebook, level: settings.level)
    let computed = compute(first, second, settings: settings, transcripts: selected)
    let used = computed.used
    var result = PairwiseAgreement(
      coders: [sets[first].name, sets[second].name],
      transcripts: selected.map { transcripts[$0].id },
      settings: settings, units: computed.units,
      codes: used.compactMap { category in
        let path = categories.paths[category]
        return computed.figures[category].map {
          CodeAgreement(
            path: path, shortName: codebook.shortName(path), name: categories.name(of: category),
            figures: $0)
        }
      },
      unusedCodes: categories.paths.indices.filter {
        categories.isTarget[$0] && computed.figures[$0] == nil
      }.map { categories.paths[$0] },
      overall: computed.overall,
      setAside: setAside(coders: [first, second], transcripts: selected))
    for group in groups {
      let members = transcripts(codedByAll: [first, second], among: group.transcripts)
      guard !members.isEmpty else { continue }
      let part = compute(first, second, settings: settings, transcripts: members)
      result.groups.append(
        GroupAgreement(
          value: group.value, transcripts: members.map { transcripts[$0].id }, units: part.units,
          codes: part.used.count, overall: part.overall))
    }
    return result
  }

  private struct Computed {
    var units: Int
    var used: [Int]
    var figures: [Int: CodeAgreement.Figures]
    var overall: OverallAgreement
  }

  private func compute(
    _ first: Int, _ second: Int, settings: AgreementSettings, transcripts selected: [Int]
  ) -> Computed {
    if settings.unit == .overlap {
      let matching = overlap(
        level: settings.level, first: first, second: second, transcripts: selected,
        threshold: settings.overlapThreshold)
      let counts = matching.counts()
      let used = counts.indices.filter { counts[$0].spans[0] + counts[$0].spans[1] > 0 }
      var total = OverlapMatching.Counts()
      for category in used {
        for coder in 0..<2 {
          total.spans[coder] += counts[category].spans[coder]
          total.matched[coder] += counts[category].matched[coder]
        }
      }
      return Computed(
        units: total.spans[0] + total.spans[1], used: used,
        figures: Dictionary(uniqueKeysWithValues: used.map { ($0, .overlap(counts[$0])) }),
        overall: .overlap(OverlapOverall(counts: total, codes: used.count)))
    }
    let cells = self.cells(
      unit: settings.unit, level: settings.level, coders: [first, second], transcripts: selected)
    let tables = cells.twoByTwoTables()
    let used = tables.indices.filter { tables[$0].applied > 0 }
    let usedTables = used.map { tables[$0] }
    let positions = Dictionary(uniqueKeysWithValues: used.enumerated().map { ($1, $0) })
    let figures = Dictionary(
      uniqueKeysWithValues: used.map { ($0, BinaryAgreement(cells: tables[$0])) })
    let pooled = PooledKappa(tables: usedTables, units: cells.jackknifeUnits(selected: positions))
    let overall = BinaryOverall(
      pooled: pooled, meanKappa: MeanKappa(used.compactMap { figures[$0]?.kappa.value }),
      all: BinaryAgreement(cells: usedTables.reduce(TwoByTwo(), +)))
    return Computed(
      units: cells.totalWeight, used: used, figures: figures.mapValues { .binary($0) },
      overall: .binary(overall))
  }

  /// Krippendorff's alpha and Fleiss' kappa across `coders` on the transcripts at least two of
  /// them coded. Not for the overlap unit, which compares spans pairwise.
  public func multiCoder(_ coders: [Int], settings: AgreementSettings, among: [Int]? = nil)
    -> MultiCoderAgreement
  {
    let selected = (among ?? Array(transcripts.indices)).filter { index in
      coders.filter { resolved[index][$0] != nil }.count >= 2
    }
    let unit: AgreementUnit = settings.unit == .overlap ? .character : settings.unit
    let cells = self.cells(
      unit: unit, level: settings.level, coders: coders, transcripts: selected)
    let (alphas, fleisses) = cells.multiCoderAccumulators()
    var applied = Array(repeating: false, count: cells.categories.paths.count)
    for unit in 0..<cells.count {
      for coder in coders.indices {
        for code in cells.codes(unit: unit, coder: coder) { applied[Int(code)] = true }
      }
    }
    let used = applied.indices.filter { applied[$0] }
    var alpha = CoincidenceMatrix(size: 2)
    var fleiss = FleissKappa(size: 2)
    for category in used {
      alpha.add(alphas[category])
      fleiss.add(fleisses[category])
    }
    return MultiCoderAgreement(
      coders: coders.map { sets[$0].name }, transcripts: selected.map { transcripts[$0].id },
      units: cells.totalWeight,
      codes: used.map { category in
        let path = cells.categories.paths[category]
        return MultiCoderAgreement.Code(
          path: path, shortName: codebook.shortName(path),
          name: cells.categories.name(of: category), alpha: alphas[category].alpha(),
          fleiss: fleisses[category].kappa())
      },
      alpha: alpha.alpha(), fleiss: fleiss.kappa())
  }

  /// The codings of `coders` on `transcripts` that no figure counts.
  public func setAside(coders: [Int], transcripts selected: [Int]) -> [SetAsideCodings] {
    var records: [SetAsideCodings] = []
    for coder in coders {
      var byKey: [ResolvedSheet.SetAsideKey: (count: Int, transcripts: [TranscriptID])] = [:]
      for index in selected {
        guard let sheet = resolved[index][coder] else { continue }
        for (key, count) in sheet.setAside {
          byKey[key, default: (0, [])].count += count
          byKey[key, default: (0, [])].transcripts.append(transcripts[index].id)
        }
      }
      for (key, value) in byKey {
        records.append(
          SetAsideCodings(
            reason: key.reason, coder: sets[coder].name, code: key.code,
            transcripts: value.transcripts, count: value.count))
      }
    }
    return records.sorted {
      ($0.coder, $0.code.description) < ($1.coder, $1.code.description)
    }
  }
}
