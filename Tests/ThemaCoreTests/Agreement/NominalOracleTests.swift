import Testing

@testable import ThemaCore

/// Every two-coder coefficient against the oracle's exact `formula` source (rational arithmetic),
/// to 1e-9, on every nominal vector: perfect and complete disagreement, degenerate marginals, the
/// kappa paradox, textbook tables, tiny n, 25 categories, missing units and Unicode labels.
@Suite struct NominalOracleTests {
  static let vectors = [
    "01_perfect_agreement_3cat", "02_perfect_agreement_skewed_binary",
    "03_complete_disagreement_swapped", "04_complete_disagreement_disjoint_labels",
    "05_one_coder_constant", "06_paradox_prevalence_90pct_negative_kappa",
    "07_paradox_prevalence_94pct_kappa_near_zero", "08_feinstein_cicchetti_1990_table_A",
    "09_feinstein_cicchetti_1990_table_B", "10_wikipedia_cohen_kappa_50_items",
    "11_wikipedia_same_po_table1", "12_wikipedia_same_po_table2",
    "13_single_category_both_coders", "14_tiny_one_unit_agree", "15_tiny_one_unit_disagree",
    "16_tiny_two_units", "17_tiny_three_units", "18_many_categories_25",
    "19_missing_units_one_coder", "20_unicode_labels", "24_fleiss_cohen_everitt_1969_3x3",
    "25_sas_proc_freq_3x3", "26_krippendorff_2011_binary_two_observers",
    "27_krippendorff_2011_nominal_two_observers", "30_cohen_1968_3x3_n200",
    "32_declared_codebook_categories",
  ]

  @Test(arguments: vectors)
  func contingencyTableMatches(id: String) throws {
    let vector = try OracleVector(id)
    let (labels, table) = vector.pairedTable()
    let expected = try #require(vector.expected["contingency_table"] as? [String: Any])
    #expect(labels == expected["labels"] as? [String])
    #expect(table.rows == expected["counts"] as? [[Int]])
  }

  @Test(arguments: vectors)
  func everyCoefficientMatchesTheFormula(id: String) throws {
    let vector = try OracleVector(id)
    let table = vector.pairedTable().table
    let q = try #require(vector.input("q") as? Int)

    let percent = try #require(vector.statistic("percent_agreement"))
    expectMatches(table.observedAgreement, percent["value"], "\(id) p_o")

    let cohen = try #require(vector.statistic("cohen_kappa"))
    let kappa = table.cohenKappa()
    expectMatches(kappa.value, cohen["value"], "\(id) kappa")
    expectMatches(kappa.expected, cohen["pe"], "\(id) kappa p_e")
    expectMatches(kappa.standardError, cohen["se_fce1969"], "\(id) kappa SE")
    expectMatches(kappa.confidenceInterval, cohen["ci95"], "\(id) kappa CI")
    expectMatches(kappa.nullStandardError, cohen["se0_fce1969_null"], "\(id) kappa SE0")
    expectMatches(kappa.z, cohen["z_null"], "\(id) z")

    let scott = try #require(vector.statistic("scott_pi"))
    expectMatches(table.scottPi().value, scott["value"], "\(id) pi")
    expectMatches(table.scottPi().expected, scott["pe"], "\(id) pi p_e")

    let krippendorff = try #require(vector.statistic("krippendorff_alpha_nominal"))
    let alpha = table.krippendorffAlpha()
    expectMatches(alpha.value, krippendorff["value"], "\(id) alpha")
    expectMatches(alpha.observedDisagreement, krippendorff["Do"], "\(id) alpha D_o")
    expectMatches(alpha.expectedDisagreement, krippendorff["De"], "\(id) alpha D_e")

    let brennan = try #require(vector.statistic("brennan_prediger"))
    expectMatches(table.brennanPrediger(categories: q).value, brennan["value"], "\(id) BP")
    let pabak = try #require(vector.statistic("pabak"))
    expectMatches(table.brennanPrediger(categories: q).value, pabak["pabak_q"], "\(id) PABAK_q")

    let gwet = try #require(vector.statistic("gwet_ac1"))
    expectMatches(table.gwetAC1(categories: q).value, gwet["value"], "\(id) AC1")
    expectMatches(table.gwetAC1(categories: q).expected, gwet["pe"], "\(id) AC1 p_e")
  }

  /// The 2 x 2 extras: the oracle puts its first label (in code-point order) in the first row and
  /// column, so "present" here means "the first label".
  @Test(arguments: vectors)
  func twoByTwoFiguresMatch(id: String) throws {
    let vector = try OracleVector(id)
    let table = vector.pairedTable().table
    guard let extras = vector.statistic("percent_agreement")?["two_by_two"] as? [String: Any] else {
      #expect(table.size != 2, "\(id): the oracle gives 2 x 2 figures for every 2-category table")
      return
    }
    let cells = table.oneVersusRest(0)
    expectMatches(cells.prevalenceIndex, extras["prevalence_index"], "\(id) PI")
    expectMatches(cells.biasIndex, extras["bias_index"], "\(id) BI")
    expectMatches(cells.positiveAgreement, extras["positive_agreement"], "\(id) p_pos")
    expectMatches(cells.negativeAgreement, extras["negative_agreement"], "\(id) p_neg")
    let pabak = try #require(vector.statistic("pabak"))
    expectMatches(cells.pabak, pabak["pabak_2"], "\(id) PABAK")
    let binary = BinaryAgreement(cells: cells)
    expectMatches(binary.kappa.value, vector.statistic("cohen_kappa")?["value"], "\(id) kappa")
  }

  /// Category-versus-rest tables, as the oracle's `per_category_one_vs_rest` block.
  @Test(arguments: vectors)
  func oneVersusRestMatches(id: String) throws {
    let vector = try OracleVector(id)
    let (labels, table) = vector.pairedTable()
    guard let block = vector.expected["per_category_one_vs_rest"] as? [String: Any] else { return }
    for (index, label) in labels.enumerated() {
      let expected = try #require(block[label] as? [String: Any], "\(id) \(label)")
      let cells = table.oneVersusRest(index)
      let counts = [cells.both, cells.firstOnly, cells.secondOnly, cells.neither]
      #expect(counts == expected["table_[[c,c],[c,not],[not,c],[not,not]]"] as? [Int])
      let binary = BinaryAgreement(cells: cells)
      expectMatches(cells.percentAgreement, expected["percent_agreement"], "\(id) \(label) p_o")
      expectMatches(binary.kappa.value, expected["formula_kappa"], "\(id) \(label) kappa")
      expectMatches(
        binary.kappa.standardError, expected["formula_se_fce1969"], "\(id) \(label) SE")
      expectMatches(cells.positiveAgreement, expected["positive_agreement"], "\(id) \(label) p_pos")
    }
  }

  /// Swift compares strings by canonical equivalence, so "café" typed in NFC and in NFD is one
  /// label here; the oracle's `--normalize NFC` run is the one to match.
  @Test func unicodeNormalizationFollowsSwiftEquality() throws {
    let vector = try OracleVector("21_unicode_nfc_nfd", expectedSuffix: ".nfc")
    var labels: [String] = []
    var pairs: [(String, String)] = []
    for entry in vector.ratings {
      guard let a = entry.labels["A"], let b = entry.labels["B"] else { continue }
      pairs.append((a, b))
      for label in [a, b] where !labels.contains(label) { labels.append(label) }
    }
    var table = ContingencyTable(size: labels.count)
    for (a, b) in pairs {
      table.add(
        row: try #require(labels.firstIndex(of: a)), column: try #require(labels.firstIndex(of: b)))
    }
    expectMatches(
      table.cohenKappa().value, vector.statistic("cohen_kappa")?["value"], "NFC kappa")
    expectMatches(
      table.krippendorffAlpha().value, vector.statistic("krippendorff_alpha_nominal")?["value"],
      "NFC alpha")
  }
}
