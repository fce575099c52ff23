import ThemaCore
import ThemaStore

/// What `thema import` prints on standard output: a line per file and a total, then where
/// names were redacted.
enum ImportSummary {
  /// The table of files and the total line.
  static func render(_ results: [ImportResult], dryRun: Bool, style: TextStyle) -> String {
    var table = TextTable(
      headers: ["file", "ID", "format", "segments", "speakers", "warnings", "result"],
      alignments: [.left, .left, .left, .right, .left, .right, .left])
    for result in results {
      let failed = result.outcome == .failed
      table.add([
        result.source, result.id?.rawValue ?? "-", result.format?.rawValue ?? "-",
        failed ? "-" : "\(result.segments)", failed ? "-" : speakers(result.speakers),
        "\(result.warnings)", outcome(result.outcome, dryRun: dryRun),
      ])
    }
    var counts: [String] = []
    for kind in [ImportOutcome.created, .replaced, .unchanged, .failed] {
      let count = results.filter { $0.outcome == kind }.count
      if count > 0 { counts.append("\(count) \(outcome(kind, dryRun: dryRun))") }
    }
    let segments = results.filter { $0.outcome != .failed }.reduce(0) { $0 + $1.segments }
    var total =
      "Total: \(plural(results.count, "file")), \(plural(segments, "segment"))"
      + (counts.isEmpty ? "" : "; " + counts.joined(separator: ", ")) + "."
    if dryRun { total += " Dry run: nothing was written." }
    return table.render(headerStyle: style.dim) + total + "\n"
  }

  /// One line per file with redactions: each name, how often, and in which segments.
  static func redactions(_ results: [ImportResult]) -> String {
    var text = ""
    for result in results where result.outcome != .failed && result.redactions.total > 0 {
      let names = result.redactions.entries.map { entry in
        "'\(entry.name)' \(entry.count)× (\(entry.segments.map(\.rawValue).joined(separator: ", ")))"
      }
      text +=
        "Redacted in \(result.id?.rawValue ?? result.source): " + names.joined(separator: "; ")
        + "\n"
    }
    return text
  }

  private static func speakers(_ names: [String]) -> String {
    guard names.count > 3 else { return names.joined(separator: ", ") }
    return names.prefix(3).joined(separator: ", ") + " +\(names.count - 3)"
  }

  private static func outcome(_ outcome: ImportOutcome, dryRun: Bool) -> String {
    switch outcome {
    case .created: return dryRun ? "would create" : "created"
    case .replaced: return dryRun ? "would replace" : "replaced"
    case .unchanged: return "unchanged"
    case .failed: return "failed"
    }
  }
}
