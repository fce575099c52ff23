import ThemaCore
import ThemaStore

/// `thema tour`: the whole path of an analysis on the study at hand, one step per section,
/// each with the command that goes deeper.
enum TourCommand: Command {
  static let spec = CommandSpec(
    name: "tour", group: .study,
    abstract: "The whole analysis at a glance: study, agreement, consensus and a quote table",
    discussion: """
      Walks the path of a thematic analysis on the study in the current folder: what the study \
      holds, how well the coders agree, which disagreements a lead has resolved, and the start \
      of the first thematic quote table, each with the command to see more. On the sample study \
      of this repository it is the quickest way to see what Thema does. Nothing is written.
      """,
    examples: [Example("thema tour", "The tour of the study in the current folder.")])

  static func run(_ context: inout CommandContext) throws -> Int32 {
    let (project, study) = try context.loadStudy()
    let style = context.outStyle
    var text = style.bold("A tour of the study in \(project.root)") + "\n"
    if study.transcripts.values.contains(where: {
      $0.attributes["note"]?.contains("Synthetic") == true
    }) {
      text +=
        style.dim("(a synthetic, de-identified sample study: every command below runs on it)")
        + "\n"
    }
    text += step(1, "The study", command: "thema status", style: style)
    text += overview(study)
    text += step(
      2, "Agreement of coders who coded the same transcripts", command: "thema agree", style: style)
    text += agreement(study, style: style)
    text += step(
      3, "Consensus on their disagreements", command: "thema diff, thema resolve",
      style: style)
    text += consensus(study)
    text += step(
      4, "Illustrative quotes by theme, for the paper", command: "thema table --format docx",
      style: style)
    text += table(study, style: style)
    text += step(5, "Coding", command: "thema code ID --coder NAME", style: style)
    text +=
      TextWrap.indented(
        "Each coder codes in a full-screen terminal view ('?' lists the keys), blind to the "
          + "others; every change is saved before the next key is read. Exports/ holds every "
          + "table and report ('thema export --all' makes them again).", width: Help.width,
        indent: 3)
      + "\n"
    context.out.write(text)
    return 0
  }

  private static func step(_ number: Int, _ title: String, command: String, style: TextStyle)
    -> String
  {
    "\n" + style.bold("\(number). \(title)") + style.dim("   \(command)") + "\n"
  }

  private static func overview(_ study: Study) -> String {
    var groups: [String: Int] = [:]
    for transcript in study.transcripts.values {
      groups[transcript.attributes["group"] ?? "no group", default: 0] += 1
    }
    let groupText = groups.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(
      separator: ", ")
    let coders = study.coders.map(\.rawValue).joined(separator: ", ")
    return
      "   \(plural(study.transcripts.count, "transcript")): \(groupText)\n"
      + "   \(plural(study.codebooks.count, "codebook")): \(study.codebookNames.joined(separator: ", "))\n"
      + "   coders: \(coders.isEmpty ? "none yet" : coders)\n"
  }

  private static func agreement(_ study: Study, style: TextStyle) -> String {
    guard let report = try? study.agreementReport(AgreementRequest()) else {
      return "   No transcript is coded by two coders yet.\n"
    }
    var text = ""
    for section in report.sections {
      for pair in section.pairs {
        text +=
          "   \(section.codebook): \(pair.coders.joined(separator: " and ")) on "
          + pair.transcripts.map(\.rawValue).joined(separator: ", ") + "\n"
        for line in pair.overallLines
        where line.label.hasPrefix("Pooled kappa") || line.label.hasPrefix("Percent agreement") {
          let label = line.label.components(separatedBy: " (").first ?? line.label
          text += "     \(label): \(line.value)\n"
        }
      }
    }
    return text
      + style.dim("   (per code, CIs, alpha, AC1 and what each figure counts: thema agree)") + "\n"
  }

  private static func consensus(_ study: Study) -> String {
    let doubleCoded = study.transcriptIDs.filter { study.coders(of: $0).count >= 2 }
    guard !doubleCoded.isEmpty else { return "   Nothing to resolve yet.\n" }
    var lines: [String] = []
    for id in doubleCoded {
      if let consensus = study.consensus[id] {
        let decisions = (study.decisions[id]?.inForce() ?? [:]).values.filter {
          $0.decision != "agreement"
        }
        let explained = decisions.filter { !$0.rationale.isEmpty }.count
        lines.append(
          "   \(id): " + (consensus.isDone ? "resolved" : "in progress") + " by "
            + (study.decisions[id]?.records.last?.lead ?? "the lead")
            + ", \(plural(decisions.count, "decision")) (\(explained) with a rationale)")
        continue
      }
      let coders = study.coders(of: id)
      guard let transcript = study.transcripts[id],
        let codebook = try? study.codebook(for: transcript),
        let first = study.sheets[id]?[coders[0]], let second = study.sheets[id]?[coders[1]]
      else { continue }
      let plan = ResolutionPlan(
        transcript: transcript, first: first, second: second, codebook: CodebookIndex(codebook))
      lines.append("   \(id): \(plural(plan.disagreements.count, "disagreement")) to resolve")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func table(_ study: Study, style: TextStyle) -> String {
    let codebook = study.codebookNames.compactMap { study.codebooks[$0] }.max { lhs, rhs in
      study.transcripts.values.filter { $0.codebookName == lhs.name }.count
        < study.transcripts.values.filter { $0.codebookName == rhs.name }.count
    }
    guard let codebook, let first = codebook.codes.first,
      let collation = try? Collation(study: study, codebook: codebook, source: .automatic),
      let table = try? QuoteTable.build(
        collation, domain: CodePath(components: [first.id]),
        options: CollateOptions(quotesPerRow: 1, maxWords: 30)),
      let section = table.sections.first
    else { return "   No codings to tabulate yet.\n" }
    var text =
      "   " + style.bold("\(section.label). \(section.name)")
      + " (N = \(table.interviews))\n"
    for row in section.rows where row.depth == 2 {
      text += "   \(row.label): \(row.name)  " + style.dim("[\(row.interviews) interviews]") + "\n"
      for quote in row.quotes {
        text +=
          TextWrap.indented(
            "\(QuoteText.quoted(quote.text)) (\(quote.attribution))", width: Help.width, indent: 6)
          + "\n"
      }
    }
    return text
      + style.dim("   (subthemes, more quotes and every table: thema table; Exports/tables/)")
      + "\n"
  }
}
