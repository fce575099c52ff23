import ThemaCore
import ThemaStore

/// `thema codings <ID>`: the codings of a transcript with the text they apply to.
enum CodingsCommand: Command {
  static let spec = CommandSpec(
    name: "codings", group: .coding,
    abstract: "List a transcript's codings with the text of each coded segment",
    discussion: """
      Lists every coding of the transcript, segment by segment: the segment's speaker and text, \
      then each code with its name, the coder, the quoted span (when the coding narrows to one), \
      a star for an illustrative quote, and the memo. Without --coder, every coder's codings are \
      shown side by side. --format tsv prints a coder's file as stored.
      """,
    arguments: [ArgumentSpec("ID", help: "The transcript, e.g. PM-01", completion: .transcripts)],
    options: [
      OptionSpec("--coder", value: "NAME", help: "Only this coder's codings", completion: .coders),
      OptionSpec(
        "--format", value: "FORMAT", help: "text (default) or tsv (needs --coder)",
        choices: ["text", "tsv"]),
    ],
    examples: [
      Example("thema codings PM-01", "Both coders' codings of PM-01."),
      Example("thema codings PM-01 --coder alice", "Only alice's."),
    ])

  static func run(_ context: inout CommandContext) throws -> Int32 {
    let (_, study) = try context.loadStudy()
    let transcript = try study.transcript(named: context.arguments.argument("ID") ?? "")
    let codebook = CodebookIndex(try study.codebook(for: transcript))
    let available = study.sheets[transcript.id] ?? [:]
    var sheets = available.values.sorted { $0.coder < $1.coder }
    if let name = context.arguments.value("--coder") {
      guard let coder = Coder(rawValue: name) else { throw Problem.invalidCoderName(name) }
      guard let sheet = available[coder] else {
        throw CommandFailure(
          "\(name) has not coded \(transcript.id) yet"
            + (available.isEmpty
              ? ""
              : " (coded by " + available.keys.sorted().map(\.rawValue).joined(separator: ", ")
                + ")"))
      }
      sheets = [sheet]
    }
    if context.arguments.value("--format") == "tsv" {
      guard sheets.count == 1, let sheet = sheets.first else {
        throw UsageError.missingOption(name: "--coder", valueName: "NAME")
      }
      context.out.write(sheet.tsv())
      return 0
    }
    context.out.write(
      render(transcript, codebook: codebook, sheets: sheets, style: context.outStyle))
    return 0
  }

  static func render(
    _ transcript: Transcript, codebook: CodebookIndex, sheets: [CodingSheet], style: TextStyle
  ) -> String {
    let attributes = ["group", "county"].compactMap { transcript.attributes[$0] }
    var text = style.bold(transcript.id.rawValue) + "  " + attributes.joined(separator: ", ")
    text += style.dim("  (codebook \(codebook.codebook.name))") + "\n"
    for sheet in sheets {
      let done = sheet.isDone ? ", marked done" : ""
      text +=
        "\(sheet.coder): \(plural(sheet.codings.count, "coding")) on \(sheet.codedSegments.count) "
        + "of \(transcript.segments.count) segments\(done)\n"
    }
    if sheets.isEmpty { return text + "No codings yet.\n" }
    var bySegment: [SegmentID: [(Coder, Coding)]] = [:]
    for sheet in sheets {
      for coding in sheet.codings {
        bySegment[coding.segment, default: []].append((sheet.coder, coding))
      }
    }
    for segment in transcript.segments {
      guard let codings = bySegment[segment.id] else { continue }
      let time = segment.start.map { "  \($0)" } ?? ""
      text += "\n" + style.bold("\(segment.id)") + "  \(segment.speaker)" + style.dim(time) + "\n"
      text += style.dim(TextWrap.indented(segment.text, width: Help.width, indent: 4)) + "\n"
      for (coder, coding) in codings {
        let name = codebook.entry(coding.code)?.code.name ?? "(not in the codebook)"
        var line = "    " + style.bold(coding.code.description) + "  \(name)"
        if sheets.count > 1 { line += style.dim("  [\(coder)]") }
        if coding.isQuote { line += "  ★" }
        if coding.flags.contains(.unsure) { line += "  ?" }
        text += line + "\n"
        if let span = coding.span, let quote = span.slice(of: segment.text) {
          text += TextWrap.indented("“\(quote)”  (\(span))", width: Help.width, indent: 6) + "\n"
        }
        if !coding.memo.isEmpty {
          text +=
            style.dim(TextWrap.indented("memo: \(coding.memo)", width: Help.width, indent: 6))
            + "\n"
        }
      }
    }
    return text
  }
}
