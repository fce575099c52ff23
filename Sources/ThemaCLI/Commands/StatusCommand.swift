import ThemaCore
import ThemaStore

/// `thema status`: the study at a glance.
enum StatusCommand: Command {
  static let spec = CommandSpec(
    name: "status", group: .study,
    abstract: "The study at a glance: codebooks, transcripts by group, coders and their progress",
    discussion: """
      Shows the codebooks, the transcripts by group, each coder's progress on each transcript \
      (segments with at least one code, of all segments; a check mark when the coder marked the \
      transcript done) and which transcripts two coders have coded, ready for 'thema agree'.
      """,
    examples: [Example("thema status", "Show the study in the current folder.")])

  static func run(_ context: inout CommandContext) throws -> Int32 {
    let (project, study) = try context.loadStudy()
    let style = context.outStyle
    let coders = study.coders
    let doubleCoded = study.transcriptIDs.filter { study.coders(of: $0).count >= 2 }
    var text = style.bold("Study") + "  " + project.root + "\n"
    text +=
      "  \(plural(study.transcripts.count, "transcript")) · \(plural(study.codebooks.count, "codebook")) · "
      + "\(plural(coders.count, "coder"))"
      + (coders.isEmpty ? "" : " (" + coders.map(\.rawValue).joined(separator: ", ") + ")")
      + " · \(doubleCoded.count) double-coded\n"
    text += codebooks(study, style: style)
    text += groups(study, style: style)
    text += attributes(study, style: style)
    text += progress(study, coders: coders, style: style)
    if doubleCoded.isEmpty {
      text += "\nNo transcript is coded by two coders yet.\n"
    } else {
      text +=
        "\nDouble-coded: " + doubleCoded.map(\.rawValue).joined(separator: ", ")
        + ". Compare the coders with 'thema agree'.\n"
      let resolved = doubleCoded.filter { study.consensus[$0]?.isDone == true }
      let inProgress = doubleCoded.filter { study.consensus[$0].map { !$0.isDone } ?? false }
      let open = doubleCoded.filter { study.consensus[$0] == nil }
      var parts: [String] = []
      if !resolved.isEmpty {
        parts.append("resolved " + resolved.map(\.rawValue).joined(separator: ", "))
      }
      if !inProgress.isEmpty {
        parts.append("in progress " + inProgress.map(\.rawValue).joined(separator: ", "))
      }
      if !open.isEmpty {
        parts.append("not yet resolved " + open.map(\.rawValue).joined(separator: ", "))
      }
      text +=
        "Consensus: " + parts.joined(separator: "; ") + " ('thema diff ID', 'thema resolve ID').\n"
    }
    context.out.write(text)
    return 0
  }

  private static func codebooks(_ study: Study, style: TextStyle) -> String {
    var table = TextTable(headers: [])
    for name in study.codebookNames {
      guard let codebook = study.codebooks[name] else { continue }
      let entries = codebook.flattened()
      let top = entries.filter { $0.depth == 1 }.count
      let topName = codebook.levelName(depth: 1).lowercased()
      table.add([name, codebook.title, "\(plural(top, topName)), \(plural(entries.count, "code"))"])
    }
    let body =
      table.rows.isEmpty ? "  none yet: write one as Codebooks/NAME.md\n" : table.render(indent: 2)
    return "\n" + style.bold("Codebooks") + "\n" + body
  }

  private static func groups(_ study: Study, style: TextStyle) -> String {
    var byGroup: [String: [TranscriptID]] = [:]
    for id in study.transcriptIDs {
      let group = study.transcripts[id]?.attributes["group"] ?? "(no group)"
      byGroup[group, default: []].append(id)
    }
    var table = TextTable(headers: [], alignments: [.left, .right, .left])
    for group in byGroup.keys.sorted(by: NaturalOrder.less) {
      let ids = byGroup[group] ?? []
      table.add([group, "\(ids.count)", ids.map(\.rawValue).joined(separator: " ")])
    }
    return "\n" + style.bold("Transcripts by group") + "\n" + table.render(indent: 2)
  }

  private static func progress(_ study: Study, coders: [Coder], style: TextStyle) -> String {
    guard !study.transcripts.isEmpty else {
      return "\nNo transcripts yet: add them with 'thema import'.\n"
    }
    var table = TextTable(
      headers: ["ID", "group", "county", "segments"] + coders.map(\.rawValue),
      alignments: [.left, .left, .left, .right] + coders.map { _ in .left })
    for id in study.transcriptIDs {
      guard let transcript = study.transcripts[id] else { continue }
      var row = [
        id.rawValue, transcript.attributes["group"] ?? "", transcript.attributes["county"] ?? "",
        "\(transcript.segments.count)",
      ]
      for coder in coders {
        if let sheet = study.sheets[id]?[coder] {
          row.append("\(sheet.codedSegments.count) coded" + (sheet.isDone ? " ✓" : ""))
        } else {
          row.append("-")
        }
      }
      table.add(row)
    }
    return "\n" + style.bold("Coding progress")
      + style.dim("  (segments with a code; ✓ marked done)")
      + "\n" + table.render(indent: 2, headerStyle: style.dim)
  }
}

/// `3 transcripts`, `1 codebook`.
func plural(_ count: Int, _ noun: String) -> String {
  count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
}
