extension AgreementReport {
  /// Plain words for a methods section: a paragraph per comparison with this report's figures,
  /// then the unit, the treatment of "neither", every formula, the undefined cases and the
  /// references. One paragraph per line, so it pastes into a word processor without stray breaks.
  public func explanation(version: String) -> String {
    var text = "METHODS (this run's figures; check them against the report)\n\n"
    for (section, pair) in comparisons {
      text += methodsParagraph(section, pair, version: version) + "\n\n"
    }
    if comparisons.isEmpty { text += "No pair of coders shares a transcript.\n\n" }
    text += "UNIT\n\n"
    text += "Unit: the \(settings.unit.singular), that is \(settings.unit.definition)"
    if settings.unit == .overlap { text += " (here at least \(settings.overlapThreshold)%)" }
    text += ". \(settings.unit.neitherRule).\n\n"
    text += Self.otherUnits(settings.unit) + "\n\n"
    text += "LEVEL\n\n"
    for section in sections {
      text += "\(section.codebook): \(section.levelDescription).\n"
    }
    text += "\nFORMULAS\n\n"
    text += (settings.unit == .overlap ? Self.overlapFormulas : Self.binaryFormulas)
      .map { "\($0.0): \($0.1)" }.joined(separator: "\n\n")
    if sections.contains(where: { $0.multiCoder != nil }) {
      text += "\n\n" + Self.multiCoderFormulas.map { "\($0.0): \($0.1)" }.joined(separator: "\n\n")
    }
    text += "\n\nUNDEFINED VALUES\n\n"
    text +=
      "A figure whose formula divides by zero is reported as undefined, with the reason, never as "
      + "0, 1 or NaN. Kappa, Scott's pi and Krippendorff's alpha are undefined when both coders "
      + "made the same single choice on every unit (expected agreement 1); such a code is left out "
      + "of the mean of per-code kappas and does not change the pooled kappa. Codes neither coder "
      + "applied are listed and left out of every figure. Codings of codes that are no longer in "
      + "the codebook, or are retired, are listed and counted separately, never in a figure. "
      + "Units one coder did "
      + "not code (a transcript only one coder coded) are left out of two-coder figures; across "
      + "more than two coders they are missing ratings, which Krippendorff's alpha and Fleiss' "
      + "kappa allow.\n\n"
    text += "REFERENCES\n\n" + Self.references.joined(separator: "\n") + "\n"
    return text
  }

  private func methodsParagraph(
    _ section: Section, _ pair: PairwiseAgreement, version: String
  ) -> String {
    let unit = settings.unit
    var text =
      "Two coders (\(AgreementFormat.list(pair.coders))) independently coded "
      + "\(AgreementFormat.plural(pair.transcripts.count, "transcript")) "
      + "(\(pair.transcripts.map(\.rawValue).joined(separator: ", "))) with the codebook "
      + "\"\(section.title)\"; \(AgreementFormat.plural(pair.codes.count, "code")) were applied "
      + "by at least one of them (\(section.levelDescription)). Agreement was computed with Thema "
      + "\(version) on \(AgreementFormat.plural(pair.units, unit.singular, unit.plural)): "
      + "\(unit.definition)"
    if unit == .overlap { text += " (at least \(settings.overlapThreshold)%)" }
    text += ". \(unit.neitherRule). "
    switch pair.overall {
    case .binary(let overall):
      let pooled = overall.pooled
      text +=
        "For each code we report Cohen's kappa with the standard error of Fleiss, Cohen and "
        + "Everitt (1969) and a 95% normal confidence interval, PABAK, and the prevalence and bias "
        + "indices. Across codes, the pooled kappa of De Vries et al. (2008) was "
        + AgreementFormat.coefficient(pooled.value)
      if pooled.value.value != nil {
        text +=
          " (95% CI \(pooled.confidenceInterval.value.map { AgreementFormat.fixed($0.lower, digits: 2) + " to " + AgreementFormat.fixed($0.upper, digits: 2) } ?? "undefined"), delete-one-"
          + "\(pair.jackknifeUnitName) jackknife)"
        if let kappa = pooled.value.value {
          text +=
            ", \(LandisKoch(kappa: kappa).text) agreement by the benchmarks of Landis and Koch (1977)"
        }
      }
      text +=
        "; the mean of the per-code kappas was \(AgreementFormat.coefficient(overall.meanKappa.value)). "
        + "Percent agreement was \(AgreementFormat.percent(overall.all.cells.percentAgreement)) over "
        + "all \(unit.singular) x code cells and "
        + "\(AgreementFormat.percent(overall.agreementWhereApplied)) over the cells where at least "
        + "one coder applied the code; Krippendorff's alpha (nominal) was "
        + "\(AgreementFormat.coefficient(overall.all.alpha.value)) and Gwet's AC1 "
        + "\(AgreementFormat.coefficient(overall.all.gwetAC1.value))."
      let flagged = pair.codes.filter { $0.binary?.paradox != nil }.count
      if flagged > 0 {
        text +=
          " \(AgreementFormat.plural(flagged, "code")) showed high agreement with low kappa "
          + "because of prevalence (the kappa paradox; Feinstein and Cicchetti 1990)."
      }
    case .overlap(let overall):
      text +=
        "Percent agreement, matched spans over all spans, was "
        + "\(AgreementFormat.percent(overall.counts.percentAgreement)) "
        + "(\(overall.counts.agreements) of \(overall.counts.agreements + overall.counts.disagreements)); "
        + "kappa after Brennan and Prediger (1981) with chance agreement 1/k for k = "
        + "\(overall.codes) codes was \(AgreementFormat.coefficient(overall.brennanPrediger)), "
        + "as MAXQDA computes it."
    }
    return text
  }

  private static func otherUnits(_ unit: AgreementUnit) -> String {
    let others = AgreementUnit.allCases.filter { $0 != unit }.map {
      "\($0.rawValue) (\($0.definition))"
    }
    return
      "Other units Thema offers (--unit): " + others.joined(separator: "; ")
      + ". The same coding gives different figures under each unit; report the one you used."
  }

  private static let binaryFormulas: [(String, String)] = [
    (
      "Cells",
      "for each code, every unit falls in one cell: a = both coders applied the code, b = only the "
        + "first, c = only the second, d = neither; n = a + b + c + d"
    ),
    ("Percent agreement", "p_o = (a + d) / n; where applied: a / (a + b + c)"),
    (
      "Cohen's kappa (1960)",
      "kappa = (p_o - p_e) / (1 - p_e), with p_e = p_A p_B + (1 - p_A)(1 - p_B), p_A = (a + b) / n, "
        + "p_B = (a + c) / n"
    ),
    (
      "Standard error (Fleiss, Cohen and Everitt 1969)",
      "SE^2 = [sum_i p_ii (1 - (p_i. + p_.i)(1 - kappa))^2 + (1 - kappa)^2 sum_(i != j) p_ij "
        + "(p_.i + p_j.)^2 - (kappa - p_e (1 - kappa))^2] / (n (1 - p_e)^2), the large-sample "
        + "standard error SAS and statsmodels print; 95% CI = kappa +/- 1.96 SE, not clipped"
    ),
    (
      "Test of kappa = 0",
      "SE_0^2 = [p_e + p_e^2 - sum_i p_i. p_.i (p_i. + p_.i)] / (n (1 - p_e)^2); z = kappa / SE_0"
    ),
    (
      "Landis and Koch (1977)",
      "kappa < 0 poor, 0-0.20 slight, 0.21-0.40 fair, 0.41-0.60 moderate, 0.61-0.80 substantial, "
        + "0.81-1 almost perfect"
    ),
    (
      "PABAK (Byrt, Bishop and Carlin 1993)",
      "2 p_o - 1; Brennan and Prediger's kappa for 2 categories"
    ),
    ("Prevalence index", "(a - d) / n; bias index (b - c) / n"),
    ("Specific agreement", "positive 2a / (2a + b + c); negative 2d / (2d + b + c)"),
    (
      "Kappa paradox flag",
      "p_o >= \(AgreementFormat.fixed(KappaParadox.minimumAgreement, digits: 2)), kappa < "
        + "\(AgreementFormat.fixed(KappaParadox.kappaBelow, digits: 2)) and |prevalence index| >= "
        + "\(AgreementFormat.fixed(KappaParadox.minimumPrevalence, digits: 2)): agreement is high "
        + "but kappa low because one answer dominates (Feinstein and Cicchetti 1990)"
    ),
    (
      "Pooled kappa (De Vries et al. 2008)",
      "(mean_c p_o,c - mean_c p_e,c) / (1 - mean_c p_e,c) over the codes c either coder applied"
    ),
    (
      "Jackknife",
      "the pooled kappa is recomputed leaving out each segment (each transcript for the document "
        + "unit; all its characters for the character unit) in turn, theta_g; SE = sqrt((G - 1) / "
        + "G sum_g (theta_g - mean theta)^2); 95% CI = pooled kappa +/- 1.96 SE"
    ),
    ("Mean of per-code kappas", "the unweighted mean of the defined per-code kappas"),
    (
      "Overall cells",
      "percent agreement over all cells, Krippendorff's alpha, Scott's pi, Gwet's AC1 and "
        + "Brennan-Prediger are computed on one 2 x 2 table that sums every code's cells"
    ),
    (
      "Krippendorff's alpha, nominal (2011)",
      "1 - D_o / D_e from the coincidence matrix; with two coders alpha = pi + (1 - pi) / (2n)"
    ),
    ("Scott's pi (1955)", "p_e = sum_k ((p_k. + p_.k) / 2)^2"),
    (
      "Gwet's AC1 (2008)",
      "p_e = sum_k pi_k (1 - pi_k) / (q - 1), pi_k = (p_k. + p_.k) / 2, q = 2 categories"
    ),
    ("Brennan and Prediger (1981)", "(p_o - 1/q) / (1 - 1/q)"),
  ]

  private static let overlapFormulas: [(String, String)] = [
    (
      "Match",
      "two spans with the same code in the same segment match when the characters they share are "
        + "at least the set percentage of the characters either covers (intersection over union)"
    ),
    (
      "Percent agreement",
      "every span of both coders is one unit: agreements = spans with a match, counted from both "
        + "sides; p_o = agreements / (agreements + disagreements)"
    ),
    (
      "Kappa (Brennan and Prediger 1981, as MAXQDA)",
      "(p_o - 1/k) / (1 - 1/k), k = the number of codes either coder applied"
    ),
  ]

  private static let multiCoderFormulas: [(String, String)] = [
    (
      "Krippendorff's alpha across coders",
      "from the coincidence matrix of every unit with at least two ratings; missing ratings allowed"
    ),
    (
      "Fleiss' kappa (1971) across coders",
      "p_a = mean over units of sum_k r_k (r_k - 1) / (r (r - 1)); pi_k = mean of r_k / r; p_e = "
        + "sum_k pi_k^2; missing ratings as Gwet (2014)"
    ),
  ]

  private static let references = [
    "Brennan RL, Prediger DJ (1981). Coefficient kappa: some uses, misuses, and alternatives. "
      + "Educational and Psychological Measurement 41:687-699.",
    "Byrt T, Bishop J, Carlin JB (1993). Bias, prevalence and kappa. J Clin Epidemiol 46:423-429.",
    "Cohen J (1960). A coefficient of agreement for nominal scales. Educational and Psychological "
      + "Measurement 20:37-46.",
    "De Vries H, Elliott MN, Kanouse DE, Teleki SS (2008). Using pooled kappa to summarize "
      + "interrater agreement across many items. Field Methods 20:272-282.",
    "Feinstein AR, Cicchetti DV (1990). High agreement but low kappa: I. The problems of two "
      + "paradoxes. J Clin Epidemiol 43:543-549.",
    "Fleiss JL (1971). Measuring nominal scale agreement among many raters. Psychol Bull 76:378-382.",
    "Fleiss JL, Cohen J, Everitt BS (1969). Large sample standard errors of kappa and weighted "
      + "kappa. Psychol Bull 72:323-327.",
    "Gwet KL (2008). Computing inter-rater reliability and its variance in the presence of high "
      + "agreement. Br J Math Stat Psychol 61:29-48.",
    "Gwet KL (2014). Handbook of Inter-Rater Reliability, 4th ed. Advanced Analytics.",
    "Krippendorff K (2011). Computing Krippendorff's alpha-reliability. Annenberg School for "
      + "Communication, University of Pennsylvania.",
    "Landis JR, Koch GG (1977). The measurement of observer agreement for categorical data. "
      + "Biometrics 33:159-174.",
    "Scott WA (1955). Reliability of content analysis: the case of nominal scale coding. Public "
      + "Opinion Quarterly 19:321-325.",
  ]
}
