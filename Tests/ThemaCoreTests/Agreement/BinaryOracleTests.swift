import Testing

@testable import ThemaCore

/// Per-code presence tables (unit, code, coder 1, coder 2) against the oracle's binary vectors:
/// each code's figures, the concatenated table of all (unit, code) cells, De Vries et al.'s pooled
/// kappa with its delete-one-unit jackknife, and the mean of per-code kappas.
@Suite struct BinaryOracleTests {
  static let vectors = [
    "33_binary_presence_small", "34_binary_presence_10codes_1000units",
    "35_binary_presence_missing_cells", "36_binary_presence_single_unit",
  ]

  /// Each code's table over the units both coders rated.
  static func tables(_ vector: OracleVector) -> [TwoByTwo] {
    vector.codes.map { code in
      var cells = TwoByTwo()
      for row in vector.presence where row.code == code {
        guard let first = row.first, let second = row.second else { continue }
        cells = cells + Self.cell(first, second)
      }
      return cells
    }
  }

  static func cell(_ first: Bool, _ second: Bool) -> TwoByTwo {
    switch (first, second) {
    case (true, true): return TwoByTwo(both: 1)
    case (true, false): return TwoByTwo(firstOnly: 1)
    case (false, true): return TwoByTwo(secondOnly: 1)
    case (false, false): return TwoByTwo(neither: 1)
    }
  }

  /// Every unit listing each code it has both values for, with nothing implicit.
  static func explicitUnits(_ vector: OracleVector) -> JackknifeUnits {
    let codes = vector.codes
    var byUnit: [String: [JackknifeUnits.Cell]] = [:]
    var order: [String] = []
    for row in vector.presence {
      guard let first = row.first, let second = row.second,
        let code = codes.firstIndex(of: row.code)
      else { continue }
      if byUnit[row.unit] == nil { order.append(row.unit) }
      byUnit[row.unit, default: []].append(.init(code: code, cells: cell(first, second)))
    }
    var units = JackknifeUnits()
    for unit in order { units.append(implicitNeither: 0, cells: byUnit[unit] ?? []) }
    return units
  }

  /// Every unit listing only the codes someone applied; "neither" is implied for the rest, as
  /// Thema's segments do. Only valid when every unit has both values for every code.
  static func compactUnits(_ vector: OracleVector) -> JackknifeUnits {
    let codes = vector.codes
    var byUnit: [String: [JackknifeUnits.Cell]] = [:]
    var order: [String] = []
    for row in vector.presence {
      if byUnit[row.unit] == nil {
        order.append(row.unit)
        byUnit[row.unit] = []
      }
      guard let first = row.first, let second = row.second, first || second,
        let code = codes.firstIndex(of: row.code)
      else { continue }
      byUnit[row.unit, default: []].append(.init(code: code, cells: cell(first, second)))
    }
    var units = JackknifeUnits()
    for unit in order { units.append(implicitNeither: 1, cells: byUnit[unit] ?? []) }
    return units
  }

  @Test(arguments: vectors)
  func eachCodeMatchesTheFormula(id: String) throws {
    let vector = try OracleVector(id)
    for (code, cells) in zip(vector.codes, Self.tables(vector)) {
      let expected = try #require(vector.perCode(code))
      #expect(
        [cells.both, cells.firstOnly, cells.secondOnly, cells.neither]
          == expected["table_[[1,1],[1,0],[0,1],[0,0]]"] as? [Int])
      let statistics = try #require(expected["statistics"] as? [String: Any])
      Self.check(BinaryAgreement(cells: cells), statistics, "\(id) \(code)")
    }
  }

  @Test(arguments: vectors)
  func concatenatedTableMatches(id: String) throws {
    let vector = try OracleVector(id)
    let concatenated = Self.tables(vector).reduce(TwoByTwo(), +)
    let expected = try #require(vector.pooled("concatenated"))
    #expect(
      [concatenated.both, concatenated.firstOnly, concatenated.secondOnly, concatenated.neither]
        == expected["table"] as? [Int])
    let statistics = try #require(expected["statistics"] as? [String: Any])
    Self.check(BinaryAgreement(cells: concatenated), statistics, "\(id) concatenated")
  }

  @Test(arguments: vectors)
  func pooledKappaAndJackknifeMatch(id: String) throws {
    let vector = try OracleVector(id)
    let expected = try #require(vector.pooled("de_vries_2008"))
    let tables = Self.tables(vector)
    var representations = [("explicit", Self.explicitUnits(vector))]
    let complete = vector.presence.allSatisfy { $0.first != nil && $0.second != nil }
    if complete { representations.append(("compact", Self.compactUnits(vector))) }
    for (name, units) in representations {
      let pooled = PooledKappa(tables: tables, units: units)
      let what = "\(id) \(name)"
      expectMatches(pooled.value, expected["value"], "\(what) pooled kappa")
      expectMatches(pooled.meanObserved, expected["mean_po"], "\(what) mean p_o")
      expectMatches(pooled.meanExpected, expected["mean_pe"], "\(what) mean p_e")
      expectMatches(pooled.standardError, expected["se_jackknife_units"], "\(what) jackknife SE")
      expectMatches(
        pooled.confidenceInterval, expected["ci95_jackknife_normal"], "\(what) jackknife CI")
      if let units = expected["jackknife_n_units"] as? Int {
        #expect(pooled.jackknifeUnits == units)
      }
    }
  }

  @Test(arguments: vectors)
  func meanOfPerCodeKappasMatches(id: String) throws {
    let vector = try OracleVector(id)
    let expected = try #require(vector.pooled("mean_of_per_code_kappas"))
    let kappas = Self.tables(vector).map { BinaryAgreement(cells: $0).kappa.value }
    let mean = MeanKappa(kappas)
    expectMatches(mean.value, expected["value"], "\(id) mean kappa")
    #expect(mean.codes == expected["n_codes_used"] as? Int)
  }

  /// The figures of one table against an oracle `statistics` block. The oracle orders the labels
  /// "0" before "1", so its first row is "neither applied": its prevalence and bias indices have
  /// the opposite sign of ours and its "positive" agreement is our negative one.
  static func check(_ ours: BinaryAgreement, _ statistics: [String: Any], _ what: String) {
    func formula(_ name: String) -> [String: Any]? {
      (statistics[name] as? [String: Any])?["formula"] as? [String: Any]
    }
    let cells = ours.cells
    expectMatches(cells.percentAgreement, formula("percent_agreement")?["value"], "\(what) p_o")
    let extras = formula("percent_agreement")?["two_by_two"] as? [String: Any]
    expectMatches(
      cells.prevalenceIndex.map { -$0 }, extras?["prevalence_index"], "\(what) PI")
    expectMatches(cells.biasIndex.map { -$0 }, extras?["bias_index"], "\(what) BI")
    expectMatches(cells.negativeAgreement, extras?["positive_agreement"], "\(what) p_neg")
    expectMatches(cells.positiveAgreement, extras?["negative_agreement"], "\(what) p_pos")
    let kappa = formula("cohen_kappa")
    expectMatches(ours.kappa.value, kappa?["value"], "\(what) kappa")
    expectMatches(ours.kappa.standardError, kappa?["se_fce1969"], "\(what) SE")
    expectMatches(ours.kappa.confidenceInterval, kappa?["ci95"], "\(what) CI")
    expectMatches(ours.kappa.nullStandardError, kappa?["se0_fce1969_null"], "\(what) SE0")
    expectMatches(ours.kappa.z, kappa?["z_null"], "\(what) z")
    expectMatches(ours.scottPi.value, formula("scott_pi")?["value"], "\(what) pi")
    expectMatches(
      ours.alpha.value, formula("krippendorff_alpha_nominal")?["value"], "\(what) alpha")
    expectMatches(cells.pabak, formula("pabak")?["value"], "\(what) PABAK")
    expectMatches(
      cells.table.brennanPrediger(categories: 2).value, formula("brennan_prediger")?["value"],
      "\(what) BP")
    expectMatches(ours.gwetAC1.value, formula("gwet_ac1")?["value"], "\(what) AC1")
  }
}
