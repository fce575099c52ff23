/// Why agreement cannot be computed for what was asked, as data; the wording is in
/// `AgreementProblem+Message.swift`.
public enum AgreementProblem: Error, Hashable, Sendable {
  /// A coder named in `--coders` has no codings in the project.
  case unknownCoder(name: String, known: [String])
  /// The same coder is named twice in `--coders`.
  case coderNamedTwice(String)
  /// Fewer than two coders to compare: `given` when `--coders` named them.
  case fewerThanTwoCoders(given: [String], known: [String])
  /// No two of the coders coded the same transcript; `coded` lists each coder's transcripts.
  case noSharedTranscripts(coders: [String], coded: [String: [String]])
  /// A transcript named on the command line that fewer than two of the coders coded.
  case transcriptNotDoubleCoded(transcript: String, codedBy: [String])
  /// `--codebook` names a codebook none of the double-coded transcripts uses.
  case noTranscriptsWithCodebook(codebook: String, used: [String])
  /// `--by` names an attribute none of the compared transcripts has.
  case unknownAttribute(name: String, available: [String])
}
