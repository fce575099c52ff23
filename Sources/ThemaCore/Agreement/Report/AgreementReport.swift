/// A whole agreement report: for each codebook, every pair of coders (and all coders together when
/// there are more than two), with the settings it was computed under. The value every output
/// format (terminal table, Markdown, CSV, JSON, `--explain`) is rendered from.
public struct AgreementReport: Sendable {
  /// The version of the JSON output; it changes only when a field changes meaning or goes away.
  public static let formatVersion = 1

  /// How units were counted.
  public var settings: AgreementSettings
  /// The attribute the overall figures are repeated for (`--by`), if any.
  public var groupBy: String?
  /// One section per codebook.
  public var sections: [Section]
  /// Things a reader should know that are not figures.
  public var notes: [AgreementNote]

  /// The comparisons of the transcripts coded with one codebook.
  public struct Section: Sendable {
    /// The codebook's name, e.g. `program-managers`.
    public var codebook: String
    /// Its title.
    public var title: String
    /// The depth codes were rolled up to, or nil for codes as coded.
    public var depth: Int?
    /// What that depth is called in the codebook (`Theme`), when rolled up.
    public var levelName: String?
    /// Each pair of coders that shares a transcript.
    public var pairs: [PairwiseAgreement]
    /// Every coder together, when there are more than two.
    public var multiCoder: MultiCoderAgreement?

    /// Creates a section.
    public init(
      codebook: String, title: String, depth: Int?, levelName: String?,
      pairs: [PairwiseAgreement], multiCoder: MultiCoderAgreement?
    ) {
      self.codebook = codebook
      self.title = title
      self.depth = depth
      self.levelName = levelName
      self.pairs = pairs
      self.multiCoder = multiCoder
    }
  }

  /// Creates a report.
  public init(
    settings: AgreementSettings, groupBy: String?, sections: [Section], notes: [AgreementNote]
  ) {
    self.settings = settings
    self.groupBy = groupBy
    self.sections = sections
    self.notes = notes
  }

  /// Every comparison of the report with its section.
  public var comparisons: [(section: Section, pair: PairwiseAgreement)] {
    sections.flatMap { section in section.pairs.map { (section, $0) } }
  }
}

/// Something a reader of a report should know that is not a figure.
public enum AgreementNote: Hashable, Sendable {
  /// A coder's sheets of these transcripts are not marked done, so coding may be unfinished.
  case notMarkedDone(coder: String, transcripts: [TranscriptID])
  /// Two coders share no transcript of a codebook, so they are not compared on it.
  case pairSharesNoTranscript(coders: [String], codebook: String)
}

/// The minimums a team sets with `--min-agreement` and `--min-kappa`.
public struct AgreementGate: Hashable, Sendable {
  /// The minimum overall percent agreement, as a proportion (0.70).
  public var minimumAgreement: Double?
  /// The minimum overall kappa (pooled kappa; Brennan-Prediger for the overlap unit).
  public var minimumKappa: Double?

  /// Creates a gate.
  public init(minimumAgreement: Double? = nil, minimumKappa: Double? = nil) {
    self.minimumAgreement = minimumAgreement
    self.minimumKappa = minimumKappa
  }

  /// Whether any minimum is set.
  public var isSet: Bool { minimumAgreement != nil || minimumKappa != nil }

  /// One figure checked against its minimum.
  public struct Check: Hashable, Sendable {
    /// Which figure.
    public enum Figure: String, Hashable, Sendable {
      /// The overall percent agreement.
      case percentAgreement
      /// The overall kappa.
      case kappa
    }

    /// The codebook.
    public var codebook: String
    /// The two coders.
    public var coders: [String]
    /// Which figure.
    public var figure: Figure
    /// Its value.
    public var value: Estimate
    /// The minimum.
    public var minimum: Double

    /// Whether the figure reaches the minimum; an undefined figure does not.
    public var passed: Bool { value.value.map { $0 >= minimum - 1e-12 } ?? false }
  }

  /// Every set minimum checked against every comparison of two coders in `report` (a coder's
  /// comparison with the consensus is not a reliability figure, and is not gated).
  public func checks(_ report: AgreementReport) -> [Check] {
    var checks: [Check] = []
    for (section, pair) in report.comparisons where !pair.coders.contains(Coder.consensus.rawValue)
    {
      if let minimumAgreement {
        checks.append(
          Check(
            codebook: section.codebook, coders: pair.coders, figure: .percentAgreement,
            value: pair.overall.percentAgreement, minimum: minimumAgreement))
      }
      if let minimumKappa {
        checks.append(
          Check(
            codebook: section.codebook, coders: pair.coders, figure: .kappa,
            value: pair.overall.kappa, minimum: minimumKappa))
      }
    }
    return checks
  }
}
