extension AgreementReport {
  /// The report as Markdown for a methods section or appendix: per section the unit and level in
  /// words, each code's table, the overall figures, the groups and the notes.
  public func markdown() -> String {
    var text = "# Inter-rater agreement\n"
    for section in sections {
      text += "\n## Codebook \(section.codebook)\n\n"
      text += "\(Self.escape(section.title)). Level: \(section.levelDescription).\n"
      for pair in section.pairs {
        text += Self.markdown(pair, groupBy: groupBy)
      }
      if let multi = section.multiCoder {
        text += Self.markdown(multi, unit: settings.unit)
      }
    }
    if !notes.isEmpty {
      text += "\n## Notes\n\n"
      for note in notes { text += "- \(Self.escape(note.text)).\n" }
    }
    return text
  }

  private static func markdown(_ pair: PairwiseAgreement, groupBy: String?) -> String {
    var text = "\n### \(escape(AgreementFormat.list(pair.coders)))\n\n"
    text += escape(pair.scope) + ".\n\n"
    text += escape(pair.unitLine) + " " + escape(pair.settings.unit.neitherRule) + ".\n\n"
    text += table(headers: codeHeaders(pair), rows: pair.codes.map { codeRow($0, pair: pair) })
    if pair.settings.unit != .overlap {
      let (first, second) = (pair.coders[0], pair.coders[1])
      text +=
        "\n"
        + escape(
          "a = both, b = \(first) only, c = \(second) only, d = neither; SE of Fleiss, Cohen and "
            + "Everitt (1969); PABAK = 2 p_o - 1; Prevalence = (a - d) / n; Bias = (b - c) / n; "
            + "P+ = 2a / (2a + b + c) and P- = 2d / (2d + b + c), positive and negative specific "
            + "agreement.") + "\n"
    }
    let flagged = pair.codes.compactMap { code in code.binary?.paradox.map { (code, $0) } }
    if !flagged.isEmpty {
      text += "\nKappa paradox (high agreement, low kappa because of prevalence):\n\n"
      for (code, paradox) in flagged {
        text += "- \(escape(code.shortName)): \(escape(paradox.explanation)).\n"
      }
    }
    text += "\n#### Overall\n\n"
    text += table(
      headers: ["Figure", "Value", "Computed over"],
      rows: pair.overallLines.map { [$0.label, $0.value, $0.detail] })
    if let groupBy, !pair.groups.isEmpty {
      text += "\n#### By \(escape(groupBy))\n\n"
      text += table(
        headers: [
          groupBy, "Transcripts", pair.settings.unit.plural.capitalizedFirst, "Codes", "Agreement",
          "Kappa [95% CI]",
        ],
        rows: pair.groups.map { group in
          [
            group.value ?? "(none)", group.transcripts.map(\.rawValue).joined(separator: ", "),
            AgreementFormat.count(group.units), String(group.codes),
            AgreementFormat.percent(group.overall.percentAgreement), groupKappa(group.overall),
          ]
        })
    }
    var notes: [String] = []
    if !pair.unusedCodes.isEmpty {
      notes.append(
        "Codes neither coder applied (nothing to agree on; left out of every figure): "
          + pair.unusedCodes.map(\.description).joined(separator: ", "))
    }
    for record in pair.setAside {
      notes.append("Not counted in any figure: " + record.text)
    }
    if !notes.isEmpty {
      text += "\n" + notes.map { "- " + escape($0) + ".\n" }.joined()
    }
    return text
  }

  static func groupKappa(_ overall: OverallAgreement) -> String {
    switch overall {
    case .binary(let figures):
      return AgreementFormat.coefficient(figures.pooled.value) + " "
        + AgreementFormat.interval(figures.pooled.confidenceInterval)
    case .overlap(let figures):
      return AgreementFormat.coefficient(figures.brennanPrediger) + " (Brennan-Prediger)"
    }
  }

  private static func markdown(_ multi: MultiCoderAgreement, unit: AgreementUnit) -> String {
    var text = "\n### All coders: \(escape(AgreementFormat.list(multi.coders)))\n\n"
    text +=
      "\(AgreementFormat.plural(multi.transcripts.count, "transcript")) coded by at least two of "
      + "them, \(AgreementFormat.plural(multi.units, unit.singular, unit.plural)); a coder who "
      + "did not code a transcript has missing ratings there.\n\n"
    text += table(
      headers: ["Code", "Name", "Krippendorff's alpha", "Fleiss' kappa"],
      rows: multi.codes.map {
        [
          $0.shortName, $0.name, AgreementFormat.coefficient($0.alpha.value),
          AgreementFormat.coefficient($0.fleiss.value),
        ]
      })
    text += "\n"
    text += table(
      headers: ["Figure (all unit x code cells)", "Value"],
      rows: [
        ["Krippendorff's alpha (nominal)", AgreementFormat.coefficient(multi.alpha.value)],
        ["Fleiss' kappa", AgreementFormat.coefficient(multi.fleiss.value)],
      ])
    return text
  }

  /// The headers of a comparison's code table.
  static func codeHeaders(_ pair: PairwiseAgreement) -> [String] {
    let (first, second) = (pair.coders[0], pair.coders[1])
    if pair.settings.unit == .overlap {
      return [
        "Code", "Name", "\(first) spans", "\(second) spans", "\(first) matched",
        "\(second) matched", "Agreements", "Disagreements", "Agreement",
      ]
    }
    return [
      "Code", "Name", "n", "Both", "\(first) only", "\(second) only", "Neither", "Agreement",
      "Kappa [95% CI]", "SE", "Landis and Koch", "PABAK", "Prevalence", "Bias", "P+", "P-",
    ]
  }

  /// One code's row of the code table.
  static func codeRow(_ code: CodeAgreement, pair: PairwiseAgreement) -> [String] {
    switch code.figures {
    case .overlap(let counts):
      return [
        code.shortName, code.name, String(counts.spans[0]), String(counts.spans[1]),
        String(counts.matched[0]), String(counts.matched[1]), String(counts.agreements),
        String(counts.disagreements), AgreementFormat.percent(counts.percentAgreement),
      ]
    case .binary(let figures):
      let cells = figures.cells
      return [
        code.shortName, code.name, AgreementFormat.count(cells.total),
        AgreementFormat.count(cells.both), AgreementFormat.count(cells.firstOnly),
        AgreementFormat.count(cells.secondOnly), AgreementFormat.count(cells.neither),
        AgreementFormat.percent(cells.percentAgreement),
        AgreementFormat.coefficient(figures.kappa.value)
          + (figures.kappa.value.value == nil
            ? "" : " " + AgreementFormat.interval(figures.kappa.confidenceInterval)),
        AgreementFormat.coefficient(figures.kappa.standardError, digits: 3),
        figures.label?.text ?? "undefined", AgreementFormat.coefficient(cells.pabak),
        AgreementFormat.coefficient(cells.prevalenceIndex),
        AgreementFormat.coefficient(cells.biasIndex),
        AgreementFormat.coefficient(cells.positiveAgreement),
        AgreementFormat.coefficient(cells.negativeAgreement),
      ]
    }
  }

  private static func table(headers: [String], rows: [[String]]) -> String {
    var text = "| " + headers.map(escape).joined(separator: " | ") + " |\n"
    text += "|" + headers.map { _ in " --- |" }.joined() + "\n"
    for row in rows {
      text += "| " + row.map(escape).joined(separator: " | ") + " |\n"
    }
    return text
  }

  /// Text safe in a Markdown table cell or paragraph: pipes escaped, line breaks as spaces.
  static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
      .replacingOccurrences(of: "\n", with: " ")
  }
}

extension String {
  /// The string with its first character in upper case.
  var capitalizedFirst: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }
}
