import ThemaCore
import ThemaStore

/// `thema agree`: inter-rater agreement between coders who coded the same transcripts.
enum AgreeCommand: Command {
  static let spec = CommandSpec(
    name: "agree", group: .agreement,
    abstract: "Inter-rater agreement: percent agreement, kappa with CI, alpha and more, per code",
    discussion: """
      Compares coders who coded the same transcripts, per code and overall, and says exactly what \
      was compared. The unit is a segment (default), a character (NVivo), a transcript (MAXQDA's \
      code existence) or a coded span that must overlap the other coder's by --overlap percent \
      (MAXQDA's segment level, with Brennan-Prediger kappa at chance 1/k). Per code: the 2 x 2 \
      cells, percent agreement, Cohen's kappa with its SE (Fleiss, Cohen and Everitt 1969), 95% \
      CI and z, the Landis and Koch label, PABAK, prevalence and bias indices, positive and \
      negative agreement, and a flag where prevalence makes kappa low despite high agreement. \
      Overall: pooled kappa (De Vries et al. 2008) with a jackknife CI, the mean kappa, percent \
      agreement, Krippendorff's alpha, Scott's pi, Gwet's AC1 and Brennan-Prediger. With more \
      than two coders, every pair plus alpha and Fleiss' kappa across all. A figure that cannot \
      be computed prints as undefined with the reason. --explain prints the formulas and a \
      methods paragraph with this run's figures.
      """,
    arguments: [
      ArgumentSpec(
        "ID", help: "Transcripts to compare (default: every transcript two of the coders coded)",
        optional: true, variadic: true, completion: .transcripts)
    ],
    options: [
      OptionSpec(
        "--coders", value: "A,B", help: "The coders to compare (default: every coder)",
        repeatable: true, completion: .coders),
      OptionSpec(
        "--codebook", value: "NAME", help: "Only transcripts coded with this codebook",
        completion: .codebooks),
      OptionSpec(
        "--unit", value: "UNIT", help: "segment (default), character, document or overlap",
        choices: AgreementUnit.allCases.map(\.rawValue)),
      OptionSpec(
        "--overlap", value: "PERCENT",
        help:
          "How much two spans must share for --unit overlap, 1 to 100 (default 90; implies --unit overlap)"
      ),
      OptionSpec(
        "--level", value: "LEVEL",
        help: "code (as coded, default), theme (1a counts as 1), or a depth such as 2"),
      OptionSpec(
        "--by", value: "ATTRIBUTE", help: "Repeat the overall figures for each value, e.g. county"
      ),
      OptionSpec(
        "--min-agreement", value: "P",
        help: "Exit 1 when overall percent agreement is below P, a proportion such as 0.70"),
      OptionSpec(
        "--min-kappa", value: "K", help: "Exit 1 when the overall kappa is below K, e.g. 0.60"),
      OptionSpec(
        "--format", value: "FORMAT", help: "table (default), md, csv or json",
        choices: ["table", "md", "csv", "json"]),
      OptionSpec(
        "--consensus",
        help: "Also compare each coder with the lead's consensus, where there is one"),
      OptionSpec(
        "--explain",
        help: "Print the formulas, the unit and a methods paragraph instead of the report"),
    ],
    examples: [
      Example("thema agree", "Every code, segment by segment, for every pair of coders."),
      Example(
        "thema agree --unit overlap --overlap 90",
        "MAXQDA's segment agreement, the kind the '70%' of many papers is."),
      Example("thema agree --level theme --by county", "Themes, overall figures per county."),
      Example(
        "thema agree --min-kappa 0.6 --format json > agreement.json",
        "Save every figure; exit 1 if pooled kappa is below 0.6."),
      Example("thema agree --explain", "Formulas and a methods paragraph, ready to paste."),
      Example(
        "thema agree PM-01 PM-02 --consensus",
        "How close each coder came to the lead's consensus on the resolved transcripts."),
    ])

  static func run(_ context: inout CommandContext) throws -> Int32 {
    let arguments = context.arguments
    let request = try request(arguments)
    let gate = AgreementGate(
      minimumAgreement: try minimum(
        arguments, "--min-agreement", in: 0...1, example: "0.70 for 70%"),
      minimumKappa: try minimum(arguments, "--min-kappa", in: -1...1, example: "0.60"))
    let study = try loadStudy(&context)
    context.progress("Computing agreement…")
    let report = try study.agreementReport(request)
    context.endProgress()
    if arguments.flag("--explain") {
      context.out.write(report.explanation(version: Thema.version))
    } else {
      switch arguments.value("--format") ?? "table" {
      case "md": context.out.write(report.markdown())
      case "csv": context.out.write(report.csv())
      case "json": context.out.write(report.json())
      default: context.out.write(AgreementTerminal.render(report, style: context.outStyle))
      }
    }
    return checkGate(gate, report: report, context: &context)
  }

  private static func request(_ arguments: ParsedArguments) throws(UsageError) -> AgreementRequest {
    let overlap = try arguments.integer("--overlap", in: 1...100)
    // --overlap alone implies the overlap unit; with another --unit it is a mistake.
    let unit =
      arguments.value("--unit").flatMap(AgreementUnit.init(rawValue:))
      ?? (overlap == nil ? .segment : .overlap)
    if overlap != nil && unit != .overlap {
      throw .conflictingOptions("--overlap", "--unit \(unit.rawValue)")
    }
    var level = AgreementLevel.asCoded
    if let text = arguments.value("--level") {
      guard let parsed = AgreementLevel(argument: text) else {
        throw .invalidValue(
          option: "--level", value: text, expected: "code, theme, or a depth of 1 or more")
      }
      level = parsed
    }
    let coders = arguments.values("--coders").flatMap { $0.split(separator: ",") }.map {
      String($0).trimmed()
    }.filter { !$0.isEmpty }
    return AgreementRequest(
      transcripts: arguments.arguments("ID"), coders: coders,
      codebook: arguments.value("--codebook"),
      settings: AgreementSettings(
        unit: unit, level: level,
        overlapThreshold: overlap ?? AgreementSettings.defaultOverlapThreshold),
      groupBy: arguments.value("--by"), againstConsensus: arguments.flag("--consensus"))
  }

  /// A `--min-*` value: a proportion or kappa within `range`.
  private static func minimum(
    _ arguments: ParsedArguments, _ name: String, in range: ClosedRange<Double>, example: String
  ) throws(UsageError) -> Double? {
    guard let text = arguments.value(name) else { return nil }
    guard let value = Double(text), value.isFinite, range.contains(value) else {
      throw .invalidValue(
        option: name, value: text,
        expected:
          "a number from \(AgreementFormat.fixed(range.lowerBound, digits: 0)) to "
          + "\(AgreementFormat.fixed(range.upperBound, digits: 0)), e.g. \(example)")
    }
    return value
  }

  /// Loads the study, keeping codings of codes the codebook no longer has (they are reported and
  /// counted separately); any other error stops the command before anything is computed.
  private static func loadStudy(_ context: inout CommandContext) throws -> Study {
    let project = try context.project()
    context.progress("Reading the study…")
    let loaded = project.loadKeepingUnknownCodes()
    context.endProgress()
    if loaded.diagnostics.hasErrors {
      throw StudyHasErrors(diagnostics: loaded.diagnostics)
    }
    context.warn(loaded.diagnostics)
    return loaded.study
  }

  private static func checkGate(
    _ gate: AgreementGate, report: AgreementReport, context: inout CommandContext
  ) -> Int32 {
    guard gate.isSet else { return 0 }
    let checks = gate.checks(report)
    let style = context.errStyle
    for check in checks {
      let name =
        check.figure == .percentAgreement
        ? "overall percent agreement"
        : (report.settings.unit == .overlap
          ? "Brennan-Prediger kappa" : "pooled kappa")
      let value =
        check.figure == .percentAgreement
        ? AgreementFormat.percent(check.value) : AgreementFormat.coefficient(check.value)
      let minimum =
        check.figure == .percentAgreement
        ? AgreementFormat.fixed(check.minimum * 100, digits: 1) + "%"
        : AgreementFormat.fixed(check.minimum, digits: 2)
      let verdict =
        check.passed
        ? style.good("passed")
        : style.error("below the minimum")
      var line =
        "gate: \(check.codebook), \(AgreementFormat.list(check.coders)): \(name) \(value), "
        + "minimum \(minimum): \(verdict)"
      if let reason = check.value.undefinedReason { line += " (\(reason.explanation))" }
      context.err.write(line + "\n")
    }
    return checks.allSatisfy(\.passed) ? 0 : 1
  }
}
