/// Who applied which code where: the units of one comparison (segments, runs of characters or
/// transcripts) with each coder's codes on each, at one level.
///
/// Only units where at least one coder applied a code are stored; every other unit is "neither"
/// for every code and only counted. Units are grouped into clusters for the jackknife: a segment
/// (its runs of characters, for the character unit), or a transcript. `thema diff` can list the
/// disagreements from the same cells the figures come from.
public struct AgreementCells: Sendable {
  /// Where a unit is.
  public struct Location: Hashable, Sendable {
    /// The transcript's position in `transcripts`.
    public var transcript: Int
    /// The segment's position in the transcript, or nil for a whole transcript.
    public var segment: Int?
    /// The characters of the segment's text, for the character unit; nil for a whole segment.
    public var span: TextSpan?
  }

  /// A group of units left out together by the jackknife.
  public struct Cluster: Hashable, Sendable {
    /// Units of the comparison it holds in all (a segment's characters), coded or not.
    public var weight: Int
    /// Its stored units.
    public var units: Range<Int>
  }

  /// The unit.
  public let unit: AgreementUnit
  /// The codes told apart.
  public let categories: CodeCategories
  /// The coding sets compared, by name.
  public let coders: [String]
  /// The transcripts compared.
  public let transcripts: [TranscriptID]
  /// For each transcript, which coders coded it; a coder who did not has missing ratings there.
  public let raters: [[Bool]]
  /// For each transcript, how many units it has in all (segments, characters, or 1).
  public private(set) var transcriptWeights: [Int]
  /// Where each stored unit is.
  public private(set) var locations: [Location] = []
  /// How many units of the comparison each stored unit stands for (characters in a run, else 1).
  public private(set) var weights: [Int] = []
  /// Clusters with stored units, in order.
  public private(set) var clusters: [Cluster] = []
  /// Clusters without stored units, as weight → how many.
  public private(set) var emptyClusters: [Int: Int] = [:]
  private var codeStorage: [Int32] = []
  private var codeBounds: [Int] = [0]

  /// The number of units of the comparison, coded or not.
  public var totalWeight: Int { transcriptWeights.reduce(0, +) }

  /// The number of stored units.
  public var count: Int { locations.count }

  /// The categories (positions in `categories.paths`) `coder` applied to stored unit `unit`,
  /// ascending.
  public func codes(unit: Int, coder: Int) -> ArraySlice<Int32> {
    let slot = unit * coders.count + coder
    return codeStorage[codeBounds[slot]..<codeBounds[slot + 1]]
  }

  init(
    unit: AgreementUnit, categories: CodeCategories, coders: [String],
    transcripts: [TranscriptID], raters: [[Bool]]
  ) {
    self.unit = unit
    self.categories = categories
    self.coders = coders
    self.transcripts = transcripts
    self.raters = raters
    self.transcriptWeights = Array(repeating: 0, count: transcripts.count)
  }

  mutating func addWeight(_ weight: Int, toTranscript transcript: Int) {
    transcriptWeights[transcript] += weight
  }

  /// Starts a cluster of `weight` units; the units appended until the next call belong to it.
  mutating func beginCluster(weight: Int) {
    clusters.append(Cluster(weight: weight, units: count..<count))
  }

  /// Closes the current cluster, or counts it as empty when it got no units.
  mutating func endCluster() {
    guard let last = clusters.last else { return }
    if last.units.lowerBound == count {
      clusters.removeLast()
      emptyClusters[last.weight, default: 0] += 1
    } else {
      clusters[clusters.count - 1].units = last.units.lowerBound..<count
    }
  }

  /// Counts `count` clusters of `weight` units that nobody coded.
  mutating func addEmptyClusters(weight: Int, count: Int) {
    guard count > 0 else { return }
    emptyClusters[weight, default: 0] += count
  }

  /// Appends a unit; `codes[k]` are coder k's categories, ascending and unique.
  mutating func append(_ location: Location, weight: Int, codes: [[Int32]]) {
    locations.append(location)
    weights.append(weight)
    for coderCodes in codes {
      codeStorage.append(contentsOf: coderCodes)
      codeBounds.append(codeStorage.count)
    }
  }
}
