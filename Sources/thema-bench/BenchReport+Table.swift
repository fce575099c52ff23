import Foundation

extension BenchReport {
  /// The report for a person: a header saying what was measured on what, one row per stage,
  /// each stage's details, the budgets' verdicts and, after `peers`, the side-by-side table.
  func table() -> String {
    var out = "thema-bench, \(size.description)\n"
    out += "machine: \(machine.description)"
    if let start = machine.loadAverageAtStart {
      out += String(format: "; load average %.2f at the start", start)
      if let end = machine.loadAverageAtEnd { out += String(format: ", %.2f at the end", end) }
    }
    out += "\n"
    if let corpusBytes {
      out += "corpus: \(Format.megabytes(corpusBytes)) on disk"
      if let corpusPath { out += ", kept at \(corpusPath)" }
      out += "\n"
    }
    out +=
      "\(repetitions) runs a stage; "
      + (inProcess
        ? "every stage in this one process (peak memory is the process's so far)"
        : "each stage in a process of its own (peak memory is that process's)") + "\n\n"
    out += stageTable()
    for stage in stages { if let reason = stage.skipped { out += "  \(stage.name): \(reason)\n" } }
    out += detailLines()
    out += budgetLines()
    out += peerTable()
    if let failure { out += "\nfailed: \(failure)\n" }
    return out
  }

  private func stageTable() -> String {
    var rows = [["stage", "median", "min-max", "cpu", "peak memory", "budget", "measured", ""]]
    for stage in stages where stage.peers.isEmpty {
      guard let median = stage.median, let minimum = stage.minimum, let maximum = stage.maximum
      else {
        let reason = stage.skipped ?? "no samples"
        rows.append([stage.name, "-", reason.hasPrefix("failed") ? "failed" : "skipped"])
        continue
      }
      var spread = "\(Format.duration(minimum))-\(Format.duration(maximum))"
      if let percentile = stage.percentile99 { spread += ", p99 \(Format.duration(percentile))" }
      var memory = stage.peakMemoryMiB.map { String(format: "%.0f MiB", $0) } ?? "-"
      if let ratio = stage.memoryRatio {
        memory += String(format: " %.1fx", ratio) + (stage.memoryBudgetMet == false ? "!" : "")
      }
      let verdict: String
      switch (stage.budgetMet, stage.memoryBudgetMet) {
      case (false, _): verdict = "MISSED"
      case (_, false): verdict = "MISSED (memory)"
      case (true, _): verdict = "met"
      default: verdict = ""
      }
      rows.append([
        stage.name + (stage.sampleName == "run" ? "" : " (per \(stage.sampleName))"),
        Format.duration(median), spread,
        stage.processorSeconds.map(Format.duration) ?? "-", memory, stage.budget?.text ?? "",
        stage.budgetMeasured ?? "", verdict,
      ])
    }
    return Self.columns(rows)
  }

  private func detailLines() -> String {
    var out = ""
    for stage in stages where !stage.details.isEmpty {
      let figures = stage.details.map { detail in
        "\(detail.label) \(Format.number(detail.value))\(detail.unit.isEmpty ? "" : " " + detail.unit)"
      }
      out += "  \(stage.name): " + figures.joined(separator: "; ") + "\n"
    }
    return out.isEmpty ? "" : "\ndetails\n" + out
  }

  private func budgetLines() -> String {
    let measured = stages.filter { $0.memoryRatio != nil }
    guard !measured.isEmpty || stages.contains(where: { $0.budget != nil }) else { return "" }
    var out = "\nbudgets (the issue's, set for --size archive on this 2-core machine"
    out += size.name == "archive" ? "):\n" : "; shown here for reference):\n"
    for stage in stages where stage.budgetMeasured != nil {
      out +=
        "  \(stage.name) \(stage.budget?.text ?? ""): \(stage.budgetMeasured ?? ""), "
        + (stage.budgetMet.map { $0 ? "met" : "MISSED" } ?? "not judged at this size") + "\n"
    }
    if !measured.isEmpty && measured.contains(where: { $0.memoryBudgetMet != nil }) {
      let over = measured.filter { $0.memoryBudgetMet == false }.map { stage in
        "\(stage.name) " + String(format: "%.1fx", stage.memoryRatio ?? 0)
      }
      out +=
        "  peak memory < \(Format.number(StageResult.memoryFactor))x the corpus (or input) on "
        + "disk: "
        + (over.isEmpty
          ? "met by all \(measured.count) stages measured"
          : "MISSED by \(over.joined(separator: ", "))") + "\n"
    }
    return out
  }

  private func peerTable() -> String {
    let compared = stages.filter { !$0.peers.isEmpty }
    guard !compared.isEmpty else { return "" }
    var rows = [
      ["operation", "thema", "min-max", "cpu", "peak memory", "peers", "faster", "goal 20x"]
    ]
    for stage in compared {
      let peers = stage.peers.map { "\($0.tool) \(Format.duration($0.seconds))" }
      rows.append([
        stage.name.replacingOccurrences(of: "peers: ", with: ""),
        stage.median.map(Format.duration) ?? "-",
        (stage.minimum.map(Format.duration) ?? "-") + "-"
          + (stage.maximum.map(Format.duration) ?? "-"),
        stage.processorSeconds.map(Format.duration) ?? "-",
        stage.peakMemoryMiB.map { String(format: "%.0f MiB", $0) } ?? "-",
        peers.joined(separator: ", "),
        stage.peerRatio.map { String(format: "%.0fx", $0) } ?? "-",
        stage.peerRatio.map { $0 >= 20 ? "met" : "MISSED" } ?? "-",
      ])
    }
    var out = "\nagainst the peers on gen_corpus.py's corpus (whole processes, wall time; "
    out += "the peers' figures are PEERS.md's, \"faster\" is against the fastest peer)\n"
    out += Self.columns(rows)
    for stage in compared { out += "  \(stage.name.dropFirst(7)): \(stage.summary)\n" }
    return out
  }

  /// Rows padded into columns two spaces apart.
  static func columns(_ rows: [[String]]) -> String {
    let count = rows.map(\.count).max() ?? 0
    var widths = Array(repeating: 0, count: count)
    for row in rows {
      for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
    }
    return rows.map { row in
      row.enumerated().map { index, cell in
        cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
      }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
    }.joined(separator: "\n") + "\n"
  }
}
