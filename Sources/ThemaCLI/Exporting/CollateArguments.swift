import ThemaCore

/// The options `thema report`, `thema table` and `thema export` share, read from the command
/// line: which codebook, which codings, attribution, split and quote length.
enum CollateArguments {
  /// `--source`, `--attribution`, `--by` and `--max-words`, shared by every collating command.
  static let options: [OptionSpec] = [
    OptionSpec(
      "--source", value: "SOURCE",
      help:
        "Which codings: auto (the consensus where there is one, else the coders'), consensus, "
        + "coder:NAME, union or intersection (default: auto)"),
    OptionSpec(
      "--by", value: "ATTRIBUTE",
      help: "Count interviews by this transcript attribute too, e.g. county"),
    OptionSpec(
      "--attribution", value: "TEMPLATE",
      help:
        "Who said a quote, from transcript attributes (default: '{group}, {county}'; the ID "
        + "always comes first), e.g. '{group}, {county} County'"),
  ]

  /// Options for files: `--out`, `--bom`, `--allow-identifiers`.
  static let outputOptions: [OptionSpec] = [
    OptionSpec(
      "--out", value: "FILE",
      help: "Write to this file inside the study (default: standard output)", completion: .files),
    OptionSpec("--bom", help: "CSV only: start with a byte-order mark, so Excel reads UTF-8"),
    OptionSpec(
      "--allow-identifiers",
      help: "Export even when a quote holds a name from .thema/redactions.txt (warns instead)"),
  ]

  /// The collate options given on the command line.
  static func collateOptions(_ arguments: ParsedArguments) throws -> CollateOptions {
    var options = CollateOptions()
    if let text = arguments.value("--source") {
      guard let source = CodingSource(parsing: text) else {
        throw UsageError.invalidValue(
          option: "--source", value: text,
          expected: "auto, consensus, coder:NAME, union or intersection")
      }
      options.source = source
    }
    if let template = arguments.value("--attribution") {
      options.attribution = try exporting { () throws(ExportProblem) in
        try Attribution(parsing: template)
      }
    }
    options.splitBy = arguments.value("--by")
    if let quotes = try arguments.integer("--quotes", in: 0...20) { options.quotesPerRow = quotes }
    if let words = try arguments.integer("--max-words", in: 5...1000) { options.maxWords = words }
    return options
  }

  /// The codebook to collate: `--codebook`, else the study's only one, else the one codebook
  /// in which every reference in `references` resolves.
  static func codebook(_ study: Study, named name: String?, references: [String]) throws -> Codebook
  {
    if let name { return try study.codebook(named: name) }
    let names = study.codebookNames
    if names.count == 1, let only = study.codebooks[names[0]] { return only }
    guard !references.isEmpty, !names.isEmpty else {
      if names.isEmpty { throw Problem.unknownCodebook(name: "(none)", available: []) }
      throw Problem.exporting(.codebookNeeded(available: names))
    }
    let matching = names.filter { name in
      guard let codebook = study.codebooks[name] else { return false }
      let index = CodebookIndex(codebook)
      return references.allSatisfy { (try? index.resolve($0)) != nil }
    }
    if matching.count == 1, let codebook = study.codebooks[matching[0]] { return codebook }
    if matching.count > 1 {
      throw Problem.exporting(
        .codeInSeveralCodebooks(
          reference: references.joined(separator: " "), codebooks: matching))
    }
    for reference in references {
      var ambiguous: [(String, Problem)] = []
      var found = false
      for name in names {
        guard let codebook = study.codebooks[name] else { continue }
        do {
          _ = try CodebookIndex(codebook).resolve(reference)
          found = true
        } catch {
          if case .ambiguousCode = error { ambiguous.append((name, error)) }
        }
      }
      if found { continue }
      if ambiguous.count == 1 { throw ambiguous[0].1 }
      if ambiguous.count > 1 {
        throw Problem.exporting(
          .codeInSeveralCodebooks(reference: reference, codebooks: ambiguous.map(\.0)))
      }
      throw Problem.exporting(.codeInNoCodebook(reference: reference, codebooks: names))
    }
    throw Problem.exporting(.codebookNeeded(available: names))
  }

  /// `--format`, else the extension of `--out` when it names one of `formats`, else Markdown.
  static func format(_ arguments: ParsedArguments, among formats: [ExportFormat]) throws
    -> ExportFormat
  {
    if let text = arguments.value("--format") {
      guard let format = ExportFormat(rawValue: text), formats.contains(format) else {
        throw UsageError.invalidValue(
          option: "--format", value: text,
          expected: "one of " + formats.map(\.rawValue).joined(separator: ", "))
      }
      return format
    }
    if let out = arguments.value("--out"), let format = ExportFormat(fileName: out),
      formats.contains(format)
    {
      return format
    }
    return .md
  }

  /// The CSV and other writing options given on the command line.
  static func style(_ arguments: ParsedArguments) -> ExportStyle {
    ExportStyle(csv: CSV.Options(byteOrderMark: arguments.flag("--bom"), neutralizeFormulas: true))
  }
}

/// Runs `body`, turning an `ExportProblem` into the `Problem` the CLI prints.
func exporting<T>(_ body: () throws(ExportProblem) -> T) throws(Problem) -> T {
  do {
    return try body()
  } catch {
    throw .exporting(error)
  }
}
