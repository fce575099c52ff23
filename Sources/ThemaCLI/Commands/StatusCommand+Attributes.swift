import ThemaCore

extension StatusCommand {
  /// Attributes shown apart or not summarized: the group has its own table, and provenance and
  /// notes differ per transcript.
  static let unsummarizedAttributes: Set<String> = [
    "group", "codebook", "note", "source", "source-format", "source-sha256",
  ]

  /// The transcripts' attributes (county, arm, wave, ...), each with its values and how many
  /// transcripts have each, for splitting tables later; `(none)` counts transcripts without it.
  static func attributes(_ study: Study, style: TextStyle) -> String {
    var values: [String: [String: Int]] = [:]
    for transcript in study.transcripts.values {
      for (key, value) in transcript.attributes where !unsummarizedAttributes.contains(key) {
        values[key, default: [:]][value, default: 0] += 1
      }
    }
    guard !values.isEmpty else { return "" }
    var table = TextTable(headers: [])
    for key in values.keys.sorted(by: NaturalOrder.less) {
      let counts = values[key] ?? [:]
      let ordered = counts.keys.sorted {
        counts[$0] != counts[$1] ? (counts[$0] ?? 0) > (counts[$1] ?? 0) : NaturalOrder.less($0, $1)
      }
      var parts = ordered.prefix(5).map { "\($0) \(counts[$0] ?? 0)" }
      if ordered.count > 5 { parts.append("+\(ordered.count - 5) more") }
      let missing = study.transcripts.count - counts.values.reduce(0, +)
      if missing > 0 { parts.append("(none) \(missing)") }
      table.add([key, parts.joined(separator: " · ")])
    }
    return "\n" + style.bold("Attributes") + style.dim("  (transcripts with each value)") + "\n"
      + table.render(indent: 2)
  }
}
