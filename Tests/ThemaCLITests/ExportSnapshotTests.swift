import Testing

/// Golden files of code reports and tables on the sample study, one per format.
@Suite struct ExportSnapshotTests {
  static let reportArguments = [
    "report", "T1/1/1a", "T4/3", "--include-children", "--context", "1", "--by", "county",
  ]

  @Test(arguments: ["md", "html", "csv", "json"])
  func codeReports(format: String) throws {
    let study = try TestStudy.sample()
    let result = study.run(Self.reportArguments + ["--format", format])
    #expect(result.status == 0, "\(result.err)")
    try Snapshot.expect(result.out, matches: "report-T1-1-1a-T4-3.\(format)")
  }

  @Test(arguments: ["md", "html", "csv", "tex", "json"])
  func tableOfOneDomainByCounty(format: String) throws {
    let study = try TestStudy.sample()
    let result = study.run([
      "table", "--domain", "T2", "--quotes", "3", "--by", "county", "--attribution",
      "{group}, {county} County", "--format", format,
    ])
    #expect(result.status == 0, "\(result.err)")
    try Snapshot.expect(result.out, matches: "table-T2-by-county.\(format)")
  }

  @Test func tableOfOneCoderWithoutQuotes() throws {
    let study = try TestStudy.sample()
    let result = study.run([
      "table", "--codebook", "capp-participants", "--source", "coder:bob", "--quotes", "0",
    ])
    #expect(result.status == 0, "\(result.err)")
    try Snapshot.expect(result.out, matches: "table-capp-bob-no-quotes.md")
    #expect(result.err.isEmpty, "one coder's codings are never unresolved")
  }
}
