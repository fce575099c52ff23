extension AgreementReport {
  /// The report as JSON for scripts, with every figure: sorted keys, `formatVersion` 1.
  ///
  /// A figure is `{"value": 0.71}`, or `{"undefined": "singleCategory", "why": "..."}` when it has
  /// no value (a coefficient's own figure is its `estimate`, e.g. `kappa.estimate.value`); an interval is `{"lower": ..., "upper": ...}` or undefined the same way. Cells are
  /// `both`, `firstOnly`, `secondOnly`, `neither` (first = `coders[0]`). Field names do not change
  /// meaning within a format version.
  public func json() -> String {
    JSONText.encode(JSONReport(self))
  }
}

private struct JSONEstimate: Encodable {
  let estimate: Estimate

  init(_ estimate: Estimate) { self.estimate = estimate }

  enum Keys: String, CodingKey { case value, undefined, why }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    switch estimate {
    case .value(let value): try container.encode(value, forKey: .value)
    case .undefined(let reason):
      try container.encode(reason.rawValue, forKey: .undefined)
      try container.encode(reason.explanation, forKey: .why)
    }
  }
}

private struct JSONInterval: Encodable {
  let interval: Estimated<Interval>

  enum Keys: String, CodingKey { case lower, upper, undefined, why }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    switch interval {
    case .value(let interval):
      try container.encode(interval.lower, forKey: .lower)
      try container.encode(interval.upper, forKey: .upper)
    case .undefined(let reason):
      try container.encode(reason.rawValue, forKey: .undefined)
      try container.encode(reason.explanation, forKey: .why)
    }
  }
}

private struct JSONReport: Encodable {
  let formatVersion = AgreementReport.formatVersion
  let settings: Settings
  let sections: [Section]
  let notes: [String]

  struct Settings: Encodable {
    let unit: String
    let unitDefinition: String
    let neitherRule: String
    let level: String
    let overlapPercent: Int?
    let groupBy: String?
  }

  struct Section: Encodable {
    let codebook: String
    let title: String
    let depth: Int?
    let levelName: String?
    let level: String
    let pairs: [Pair]
    let multiCoder: Multi?
  }

  init(_ report: AgreementReport) {
    let unit = report.settings.unit
    settings = Settings(
      unit: unit.rawValue, unitDefinition: unit.definition, neitherRule: unit.neitherRule,
      level: report.settings.level.argument,
      overlapPercent: unit == .overlap ? report.settings.overlapThreshold : nil,
      groupBy: report.groupBy)
    sections = report.sections.map { section in
      Section(
        codebook: section.codebook, title: section.title, depth: section.depth,
        levelName: section.levelName, level: section.levelDescription,
        pairs: section.pairs.map(Pair.init), multiCoder: section.multiCoder.map(Multi.init))
    }
    notes = report.notes.map(\.text)
  }
}

private struct Pair: Encodable {
  let coders: [String]
  let transcripts: [String]
  let units: Int
  let codes: [CodeFigures]
  let overall: Overall
  let unusedCodes: [String]
  let setAside: [SetAside]
  let groups: [Group]

  struct SetAside: Encodable {
    let coder: String
    let code: String
    let reason: String
    let count: Int
    let transcripts: [String]
  }

  struct Group: Encodable {
    let value: String?
    let transcripts: [String]
    let units: Int
    let codes: Int
    let overall: Overall
  }

  static func reason(_ reason: SetAsideCodings.Reason) -> String {
    switch reason {
    case .codeNotInCodebook: return "codeNotInCodebook"
    case .codeRetired: return "codeRetired"
    case .segmentNotInTranscript: return "segmentNotInTranscript"
    }
  }

  init(_ pair: PairwiseAgreement) {
    coders = pair.coders
    transcripts = pair.transcripts.map(\.rawValue)
    units = pair.units
    codes = pair.codes.map(CodeFigures.init)
    overall = Overall(pair.overall)
    unusedCodes = pair.unusedCodes.map(\.description)
    setAside = pair.setAside.map {
      SetAside(
        coder: $0.coder, code: $0.code.description,
        reason: Self.reason($0.reason),
        count: $0.count, transcripts: $0.transcripts.map(\.rawValue))
    }
    groups = pair.groups.map {
      Group(
        value: $0.value, transcripts: $0.transcripts.map(\.rawValue), units: $0.units,
        codes: $0.codes, overall: Overall($0.overall))
    }
  }
}

private struct Cells: Encodable {
  let n: Int
  let both: Int
  let firstOnly: Int
  let secondOnly: Int
  let neither: Int

  init(_ cells: TwoByTwo) {
    n = cells.total
    both = cells.both
    firstOnly = cells.firstOnly
    secondOnly = cells.secondOnly
    neither = cells.neither
  }
}

private struct Kappa: Encodable {
  let estimate: JSONEstimate
  let observed: JSONEstimate
  let expected: JSONEstimate
  let standardError: JSONEstimate
  let confidenceInterval95: JSONInterval
  let nullStandardError: JSONEstimate
  let z: JSONEstimate
  let landisKoch: String?

  init(_ kappa: CohenKappa) {
    estimate = JSONEstimate(kappa.value)
    observed = JSONEstimate(kappa.observed)
    expected = JSONEstimate(kappa.expected)
    standardError = JSONEstimate(kappa.standardError)
    confidenceInterval95 = JSONInterval(interval: kappa.confidenceInterval)
    nullStandardError = JSONEstimate(kappa.nullStandardError)
    z = JSONEstimate(kappa.z)
    landisKoch = kappa.value.value.map { LandisKoch(kappa: $0).text }
  }
}

private struct Chance: Encodable {
  let estimate: JSONEstimate
  let expected: JSONEstimate

  init(_ result: ChanceCorrectedAgreement) {
    estimate = JSONEstimate(result.value)
    expected = JSONEstimate(result.expected)
  }
}

private struct Alpha: Encodable {
  let estimate: JSONEstimate
  let observedDisagreement: JSONEstimate
  let expectedDisagreement: JSONEstimate

  init(_ alpha: KrippendorffAlpha) {
    estimate = JSONEstimate(alpha.value)
    observedDisagreement = JSONEstimate(alpha.observedDisagreement)
    expectedDisagreement = JSONEstimate(alpha.expectedDisagreement)
  }
}

private struct Binary: Encodable {
  let cells: Cells
  let percentAgreement: JSONEstimate
  let agreementWhereApplied: JSONEstimate
  let kappa: Kappa
  let pabak: JSONEstimate
  let prevalenceIndex: JSONEstimate
  let biasIndex: JSONEstimate
  let positiveAgreement: JSONEstimate
  let negativeAgreement: JSONEstimate
  let scottPi: Chance
  let krippendorffAlpha: Alpha
  let gwetAC1: Chance
  let kappaParadox: String?

  init(_ figures: BinaryAgreement) {
    let cells = figures.cells
    self.cells = Cells(cells)
    percentAgreement = JSONEstimate(cells.percentAgreement)
    agreementWhereApplied = JSONEstimate(cells.agreementWhereApplied)
    kappa = Kappa(figures.kappa)
    pabak = JSONEstimate(cells.pabak)
    prevalenceIndex = JSONEstimate(cells.prevalenceIndex)
    biasIndex = JSONEstimate(cells.biasIndex)
    positiveAgreement = JSONEstimate(cells.positiveAgreement)
    negativeAgreement = JSONEstimate(cells.negativeAgreement)
    scottPi = Chance(figures.scottPi)
    krippendorffAlpha = Alpha(figures.alpha)
    gwetAC1 = Chance(figures.gwetAC1)
    kappaParadox = figures.paradox?.explanation
  }
}

private struct Spans: Encodable {
  let spans: [Int]
  let matched: [Int]
  let agreements: Int
  let disagreements: Int
  let percentAgreement: JSONEstimate

  init(_ counts: OverlapMatching.Counts) {
    spans = counts.spans
    matched = counts.matched
    agreements = counts.agreements
    disagreements = counts.disagreements
    percentAgreement = JSONEstimate(counts.percentAgreement)
  }
}

private struct CodeFigures: Encodable {
  let code: String
  let shortName: String
  let name: String
  let figures: Binary?
  let overlap: Spans?

  init(_ code: CodeAgreement) {
    self.code = code.path.description
    shortName = code.shortName
    name = code.name
    figures = code.binary.map(Binary.init)
    overlap = code.overlap.map(Spans.init)
  }
}

private struct Overall: Encodable {
  let pooledKappa: Pooled?
  let meanKappa: Mean?
  let allCells: Binary?
  let overlap: Spans?
  let codesK: Int?
  let brennanPrediger: JSONEstimate?

  struct Pooled: Encodable {
    let estimate: JSONEstimate
    let meanObserved: JSONEstimate
    let meanExpected: JSONEstimate
    let codes: Int
    let jackknifeStandardError: JSONEstimate
    let confidenceInterval95: JSONInterval
    let jackknifeUnits: Int
  }

  struct Mean: Encodable {
    let estimate: JSONEstimate
    let codes: Int
    let undefinedCodes: Int
  }

  init(_ overall: OverallAgreement) {
    switch overall {
    case .binary(let figures):
      let pooled = figures.pooled
      pooledKappa = Pooled(
        estimate: JSONEstimate(pooled.value), meanObserved: JSONEstimate(pooled.meanObserved),
        meanExpected: JSONEstimate(pooled.meanExpected), codes: pooled.codes,
        jackknifeStandardError: JSONEstimate(pooled.standardError),
        confidenceInterval95: JSONInterval(interval: pooled.confidenceInterval),
        jackknifeUnits: pooled.jackknifeUnits)
      meanKappa = Mean(
        estimate: JSONEstimate(figures.meanKappa.value), codes: figures.meanKappa.codes,
        undefinedCodes: figures.meanKappa.undefinedCodes)
      allCells = Binary(figures.all)
      overlap = nil
      codesK = nil
      brennanPrediger = nil
    case .overlap(let figures):
      pooledKappa = nil
      meanKappa = nil
      allCells = nil
      overlap = Spans(figures.counts)
      codesK = figures.codes
      brennanPrediger = JSONEstimate(figures.brennanPrediger)
    }
  }
}

private struct Multi: Encodable {
  let coders: [String]
  let transcripts: [String]
  let units: Int
  let codes: [Code]
  let krippendorffAlpha: Alpha
  let fleissKappa: Chance

  struct Code: Encodable {
    let code: String
    let shortName: String
    let name: String
    let krippendorffAlpha: Alpha
    let fleissKappa: Chance
  }

  init(_ multi: MultiCoderAgreement) {
    coders = multi.coders
    transcripts = multi.transcripts.map(\.rawValue)
    units = multi.units
    codes = multi.codes.map {
      Code(
        code: $0.path.description, shortName: $0.shortName, name: $0.name,
        krippendorffAlpha: Alpha($0.alpha), fleissKappa: Chance($0.fleiss))
    }
    krippendorffAlpha = Alpha(multi.alpha)
    fleissKappa = Chance(multi.fleiss)
  }
}
