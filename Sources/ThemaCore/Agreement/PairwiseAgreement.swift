/// Agreement between two coding sets over the transcripts both coded with one codebook: every
/// code's figures, the overall figures, and what was left out.
public struct PairwiseAgreement: Sendable {
  /// The two coding sets, first and second (the rows and columns of the tables).
  public var coders: [String]
  /// The transcripts compared.
  public var transcripts: [TranscriptID]
  /// How the comparison counts.
  public var settings: AgreementSettings
  /// The number of units compared: segments, characters, transcripts, or coded spans (overlap).
  public var units: Int
  /// The figures of each code either coder applied, in codebook order.
  public var codes: [CodeAgreement]
  /// Codes of the codebook (at the level) neither coder applied in these transcripts: they have
  /// nothing to agree on and are left out of every figure.
  public var unusedCodes: [CodePath]
  /// The overall figures.
  public var overall: OverallAgreement
  /// Codings no figure counts (codes not in the codebook), by coder and code.
  public var setAside: [SetAsideCodings]
  /// The overall figures again for each value of the `--by` attribute.
  public var groups: [GroupAgreement]

  /// Creates a result.
  public init(
    coders: [String], transcripts: [TranscriptID], settings: AgreementSettings, units: Int,
    codes: [CodeAgreement], unusedCodes: [CodePath], overall: OverallAgreement,
    setAside: [SetAsideCodings], groups: [GroupAgreement] = []
  ) {
    self.coders = coders
    self.transcripts = transcripts
    self.settings = settings
    self.units = units
    self.codes = codes
    self.unusedCodes = unusedCodes
    self.overall = overall
    self.setAside = setAside
    self.groups = groups
  }
}

/// One code's figures.
public struct CodeAgreement: Sendable {
  /// The code (at the level compared).
  public var path: CodePath
  /// Its shortest unambiguous reference, e.g. `T2/1a`.
  public var shortName: String
  /// Its name in the codebook.
  public var name: String
  /// The figures.
  public var figures: Figures

  /// A code's figures, by unit.
  public enum Figures: Sendable {
    /// Segment, character and document units: the 2 x 2 table and every figure from it.
    case binary(BinaryAgreement)
    /// The overlap unit: coded spans and matches.
    case overlap(OverlapMatching.Counts)
  }

  /// Creates a code's result.
  public init(path: CodePath, shortName: String, name: String, figures: Figures) {
    self.path = path
    self.shortName = shortName
    self.name = name
    self.figures = figures
  }

  /// The 2 x 2 figures, or nil for the overlap unit.
  public var binary: BinaryAgreement? {
    if case .binary(let figures) = figures { return figures }
    return nil
  }

  /// The overlap counts, or nil for the other units.
  public var overlap: OverlapMatching.Counts? {
    if case .overlap(let counts) = figures { return counts }
    return nil
  }

  /// The percent agreement in the code's unit.
  public var percentAgreement: Estimate {
    switch figures {
    case .binary(let figures): return figures.cells.percentAgreement
    case .overlap(let counts): return counts.percentAgreement
    }
  }
}

/// The overall figures of a comparison, by unit.
public enum OverallAgreement: Sendable {
  /// Segment, character and document units.
  case binary(BinaryOverall)
  /// The overlap unit.
  case overlap(OverlapOverall)

  /// The headline percent agreement: over all unit x code cells, or matched spans for overlap.
  public var percentAgreement: Estimate {
    switch self {
    case .binary(let overall): return overall.all.cells.percentAgreement
    case .overlap(let overall): return overall.counts.percentAgreement
    }
  }

  /// The headline kappa: the pooled kappa, or Brennan and Prediger's for overlap.
  public var kappa: Estimate {
    switch self {
    case .binary(let overall): return overall.pooled.value
    case .overlap(let overall): return overall.brennanPrediger
    }
  }
}

/// The overall figures of the segment, character and document units.
public struct BinaryOverall: Sendable {
  /// De Vries et al.'s pooled kappa with the jackknife SE and interval.
  public var pooled: PooledKappa
  /// The mean of the codes' kappas.
  public var meanKappa: MeanKappa
  /// Every unit x code cell as one 2 x 2 table, with its figures: percent agreement over all
  /// cells, Krippendorff's alpha, Scott's pi, Gwet's AC1 and Brennan-Prediger (PABAK).
  public var all: BinaryAgreement

  /// Creates the overall figures.
  public init(pooled: PooledKappa, meanKappa: MeanKappa, all: BinaryAgreement) {
    self.pooled = pooled
    self.meanKappa = meanKappa
    self.all = all
  }

  /// Agreement over the cells where at least one coder applied the code: a / (a + b + c).
  public var agreementWhereApplied: Estimate { all.cells.agreementWhereApplied }
}

/// The overall figures of the overlap unit, as MAXQDA prints them.
public struct OverlapOverall: Sendable {
  /// Spans and matches summed over codes.
  public var counts: OverlapMatching.Counts
  /// k, the number of codes either coder applied (the rows of the code table).
  public var codes: Int
  /// Brennan and Prediger's kappa with chance agreement 1/k: (p_o - 1/k) / (1 - 1/k).
  public var brennanPrediger: Estimate

  /// The overall figures of per-code `counts` over `codes` codes.
  public init(counts: OverlapMatching.Counts, codes: Int) {
    self.counts = counts
    self.codes = codes
    if let po = counts.percentAgreement.value {
      self.brennanPrediger =
        codes < 2
        ? .undefined(.singleCode) : .value((po - 1 / Double(codes)) / (1 - 1 / Double(codes)))
    } else {
      self.brennanPrediger = counts.percentAgreement
    }
  }
}

/// The overall figures for the transcripts with one value of an attribute (`--by county`).
public struct GroupAgreement: Sendable {
  /// The attribute's value, or nil for transcripts without the attribute.
  public var value: String?
  /// The transcripts in the group.
  public var transcripts: [TranscriptID]
  /// The number of units compared.
  public var units: Int
  /// The number of codes either coder applied in the group.
  public var codes: Int
  /// The overall figures.
  public var overall: OverallAgreement

  /// Creates a group result.
  public init(
    value: String?, transcripts: [TranscriptID], units: Int, codes: Int, overall: OverallAgreement
  ) {
    self.value = value
    self.transcripts = transcripts
    self.units = units
    self.codes = codes
    self.overall = overall
  }
}

/// Krippendorff's alpha and Fleiss' kappa across more than two coding sets; a coder who did not
/// code a transcript has missing ratings there.
public struct MultiCoderAgreement: Sendable {
  /// The coding sets.
  public var coders: [String]
  /// The transcripts at least two of them coded.
  public var transcripts: [TranscriptID]
  /// The number of units.
  public var units: Int
  /// Each code's figures, in codebook order.
  public var codes: [Code]
  /// Over every unit x code cell.
  public var alpha: KrippendorffAlpha
  /// Over every unit x code cell.
  public var fleiss: ChanceCorrectedAgreement

  /// One code across every coder.
  public struct Code: Sendable {
    /// The code.
    public var path: CodePath
    /// Its shortest reference.
    public var shortName: String
    /// Its name.
    public var name: String
    /// Krippendorff's alpha (nominal).
    public var alpha: KrippendorffAlpha
    /// Fleiss' kappa.
    public var fleiss: ChanceCorrectedAgreement
  }
}
