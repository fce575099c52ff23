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
