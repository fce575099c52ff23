import ThemaCore
import ThemaStore

/// The stages that generate the study and work on it in memory, in the order of the issue.
enum StudyStages {
  static let generate = Stage(
    name: "generate", summary: "generate the seeded study and write it as a thema project",
    budget: nil, memoryBase: .corpus
  ) { context in
    var written = CorpusWriter.Written()
    let timing = try context.timed {
      written = try CorpusWriter.write(context.options.size, to: context.studyRoot)
    }
    var result = StageResult(
      name: "generate", summary: "generate and write the study", timing: timing,
      details: [
        Detail("files", written.files), Detail("written", Double(written.bytes) / 1e6, "MB"),
        Detail("segments", written.segments), Detail("codings, both coders", written.codings),
      ])
    result.workBytes = Double(written.bytes)
    return [result]
  }

  static let load = Stage(
    name: "load", summary: "load the project: read, parse and check every file",
    budget: .seconds(1), memoryBase: .corpus
  ) { context in
    let project = context.project
    let timing = context.timed { project.load() }
    let loaded = timing.last
    let errors = loaded.diagnostics.filter { $0.severity == .error }.count
    guard errors == 0 else { throw BenchFailure("the generated study has \(errors) errors") }
    let bytes = Double(CorpusWriter.size(of: context.studyRoot))
    let codings = loaded.study.sheets.values.reduce(0) { total, sheets in
      total + sheets.values.reduce(0) { $0 + $1.codings.count }
    }
    var result = StageResult(
      name: "load", summary: "load the project", timing: timing,
      details: [
        Detail("transcripts", loaded.study.transcripts.count), Detail("codings", codings),
        Detail("read", bytes / 1e6, "MB"),
        Detail("throughput", bytes / 1e6 / Statistics(timing.samples).median, "MB/s"),
      ])
    result.workBytes = bytes
    return [result]
  }

  static let agree = Stage(
    name: "agree",
    summary: "thema agree's full report: every code at both levels, CIs, jackknife, as text",
    budget: .seconds(1), memoryBase: .corpus
  ) { context in
    // As `thema agree` reads the study: codings of unknown codes are kept and counted.
    let study = context.project.loadKeepingUnknownCodes().study
    func report(_ unit: AgreementUnit, _ level: AgreementLevel) throws -> AgreementReport {
      try study.agreementReport(
        AgreementRequest(settings: AgreementSettings(unit: unit, level: level)))
    }
    let timing = try context.timed {
      let reports = (try report(.segment, .asCoded), try report(.segment, .theme))
      _ = reports.0.markdown().utf8.count + reports.1.markdown().utf8.count
      return reports
    }
    let reports = timing.last
    guard let pair = reports.0.comparisons.first?.pair, case .binary(let overall) = pair.overall
    else { throw BenchFailure("the generated study gave no comparison") }
    var details = [
      Detail("segments", study.transcripts.values.reduce(0) { $0 + $1.segments.count }),
      Detail("codes compared", pair.codes.count),
      Detail("pooled kappa", overall.pooled.value.value ?? .nan),
    ]
    for coder in ["alice", "bob"] {
      let count = study.sheets.values.reduce(0) { total, sheets in
        total + (sheets.first { $0.key.rawValue == coder }?.value.codings.count ?? 0)
      }
      details.append(Detail("codings by \(coder)", count))
    }
    for unit in [AgreementUnit.document, .character, .overlap] {
      let start = Measure.now()
      _ = try report(unit, .asCoded)
      details.append(Detail("\(unit.rawValue) unit", (Measure.now() - start) * 1e3, "ms"))
    }
    return [
      StageResult(
        name: "agree", summary: "full agreement report", timing: timing, details: details)
    ]
  }

  static let disagree = Stage(
    name: "disagree", summary: "disagreements on one transcript (T1), as thema diff finds them",
    budget: nil, memoryBase: .corpus
  ) { context in
    let study = try context.loadStudy()
    guard let id = TranscriptID(rawValue: "T1"), let transcript = study.transcripts[id],
      let alice = SyntheticCorpus.alice, let bob = SyntheticCorpus.bob,
      let first = study.sheets[id]?[alice], let second = study.sheets[id]?[bob]
    else { throw BenchFailure("the generated study has no T1 coded by alice and bob") }
    let timing = try context.timed {
      let codebook = CodebookIndex(try study.codebook(for: transcript))
      return ResolutionPlan(
        transcript: transcript, first: first, second: second, codebook: codebook)
    }
    return [
      StageResult(
        name: "disagree", summary: "disagreements on one transcript", timing: timing,
        details: [
          Detail("segments", transcript.segments.count), Detail("items", timing.last.items.count),
          Detail("disagreements", timing.last.disagreements.count),
        ])
    ]
  }

  static let table = Stage(
    name: "table", summary: "thematic quote table: collate, count, choose quotes, Markdown",
    budget: .seconds(1), memoryBase: .corpus
  ) { context in
    let study = try context.loadStudy()
    let codebook = try context.codebook(of: study)
    let timing = try context.timed {
      let collation = try Collation(study: study, codebook: codebook, source: .automatic)
      let table = try QuoteTable.build(collation, options: CollateOptions())
      return (collation, table, table.markdown())
    }
    let made = timing.last
    let rows = made.1.sections.reduce(0) { $0 + $1.rows.count }
    let quotes = made.1.sections.flatMap(\.rows).reduce(0) { $0 + $1.quotes.count }
    return [
      StageResult(
        name: "table", summary: "thematic table", timing: timing,
        details: [
          Detail("effective codings", made.0.codings.reduce(0) { $0 + $1.codings.count }),
          Detail("rows", rows), Detail("quotes", quotes),
          Detail("Markdown", Double(made.2.utf8.count) / 1e3, "kB"),
        ])
    ]
  }

  static let report = Stage(
    name: "report",
    summary: "code report of T1 and the codes below it (thema report T1 --include-children)",
    budget: nil, memoryBase: .corpus
  ) { context in
    let study = try context.loadStudy()
    let codebook = try context.codebook(of: study)
    let code = try CodebookIndex(codebook).resolve("T1")
    let timing = try context.timed {
      let collation = try Collation(study: study, codebook: codebook, source: .automatic)
      let report = try CodeReport.build(collation, codes: [code], includeChildren: true)
      return (report, report.markdown())
    }
    let made = timing.last
    let passages = made.0.sections.reduce(0) { $0 + $1.codingCount }
    return [
      StageResult(
        name: "report", summary: "code report", timing: timing,
        details: [
          Detail("passages", passages), Detail("Markdown", Double(made.1.utf8.count) / 1e3, "kB"),
        ])
    ]
  }
}
