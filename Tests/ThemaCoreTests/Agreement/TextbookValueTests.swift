import Testing

@testable import ThemaCore

/// Published values, to the decimals they were published with: every value in the oracle's
/// MANIFEST (Feinstein and Cicchetti 1990, Wikipedia's kappa and alpha examples, Krippendorff
/// 2011) and three more tables added to the fixtures (SAS PROC FREQ, Cohen 1968, Krippendorff
/// 2011 section C).
@Suite struct TextbookValueTests {
  /// Our figure for a MANIFEST entry's statistic and field.
  static func ours(_ vector: OracleVector, statistic: String, field: String) -> Estimate? {
    let table = vector.pairedTable().table
    switch (statistic, field) {
    case ("percent_agreement", "value"): return table.observedAgreement
    case ("cohen_kappa", "value"): return table.cohenKappa().value
    case ("cohen_kappa", "pe"): return table.cohenKappa().expected
    case ("krippendorff_alpha_nominal", "value"):
      let labels = OracleVector.sortedLikePython(vector.ratings.flatMap { $0.labels.values })
      var matrix = CoincidenceMatrix(size: labels.count)
      for entry in vector.ratings {
        var counts = Array(repeating: 0, count: labels.count)
        for label in entry.labels.values {
          if let index = labels.firstIndex(of: label) { counts[index] += 1 }
        }
        matrix.add(counts: counts)
      }
      return matrix.alpha().value
    default: return nil
    }
  }

  @Test func everyPublishedValueInTheManifest() throws {
    let manifest = try OracleVector.manifest()
    var checked = 0
    for (id, entry) in manifest {
      guard let entry = entry as? [String: Any],
        let published = entry["published_values"] as? [[String: Any]]
      else { continue }
      let vector = try OracleVector(id)
      for value in published {
        let statistic = try #require(value["statistic"] as? String)
        let field = try #require(value["field"] as? String)
        let expected = try #require(oracleNumber(value["published"]))
        let decimals = try #require(value["decimals"] as? Int)
        let ours = try #require(
          Self.ours(vector, statistic: statistic, field: field)?.value, "\(id) \(statistic)")
        let tolerance = 0.5 * Self.pow10(-decimals) + 1e-12
        #expect(abs(ours - expected) <= tolerance, "\(id) \(statistic) \(field): \(ours)")
        checked += 1
      }
    }
    #expect(checked == 16)
  }

  /// SAS PROC FREQ's "Simple Kappa Coefficient" for [[0,4,1],[0,8,0],[0,1,5]] (printed in
  /// statsmodels' test suite): kappa 0.4842, ASE 0.1380, 95% limits 0.2137 and 0.7547, ASE under
  /// H0 0.1484, Z 3.2626.
  @Test func sasProcFreq() {
    let kappa = ContingencyTable(rows: [[0, 4, 1], [0, 8, 0], [0, 1, 5]]).cohenKappa()
    let checks: [(Double?, Double)] = [
      (kappa.value.value, 0.4842), (kappa.standardError.value, 0.1380),
      (kappa.confidenceInterval.value?.lower, 0.2137),
      (kappa.confidenceInterval.value?.upper, 0.7547), (kappa.nullStandardError.value, 0.1484),
      (kappa.z.value, 3.2626),
    ]
    for (ours, published) in checks {
      #expect(ours.map { abs($0 - published) <= 0.00005 + 1e-12 } == true, "\(ours ?? .nan)")
    }
  }

  /// Cohen (1968): proportions [[.44,.07,.09],[.05,.20,.05],[.01,.03,.06]] of n = 200 give an
  /// unweighted kappa of .492 (p_o = .70, p_e = .41).
  @Test func cohen1968() {
    let kappa = ContingencyTable(rows: [[88, 14, 18], [10, 40, 10], [2, 6, 12]]).cohenKappa()
    #expect(kappa.value.value.map { abs($0 - 0.492) <= 0.0005 } == true)
    #expect(kappa.expected.value.map { abs($0 - 0.41) < 1e-12 } == true)
  }

  /// Krippendorff (2011), section C: four observers, twelve units, missing values; nominal
  /// alpha = 0.743.
  @Test func krippendorff2011SectionC() throws {
    let vector = try OracleVector("28_krippendorff_2011_nominal_four_observers_missing")
    let alpha = try #require(
      Self.ours(vector, statistic: "krippendorff_alpha_nominal", field: "value")?.value)
    #expect(abs(alpha - 0.743) <= 0.0005)
  }

  static func pow10(_ exponent: Int) -> Double {
    var value = 1.0
    for _ in 0..<abs(exponent) { value *= 10 }
    return exponent < 0 ? 1 / value : value
  }
}
