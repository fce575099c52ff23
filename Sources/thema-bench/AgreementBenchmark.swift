import Foundation
import ThemaCore

/// The full agreement report on a generated study in memory: every code at both levels (as coded
/// and rolled up to themes), every coefficient, per-code CIs and the pooled kappa's jackknife.
enum AgreementBenchmark: Benchmark {
  static let name = "agree"
  static let summary = "thema agree's full report (both levels, every figure, jackknife)"

  static func run(_ options: BenchOptions) throws -> [Figure] {
    let corpus = SyntheticCorpus.make(options.size)
    let study = corpus.study
    let segments = corpus.transcripts.reduce(0) { $0 + $1.segments.count }
    let codings = Dictionary(grouping: corpus.sheets, by: \.coder).mapValues {
      $0.reduce(0) { $0 + $1.codings.count }
    }
    func report(_ unit: AgreementUnit, _ level: AgreementLevel) throws -> AgreementReport {
      try study.agreementReport(
        AgreementRequest(settings: AgreementSettings(unit: unit, level: level)))
    }
    let (full, reports) = try Measure.median(options.repetitions) {
      (try report(.segment, .asCoded), try report(.segment, .theme))
    }
    guard let pair = reports.0.comparisons.first?.pair,
      case .binary(let overall) = pair.overall
    else { throw CorpusWriter.Failure("the generated study gave no comparison") }
    var figures = [
      Figure(label: "transcripts", value: Double(corpus.transcripts.count), unit: ""),
      Figure(label: "segments", value: Double(segments), unit: ""),
      Figure(
        label: "codes in the codebook", value: Double(corpus.codebook.flattened().count), unit: ""),
      Figure(
        label: "codings (alice)",
        value: Double(codings.first { $0.key.rawValue == "alice" }?.value ?? 0), unit: ""),
      Figure(
        label: "codings (bob)",
        value: Double(codings.first { $0.key.rawValue == "bob" }?.value ?? 0), unit: ""),
      Figure(label: "codes compared (as coded)", value: Double(pair.codes.count), unit: ""),
      Figure(label: "pooled kappa (as coded)", value: overall.pooled.value.value ?? .nan, unit: ""),
      Figure(label: "full report, segments, both levels (median)", value: full, unit: "s"),
    ]
    let (json, _) = Measure.median(options.repetitions) { reports.0.json().count }
    figures.append(Figure(label: "JSON of the as-coded report (median)", value: json, unit: "s"))
    for unit in [AgreementUnit.document, .character, .overlap] {
      let (seconds, _) = try Measure.median(options.repetitions) { try report(unit, .asCoded) }
      figures.append(
        Figure(label: "\(unit.rawValue) unit, as coded (median)", value: seconds, unit: "s"))
    }
    figures.append(Figure(label: "peak memory", value: Measure.peakMemoryMiB(), unit: "MiB"))
    return figures
  }
}
