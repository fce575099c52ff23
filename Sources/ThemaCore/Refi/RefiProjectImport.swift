/// How `RefiProjectImporter` reads a project.
public struct RefiImportOptions: Sendable {
  /// Whose coding a REFI `Coding` becomes.
  public enum Credit: String, Hashable, Sendable, CaseIterable {
    /// The user who created the selection (default): real NVivo exports credit every coding
    /// to one user, while the selections record who actually coded.
    case selection
    /// The user the `Coding` names (`creatingUser`).
    case coding
  }

  /// How positions are counted; nil to decide from the project (see
  /// `RefiPositionScheme.detect`).
  public var positions: RefiPositionScheme?
  /// Whose codings they are.
  public var credit: Credit
  /// The name (file stem) to give the imported codebook; nil for one made from the project's
  /// name.
  public var codebookName: String?
  /// Segmenting, speaker map and redactions for texts that are not in Thema's own layout, and
  /// the ZIP limits.
  public var transcripts: ImportOptions
  /// Limits on the project file's XML.
  public var xmlLimits: XMLLimits

  /// Creates options: positions detected, codings credited to the selection's creator.
  public init(
    positions: RefiPositionScheme? = nil, credit: Credit = .selection,
    codebookName: String? = nil, transcripts: ImportOptions = ImportOptions(),
    xmlLimits: XMLLimits = .standard
  ) {
    self.positions = positions
    self.credit = credit
    self.codebookName = codebookName
    self.transcripts = transcripts
    self.xmlLimits = xmlLimits
  }
}

/// What a REFI-QDA project becomes in Thema: a codebook, transcripts with their attributes, and
/// every coder's codings (the consensus under `Coder.consensus`), with figures for a summary.
public struct RefiProjectImport: Sendable {
  /// Counts of what was read, placed and left out.
  public struct Summary: Hashable, Sendable {
    /// The project's name.
    public var projectName = ""
    /// The tool that wrote it.
    public var origin = ""
    /// The project file inside the archive.
    public var projectEntry = ""
    /// Text sources in the project.
    public var textSources = 0
    /// Text sources whose text was not in the archive.
    public var sourcesWithoutText = 0
    /// Picture, PDF, audio and video sources.
    public var otherSources = 0
    /// Plain-text selections with codings, in all text sources.
    public var selections = 0
    /// Of those, placed on segments.
    public var placedSelections = 0
    /// Codings made.
    public var codings = 0
    /// Names replaced by the study's redaction list.
    public var redactions = 0

    /// Creates empty figures.
    public init() {}
  }

  /// The codebook, or nil when the project has no codes.
  public var codebook: Codebook?
  /// The transcripts, in the project's order.
  public var transcripts: [Transcript]
  /// Codings by transcript and coder; the consensus is under `Coder.consensus`.
  public var sheets: [TranscriptID: [Coder: CodingSheet]]
  /// How positions were counted.
  public var scheme: RefiPositionScheme
  /// Why.
  public var evidence: RefiPositionScheme.Evidence
  /// The figures.
  public var summary: Summary

  /// Creates an empty import.
  public init(
    codebook: Codebook? = nil, transcripts: [Transcript] = [],
    sheets: [TranscriptID: [Coder: CodingSheet]] = [:], scheme: RefiPositionScheme = .codePoints,
    evidence: RefiPositionScheme.Evidence = .noDifference, summary: Summary = Summary()
  ) {
    self.codebook = codebook
    self.transcripts = transcripts
    self.sheets = sheets
    self.scheme = scheme
    self.evidence = evidence
    self.summary = summary
  }

  /// The coders with codings, in order (the consensus left out).
  public var coders: [Coder] {
    Set(sheets.values.flatMap(\.keys)).filter { $0 != .consensus }.sorted()
  }
}
