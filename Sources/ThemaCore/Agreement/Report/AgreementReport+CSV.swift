extension AgreementReport {
  /// The report as CSV (RFC 4180) for a spreadsheet or R: one row per code of each comparison,
  /// then a row `(overall)` per comparison and per `--by` group, then the all-coder rows.
  ///
  /// On `(overall)` rows the cells are summed over codes, `percent_agreement` is over all unit x
  /// code cells, `kappa` is the pooled kappa with its jackknife SE and interval, and `pabak`,
  /// `scott_pi`, `krippendorff_alpha` and `gwet_ac1` are computed on all cells as one table.
  /// Undefined figures are empty, with the reason in `undefined`. Numbers are written in full
  /// precision.
  public func csv() -> String {
    settings.unit == .overlap ? overlapCSV() : binaryCSV()
  }

  private var level: String { settings.level.argument }

  private static let binaryHeader = [
    "codebook", "comparison", "coder_a", "coder_b", "unit", "level", "group", "code", "name",
    "n", "both", "a_only", "b_only", "neither", "percent_agreement", "agreement_where_applied",
    "kappa", "kappa_se", "kappa_ci_low", "kappa_ci_high", "kappa_se_null", "kappa_z",
    "landis_koch", "pabak", "prevalence_index", "bias_index", "positive_agreement",
    "negative_agreement", "scott_pi", "krippendorff_alpha", "gwet_ac1", "mean_kappa",
    "fleiss_kappa", "kappa_paradox", "undefined",
  ]

  private func binaryCSV() -> String {
    var rows: [[String: String]] = []
    for (section, pair) in comparisons {
      let lead = [
        "codebook": section.codebook, "comparison": pair.coders.joined(separator: "-"),
        "coder_a": pair.coders[0], "coder_b": pair.coders[1], "unit": settings.unit.rawValue,
        "level": level,
      ]
      for code in pair.codes {
        guard let figures = code.binary else { continue }
        rows.append(
          lead.merging(Self.binaryColumns(figures)) { $1 }.merging([
            "code": code.path.description, "name": code.name,
          ]) { $1 })
      }
      rows.append(
        lead.merging(Self.overallColumns(pair.overall)) { $1 }.merging(["code": "(overall)"]) { $1 }
      )
      for group in pair.groups {
        rows.append(
          lead.merging(Self.overallColumns(group.overall)) { $1 }.merging([
            "code": "(overall)", "group": "\(groupBy ?? "")=\(group.value ?? "")",
          ]) { $1 })
      }
    }
    for section in sections {
      guard let multi = section.multiCoder else { continue }
      let lead = [
        "codebook": section.codebook, "comparison": "all coders",
        "coder_a": multi.coders.joined(separator: " "), "unit": settings.unit.rawValue,
        "level": level,
      ]
      for code in multi.codes {
        rows.append(
          lead.merging(Self.multiColumns(alpha: code.alpha, fleiss: code.fleiss)) { $1 }.merging([
            "code": code.path.description, "name": code.name,
          ]) { $1 })
      }
      rows.append(
        lead.merging(Self.multiColumns(alpha: multi.alpha, fleiss: multi.fleiss)) { $1 }.merging([
          "code": "(overall)"
        ]) { $1 })
    }
    // Text from the study (codebook and code names) may start like a formula; numbers, which
    // may be negative, are left as they are.
    return CSV.document(
      header: Self.binaryHeader,
      rows: rows.map { row in
        Self.binaryHeader.map { key in
          ["codebook", "name"].contains(key)
            ? CSV.neutralizingFormula(row[key] ?? "") : row[key] ?? ""
        }
      })
  }

  private static func binaryColumns(_ figures: BinaryAgreement) -> [String: String] {
    let cells = figures.cells
    let kappa = figures.kappa
    return cellColumns(cells).merging([
      "kappa": AgreementFormat.exact(kappa.value),
      "kappa_se": AgreementFormat.exact(kappa.standardError),
      "kappa_ci_low": AgreementFormat.exact(kappa.confidenceInterval.map(\.lower)),
      "kappa_ci_high": AgreementFormat.exact(kappa.confidenceInterval.map(\.upper)),
      "kappa_se_null": AgreementFormat.exact(kappa.nullStandardError),
      "kappa_z": AgreementFormat.exact(kappa.z),
      "landis_koch": figures.label?.text ?? "",
      "scott_pi": AgreementFormat.exact(figures.scottPi.value),
      "krippendorff_alpha": AgreementFormat.exact(figures.alpha.value),
      "gwet_ac1": AgreementFormat.exact(figures.gwetAC1.value),
      "kappa_paradox": figures.paradox == nil ? "" : "yes",
      "undefined": undefinedList([
        ("kappa", kappa.value), ("kappa_z", kappa.z),
        ("positive_agreement", cells.positiveAgreement),
        ("negative_agreement", cells.negativeAgreement),
        ("krippendorff_alpha", figures.alpha.value), ("scott_pi", figures.scottPi.value),
      ]),
    ]) { $1 }
  }

  private static func cellColumns(_ cells: TwoByTwo) -> [String: String] {
    [
      "n": String(cells.total), "both": String(cells.both), "a_only": String(cells.firstOnly),
      "b_only": String(cells.secondOnly), "neither": String(cells.neither),
      "percent_agreement": AgreementFormat.exact(cells.percentAgreement),
      "agreement_where_applied": AgreementFormat.exact(cells.agreementWhereApplied),
      "pabak": AgreementFormat.exact(cells.pabak),
      "prevalence_index": AgreementFormat.exact(cells.prevalenceIndex),
      "bias_index": AgreementFormat.exact(cells.biasIndex),
      "positive_agreement": AgreementFormat.exact(cells.positiveAgreement),
      "negative_agreement": AgreementFormat.exact(cells.negativeAgreement),
    ]
  }

  private static func overallColumns(_ overall: OverallAgreement) -> [String: String] {
    guard case .binary(let figures) = overall else { return [:] }
    let pooled = figures.pooled
    return cellColumns(figures.all.cells).merging([
      "kappa": AgreementFormat.exact(pooled.value),
      "kappa_se": AgreementFormat.exact(pooled.standardError),
      "kappa_ci_low": AgreementFormat.exact(pooled.confidenceInterval.map(\.lower)),
      "kappa_ci_high": AgreementFormat.exact(pooled.confidenceInterval.map(\.upper)),
      "landis_koch": pooled.value.value.map { LandisKoch(kappa: $0).text } ?? "",
      "scott_pi": AgreementFormat.exact(figures.all.scottPi.value),
      "krippendorff_alpha": AgreementFormat.exact(figures.all.alpha.value),
      "gwet_ac1": AgreementFormat.exact(figures.all.gwetAC1.value),
      "mean_kappa": AgreementFormat.exact(figures.meanKappa.value),
      "undefined": undefinedList([
        ("kappa", pooled.value), ("kappa_se", pooled.standardError),
        ("mean_kappa", figures.meanKappa.value), ("krippendorff_alpha", figures.all.alpha.value),
      ]),
    ]) { $1 }
  }

  private static func multiColumns(alpha: KrippendorffAlpha, fleiss: ChanceCorrectedAgreement)
    -> [String: String]
  {
    [
      "krippendorff_alpha": AgreementFormat.exact(alpha.value),
      "fleiss_kappa": AgreementFormat.exact(fleiss.value),
      "undefined": undefinedList([
        ("krippendorff_alpha", alpha.value), ("fleiss_kappa", fleiss.value),
      ]),
    ]
  }

  private func overlapCSV() -> String {
    let header = [
      "codebook", "comparison", "coder_a", "coder_b", "unit", "overlap_percent", "level", "group",
      "code", "name", "a_spans", "b_spans", "a_matched", "b_matched", "agreements",
      "disagreements", "percent_agreement", "codes_k", "brennan_prediger", "undefined",
    ]
    var rows: [[String]] = []
    for (section, pair) in comparisons {
      let lead = [
        CSV.neutralizingFormula(section.codebook), pair.coders.joined(separator: "-"),
        pair.coders[0], pair.coders[1], settings.unit.rawValue,
        String(settings.overlapThreshold), level,
      ]
      for code in pair.codes {
        guard let counts = code.overlap else { continue }
        rows.append(
          lead + ["", code.path.description, CSV.neutralizingFormula(code.name)]
            + Self.overlapColumns(counts) + [
              "", "", Self.undefinedList([("percent_agreement", counts.percentAgreement)]),
            ])
      }
      var overalls = [("", pair.overall)]
      for group in pair.groups {
        overalls.append(("\(groupBy ?? "")=\(group.value ?? "")", group.overall))
      }
      for (group, overall) in overalls {
        guard case .overlap(let figures) = overall else { continue }
        rows.append(
          lead + [group, "(overall)", ""] + Self.overlapColumns(figures.counts) + [
            String(figures.codes), AgreementFormat.exact(figures.brennanPrediger),
            Self.undefinedList([("brennan_prediger", figures.brennanPrediger)]),
          ])
      }
    }
    return CSV.document(header: header, rows: rows)
  }

  private static func overlapColumns(_ counts: OverlapMatching.Counts) -> [String] {
    [
      String(counts.spans[0]), String(counts.spans[1]), String(counts.matched[0]),
      String(counts.matched[1]), String(counts.agreements), String(counts.disagreements),
      AgreementFormat.exact(counts.percentAgreement),
    ]
  }

  /// `kappa: both coders made the same single choice ...; z: ...` for the undefined figures.
  private static func undefinedList(_ figures: [(String, Estimate)]) -> String {
    figures.compactMap { name, estimate in
      estimate.undefinedReason.map { "\(name): \($0.explanation)" }
    }.joined(separator: "; ")
  }
}
