/// The shape of a generated study: how many transcripts of how many words, how big a codebook,
/// and how often the two coders agree.
struct CorpusSize: Sendable, Codable, Equatable {
  /// The preset's name (`small`, `study`, `archive`), or `custom` once a number is changed.
  var name: String
  /// How many transcripts.
  var transcripts: Int
  /// Words per transcript.
  var words: Int
  /// About how many codes the codebook has (tables x themes x subthemes).
  var codes = 200
  /// The chance that the second coder makes the same decision as the first.
  var agreement = 0.8

  /// A pilot: 20 interviews of 2,000 words.
  static let small = CorpusSize(name: "small", transcripts: 20, words: 2_000)
  /// A typical study: 100 interviews of 5,000 words.
  static let study = CorpusSize(name: "study", transcripts: 100, words: 5_000)
  /// The archive: 1,000 interviews of 10,000 words, about 300,000 codings per coder.
  static let archive = CorpusSize(name: "archive", transcripts: 1_000, words: 10_000)

  static let presets = [small, study, archive]

  /// One line for the report: `archive: 1,000 transcripts x 10,000 words, 200 codes, ...`.
  var description: String {
    "\(name): \(Format.count(transcripts)) transcripts x \(Format.count(words)) words, "
      + "about \(codes) codes, two coders agreeing on \(Int((agreement * 100).rounded()))% "
      + "of decisions"
  }
}
