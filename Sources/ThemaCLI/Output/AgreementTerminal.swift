import ThemaCore
import ThemaTerminal

/// `thema agree`'s terminal report: per comparison the scope, unit and level in words, each code
/// with the worst kappa first, the overall figures, the groups and the notes; kappas coloured by
/// their Landis and Koch band on a terminal.
enum AgreementTerminal {
  static func render(_ report: AgreementReport, style: TextStyle) -> String {
    var text = ""
    for section in report.sections {
      for pair in section.pairs {
        if !text.isEmpty { text += "\n" }
        text += render(pair, section: section, groupBy: report.groupBy, style: style)
      }
      if let multi = section.multiCoder {
        text += "\n" + render(multi, section: section, unit: report.settings.unit, style: style)
      }
    }
    if !report.notes.isEmpty {
      text += "\n" + style.bold("Notes") + "\n"
      for note in report.notes { text += wrap("- " + note.text + ".", indent: 2) }
    }
    return text
  }

  private static func render(
    _ pair: PairwiseAgreement, section: AgreementReport.Section, groupBy: String?,
    style: TextStyle
  ) -> String {
    var text =
      style.bold("Agreement of \(AgreementFormat.list(pair.coders))")
      + style.dim(
        "  codebook \(section.codebook)") + "\n"
    text += wrap(
      "\(AgreementFormat.plural(pair.transcripts.count, "transcript")) "
        + "(\(pair.transcripts.map(\.rawValue).joined(separator: ", "))), "
        + AgreementFormat.plural(pair.units, pair.settings.unit.singular, pair.settings.unit.plural)
        + "; level: \(section.levelDescription).", indent: 0)
    text += style.dim(wrap(pair.unitLine, indent: 0))
    text += style.dim(wrap(pair.settings.unit.neitherRule + ".", indent: 0))
    text += "\n" + codeTable(pair, style: style)
    let flagged = pair.codes.compactMap { code in code.binary?.paradox.map { (code, $0) } }
    if !flagged.isEmpty {
      text += "\n"
      for (code, paradox) in flagged {
        text += wrap(
          style.caution("⚑ ") + code.shortName + ": " + paradox.explanation + ".", indent: 2)
      }
    }
    text += "\n" + overall(pair, style: style)
    if let groupBy, !pair.groups.isEmpty {
      text += "\n" + groups(pair, groupBy: groupBy, style: style)
    }
    var notes: [String] = []
    if !pair.unusedCodes.isEmpty {
      notes.append(
        "\(AgreementFormat.plural(pair.unusedCodes.count, "code")) neither coder applied, left out "
          + "of every figure: " + pair.unusedCodes.map(\.description).joined(separator: ", "))
    }
    for record in pair.setAside {
      notes.append("not counted in any figure: " + record.text)
    }
    if !notes.isEmpty {
      text += "\n"
      for note in notes { text += style.dim(wrap("- " + note + ".", indent: 2)) }
    }
    return text
  }

  /// The overall figures, labels aligned; a detail too long for the line goes below its value.
  private static func overall(_ pair: PairwiseAgreement, style: TextStyle) -> String {
    var text = style.bold("Overall") + "\n"
    let width = pair.overallLines.map { DisplayWidth.of($0.label) }.max() ?? 0
    for line in pair.overallLines {
      let pad = String(repeating: " ", count: width - DisplayWidth.of(line.label))
      let head = "  \(line.label)\(pad)  \(line.value)"
      if line.detail.isEmpty {
        text += head + "\n"
      } else if DisplayWidth.of(head) + line.detail.count + 4 <= Help.width {
        text += head + style.dim("  (" + line.detail + ")") + "\n"
      } else {
        text += head + "\n" + String(repeating: " ", count: width + 4)
        text += style.dim("(" + line.detail + ")") + "\n"
      }
    }
    return text
  }

  /// The overall figures for each value of the `--by` attribute.
  private static func groups(_ pair: PairwiseAgreement, groupBy: String, style: TextStyle)
    -> String
  {
    var rows: [[Cell]] = [
      [
        Cell(groupBy), Cell("transcripts"), Cell(pair.settings.unit.plural, right: true),
        Cell("codes", right: true), Cell("agree", right: true), Cell("kappa  95% CI"),
      ]
    ]
    for group in pair.groups {
      rows.append([
        Cell(group.value ?? "(none)"),
        Cell(group.transcripts.map(\.rawValue).joined(separator: " ")),
        Cell(AgreementFormat.count(group.units), right: true),
        Cell(String(group.codes), right: true),
        Cell(AgreementFormat.percent(group.overall.percentAgreement), right: true),
        kappaCell(group.overall.kappa, interval: groupInterval(group.overall), style: style),
      ])
    }
    return style.bold("By \(groupBy)") + "\n" + Cell.table(rows, header: style.dim)
  }

  private static func groupInterval(_ overall: OverallAgreement) -> Estimated<Interval>? {
    if case .binary(let figures) = overall { return figures.pooled.confidenceInterval }
    return nil
  }

  /// Each code, worst first: lowest kappa (undefined last), or lowest percent for overlap.
  private static func codeTable(_ pair: PairwiseAgreement, style: TextStyle) -> String {
    let (first, second) = (pair.coders[0], pair.coders[1])
    var codes = pair.codes
    codes.sort { lhs, rhs in
      let a = lhs.binary?.kappa.value.value ?? lhs.overlap?.percentAgreement.value ?? .infinity
      let b = rhs.binary?.kappa.value.value ?? rhs.overlap?.percentAgreement.value ?? .infinity
      if a != b { return a < b }
      return (lhs.percentAgreement.value ?? 2) < (rhs.percentAgreement.value ?? 2)
    }
    var rows: [[Cell]] = []
    if pair.settings.unit == .overlap {
      rows.append(
        ["code", "\(first) spans", "\(second) spans", "matched", "agree", "disagree", "agreement"]
          .enumerated().map { Cell($1, right: $0 > 0) })
      for code in codes {
        guard let counts = code.overlap else { continue }
        rows.append([
          Cell(code.shortName), Cell(String(counts.spans[0]), right: true),
          Cell(String(counts.spans[1]), right: true),
          Cell("\(counts.matched[0])/\(counts.matched[1])", right: true),
          Cell(String(counts.agreements), right: true),
          Cell(String(counts.disagreements), right: true),
          Cell(AgreementFormat.percent(counts.percentAgreement), right: true),
        ])
      }
      return Cell.table(rows, header: style.dim)
    }
    rows.append(
      [
        Cell("code"), Cell("both", right: true), Cell("\(first) only", right: true),
        Cell("\(second) only", right: true), Cell("neither", right: true),
        Cell("agree", right: true), Cell("kappa  95% CI"), Cell("Landis-Koch"),
        Cell("PABAK", right: true), Cell(""),
      ])
    for code in codes {
      guard let figures = code.binary else { continue }
      let cells = figures.cells
      rows.append([
        Cell(code.shortName), Cell(AgreementFormat.count(cells.both), right: true),
        Cell(AgreementFormat.count(cells.firstOnly), right: true),
        Cell(AgreementFormat.count(cells.secondOnly), right: true),
        Cell(AgreementFormat.count(cells.neither), right: true),
        Cell(AgreementFormat.percent(cells.percentAgreement), right: true),
        kappaCell(figures.kappa.value, interval: figures.kappa.confidenceInterval, style: style),
        Cell(figures.label?.text ?? "undefined"),
        Cell(AgreementFormat.coefficient(cells.pabak), right: true),
        figures.paradox == nil ? Cell("") : Cell("⚑ prevalence", style: style.caution),
      ])
    }
    var text = Cell.table(rows, header: style.dim)
    let undefined = codes.compactMap { code -> String? in
      guard let reason = code.binary?.kappa.value.undefinedReason else { return nil }
      return "\(code.shortName): kappa undefined, \(reason.explanation)"
    }
    for line in undefined { text += style.dim(wrap("- " + line + ".", indent: 2)) }
    return text
  }

  private static func kappaCell(
    _ kappa: Estimate, interval: Estimated<Interval>?, style: TextStyle
  ) -> Cell {
    guard let value = kappa.value else { return Cell("undefined", style: style.dim) }
    var text = AgreementFormat.fixed(value, digits: 2)
    if let interval { text += "  " + AgreementFormat.interval(interval) }
    let paint: (String) -> String
    switch LandisKoch(kappa: value) {
    case .substantial, .almostPerfect: paint = style.good
    case .moderate: paint = style.caution
    default: paint = style.bad
    }
    return Cell(text, style: paint)
  }

  private static func render(
    _ multi: MultiCoderAgreement, section: AgreementReport.Section, unit: AgreementUnit,
    style: TextStyle
  ) -> String {
    var text =
      style.bold("All coders: \(AgreementFormat.list(multi.coders))")
      + style.dim("  codebook \(section.codebook)") + "\n"
    text += wrap(
      "\(AgreementFormat.plural(multi.transcripts.count, "transcript")) coded by at least two of "
        + "them, \(AgreementFormat.plural(multi.units, unit.singular, unit.plural)); a coder who "
        + "did not code a transcript has missing ratings there.", indent: 0)
    var rows: [[Cell]] = [[Cell("code"), Cell("alpha", right: true), Cell("Fleiss", right: true)]]
    for code in multi.codes {
      rows.append([
        Cell(code.shortName), Cell(AgreementFormat.coefficient(code.alpha.value), right: true),
        Cell(AgreementFormat.coefficient(code.fleiss.value), right: true),
      ])
    }
    text += "\n" + Cell.table(rows, header: style.dim)
    text +=
      "\n  Krippendorff's alpha (all cells)  \(AgreementFormat.coefficient(multi.alpha.value))\n"
    text +=
      "  Fleiss' kappa (all cells)         \(AgreementFormat.coefficient(multi.fleiss.value))\n"
    return text
  }

  private static func wrap(_ text: String, indent: Int) -> String {
    TextWrap.lines(text, width: Help.width - indent - 2).enumerated().map { index, line in
      (index == 0
        ? String(repeating: " ", count: indent) : String(repeating: " ", count: indent + 2))
        + line
    }.joined(separator: "\n") + "\n"
  }
}

/// A table cell measured by its plain text and printed with its style, so colour never breaks
/// the alignment.
private struct Cell: ExpressibleByStringLiteral {
  var text: String
  var isRight: Bool
  var style: ((String) -> String)?

  init(_ text: String, right: Bool = false, style: ((String) -> String)? = nil) {
    self.text = text
    self.isRight = right
    self.style = style
  }

  init(stringLiteral value: String) { self.init(value) }

  static func table(_ rows: [[Cell]], header: (String) -> String) -> String {
    let columns = rows.map(\.count).max() ?? 0
    var widths = Array(repeating: 0, count: columns)
    for row in rows {
      for (index, cell) in row.enumerated() {
        widths[index] = max(widths[index], DisplayWidth.of(cell.text))
      }
    }
    var out = ""
    for (number, row) in rows.enumerated() {
      var parts: [String] = []
      for (index, cell) in row.enumerated() {
        let fill = String(repeating: " ", count: widths[index] - DisplayWidth.of(cell.text))
        let shown = number == 0 ? header(cell.text) : cell.style?(cell.text) ?? cell.text
        parts.append(cell.isRight ? fill + shown : shown + fill)
      }
      var line = "  " + parts.joined(separator: "  ")
      while line.hasSuffix(" ") { line.removeLast() }
      out += line + "\n"
    }
    return out
  }
}
