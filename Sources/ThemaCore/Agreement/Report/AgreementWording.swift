// The words every agreement format shares: what each unit is, how "neither applied" is treated,
// what each overall figure is called, and the one-line explanations.

extension AgreementUnit {
  /// The unit's name in the plural, for counts: `segments`, `characters`, `transcripts`,
  /// `coded spans`.
  public var plural: String {
    switch self {
    case .segment: return "segments"
    case .character: return "characters"
    case .document: return "transcripts"
    case .overlap: return "coded spans"
    }
  }

  /// The unit's name in the singular.
  public var singular: String {
    switch self {
    case .segment: return "segment"
    case .character: return "character"
    case .document: return "transcript"
    case .overlap: return "coded span"
    }
  }

  /// What one unit is, in plain words, for every report.
  public var definition: String {
    switch self {
    case .segment:
      return
        "each segment (speaker turn or paragraph) of the transcripts both coders coded, including "
        + "segments neither coded; a code applies to a segment when a coder applied it to the "
        + "segment or to any span of it"
    case .character:
      return
        "each character of the segments' text in the transcripts both coders coded (NVivo's "
        + "unit); a coding of a span covers exactly its characters, a coding without a span the "
        + "whole segment"
    case .document:
      return
        "each transcript both coders coded: a code is present in it when the coder applied it "
        + "anywhere in the transcript (MAXQDA's code-existence level)"
    case .overlap:
      return
        "each coded span of either coder (MAXQDA's segment level): it agrees when the other coder "
        + "coded a span with the same code in the same segment that shares at least the set "
        + "percentage of the characters the two spans cover together; a coder's overlapping "
        + "spans of one code in a segment count as one"
    }
  }

  /// How units neither coder coded with a code are treated, as a sentence without its period.
  public var neitherRule: String {
    switch self {
    case .segment, .character, .document:
      return
        "\"Neither coder applied the code\" counts as agreement (cell d of each code's 2 x 2 "
        + "table), as in NVivo and Cohen's kappa; the percent agreement \"where applied\" leaves "
        + "those cells out"
    case .overlap:
      return
        "There is no \"neither\" cell: only coded spans are compared, so text neither coder coded "
        + "never counts as agreement"
    }
  }
}

extension AgreementReport.Section {
  /// `codes as coded`, or `codes rolled up to Theme (depth 2)`.
  public var levelDescription: String {
    guard let depth else { return "codes as coded" }
    let name = levelName.map { "\($0) (depth \(depth))" } ?? "depth \(depth)"
    return "codes rolled up to \(name): a coding of a deeper code counts for its ancestor"
  }
}

extension KappaParadox {
  /// The one-line explanation printed under a flagged code.
  public var explanation: String {
    let percent = AgreementFormat.fixed(percentAgreement * 100, digits: 1)
    let kappa = AgreementFormat.fixed(self.kappa, digits: 2)
    let index = AgreementFormat.fixed(prevalenceIndex, digits: 2)
    let answer = isRare ? "rare" : "applied almost everywhere"
    let cell = isRare ? "\"neither\"" : "\"both\""
    return
      "\(percent)% agreement but kappa \(kappa): the code is \(answer) (prevalence index "
      + "\(index)), so chance agreement on \(cell) is high; read PABAK "
      + "(\(AgreementFormat.fixed(pabak, digits: 2))) and Gwet's AC1 alongside"
  }
}

extension AgreementNote {
  /// The note in plain words.
  public var text: String {
    switch self {
    case .notMarkedDone(let coder, let transcripts):
      return
        "\(coder) has not marked \(AgreementFormat.list(transcripts.map(\.rawValue))) done; "
        + "figures may change as coding continues"
    case .pairSharesNoTranscript(let coders, let codebook):
      return
        "\(AgreementFormat.list(coders)) share no transcript coded with \(codebook), so they are "
        + "not compared on it"
    }
  }
}

extension SetAsideCodings {
  /// `bob: 2 codings of T1/9/9z (PM-01), a code not in the codebook`.
  public var text: String {
    let what =
      switch reason {
      case .codeNotInCodebook: "a code not in the codebook"
      case .codeRetired: "a retired code"
      case .segmentNotInTranscript: "on segments the transcript does not have"
      }
    return
      "\(coder): \(AgreementFormat.plural(count, "coding")) of \(code) "
      + "(\(transcripts.map(\.rawValue).joined(separator: ", "))), \(what)"
  }
}

extension PairwiseAgreement {
  /// The overall figures as lines of a label, a value and a detail (how it was computed), in
  /// the order reports print them.
  public var overallLines: [(label: String, value: String, detail: String)] {
    switch overall {
    case .binary(let overall):
      let pooled = overall.pooled
      var pooledText = AgreementFormat.coefficient(pooled.value)
      var pooledDetail = ""
      if let kappa = pooled.value.value {
        pooledText +=
          "  95% CI " + AgreementFormat.interval(pooled.confidenceInterval) + "  "
          + LandisKoch(kappa: kappa).text
        pooledDetail =
          "jackknife SE " + AgreementFormat.coefficient(pooled.standardError, digits: 3)
          + ", leaving out each of "
          + AgreementFormat.plural(pooled.jackknifeUnits, jackknifeUnitName)
      } else if let reason = pooled.value.undefinedReason {
        pooledDetail = reason.explanation
      }
      let mean = overall.meanKappa
      var meanDetail = AgreementFormat.plural(mean.codes, "code")
      if mean.undefinedCodes > 0 { meanDetail += "; \(mean.undefinedCodes) undefined, left out" }
      let all = overall.all
      let cells =
        "all " + AgreementFormat.count(all.cells.total) + " \(settings.unit.singular) x code cells"
      return [
        ("Pooled kappa (De Vries et al. 2008)", pooledText, pooledDetail),
        ("Mean of per-code kappas", AgreementFormat.coefficient(mean.value), meanDetail),
        ("Percent agreement", AgreementFormat.percent(all.cells.percentAgreement), cells),
        (
          "Percent agreement where applied", AgreementFormat.percent(overall.agreementWhereApplied),
          "a / (a + b + c), the cells where at least one coder applied the code"
        ),
        ("Krippendorff's alpha (nominal)", AgreementFormat.coefficient(all.alpha.value), cells),
        ("Scott's pi", AgreementFormat.coefficient(all.scottPi.value), cells),
        ("Gwet's AC1", AgreementFormat.coefficient(all.gwetAC1.value), cells),
        ("Brennan-Prediger (PABAK)", AgreementFormat.coefficient(all.cells.pabak), cells),
      ]
    case .overlap(let overall):
      let counts = overall.counts
      return [
        (
          "Percent agreement", AgreementFormat.percent(counts.percentAgreement),
          "\(AgreementFormat.count(counts.agreements)) of "
            + "\(AgreementFormat.count(counts.agreements + counts.disagreements)) coded spans matched"
        ),
        (
          "Brennan-Prediger kappa", AgreementFormat.coefficient(overall.brennanPrediger),
          "chance agreement 1/k, k = \(AgreementFormat.plural(overall.codes, "code")) applied, as MAXQDA"
        ),
      ]
    }
  }

  /// What the jackknife leaves out one at a time: segments for the segment and character units,
  /// transcripts for the document unit.
  public var jackknifeUnitName: String {
    settings.unit == .document ? "transcript" : "segment"
  }

  /// The comparison in one line: `alice and bob, 3 transcripts (PM-01, PM-02, PM-05), 412 segments`.
  public var scope: String {
    "\(AgreementFormat.list(coders)) on \(AgreementFormat.plural(transcripts.count, "transcript")) "
      + "(\(transcripts.map(\.rawValue).joined(separator: ", "))), "
      + AgreementFormat.plural(units, settings.unit.singular, settings.unit.plural)
  }

  /// The unit sentence every report prints.
  public var unitLine: String {
    let name =
      settings.unit == .overlap
      ? "coded span, matched at \(settings.overlapThreshold)% overlap" : settings.unit.singular
    return "Unit: \(name): " + settings.unit.definition + "."
  }
}
