import Testing

@testable import ThemaCore

/// Krippendorff's alpha and Fleiss' kappa across any number of coders with missing ratings,
/// against the oracle: alpha against the exact `formula` (and the krippendorff package), Fleiss'
/// kappa against irrCAC's generalisation to missing ratings (Gwet 2014), which it reports to
/// 15 digits.
@Suite struct MultiCoderOracleTests {
  /// Each unit's ratings as counts per category, over every unit anyone rated.
  static func unitCounts(_ vector: OracleVector) -> [[Int]] {
    let labels = OracleVector.sortedLikePython(vector.ratings.flatMap { $0.labels.values })
    return vector.ratings.map { entry in
      var counts = Array(repeating: 0, count: labels.count)
      for label in entry.labels.values {
        if let index = labels.firstIndex(of: label) { counts[index] += 1 }
      }
      return counts
    }
  }

  static let cases: [(id: String, alphaSource: String)] = [
    ("19_missing_units_one_coder", "krippendorff.alpha"),
    ("28_krippendorff_2011_nominal_four_observers_missing", "formula"),
    ("29_wikipedia_krippendorff_alpha_3_coders", "formula"),
  ]

  @Test(arguments: cases)
  func alphaOverEveryUnitMatches(id: String, alphaSource: String) throws {
    let vector = try OracleVector(id)
    let counts = Self.unitCounts(vector)
    var matrix = CoincidenceMatrix(size: counts.first?.count ?? 0)
    for unit in counts { matrix.add(counts: unit) }
    let expected = vector.statistic("krippendorff_alpha_nominal", source: alphaSource)
    expectMatches(matrix.alpha().value, expected?["value"], "\(id) alpha")
  }

  @Test(arguments: cases)
  func fleissKappaWithMissingRatingsMatchesIrrCAC(id: String, alphaSource: String) throws {
    let vector = try OracleVector(id)
    let counts = Self.unitCounts(vector)
    var fleiss = FleissKappa(size: counts.first?.count ?? 0)
    for unit in counts { fleiss.add(counts: unit) }
    let statistic = vector.coders.count > 2 ? "fleiss_kappa_or_multi_pi" : "scott_pi"
    let expected = vector.statistic(statistic, source: "irrCAC.raw.CAC.fleiss")
    expectMatches(fleiss.kappa().value, expected?["value"], "\(id) Fleiss")
  }

  /// Negative weights take units back out: adding units and removing some leaves the same
  /// matrix as adding only the rest, which the per-code fast path relies on.
  @Test func negativeWeightsTakeUnitsBackOut() throws {
    let vector = try OracleVector("29_wikipedia_krippendorff_alpha_3_coders")
    let counts = Self.unitCounts(vector)
    var all = CoincidenceMatrix(size: 4)
    var fleissAll = FleissKappa(size: 4)
    for unit in counts {
      all.add(counts: unit)
      fleissAll.add(counts: unit)
    }
    var kept = CoincidenceMatrix(size: 4)
    var fleissKept = FleissKappa(size: 4)
    for unit in counts.prefix(5) {
      kept.add(counts: unit)
      fleissKept.add(counts: unit)
    }
    for unit in counts.dropFirst(5) {
      all.add(counts: unit, weight: -1)
      fleissAll.add(counts: unit, weight: -1)
    }
    let difference = (all.alpha().value.value ?? 0) - (kept.alpha().value.value ?? 1)
    #expect(abs(difference) < 1e-12)
    let fleissDifference =
      (fleissAll.kappa().value.value ?? 0) - (fleissKept.kappa().value.value ?? 1)
    #expect(abs(fleissDifference) < 1e-12)
  }
}
