import Testing

@Suite struct TourTests {
  @Test func walksTheSampleStudyFromCodingToTables() throws {
    let study = try TestStudy.sample()
    let before = study.snapshot()
    let result = study.run(["tour"])
    #expect(result.status == 0, "\(result.err)")
    let out = result.out
    for heading in [
      "1. The study", "2. Agreement of coders", "3. Consensus on their disagreements",
      "4. Illustrative quotes by theme", "5. Coding",
    ] {
      #expect(out.contains(heading), "missing \(heading)")
    }
    #expect(out.contains("a synthetic, de-identified sample study"))
    #expect(out.contains("program-managers: alice and bob on PM-01, PM-02, PM-05"))
    #expect(out.contains("Pooled kappa: 0."))
    #expect(out.contains("PM-01: resolved by lee"))
    #expect(out.contains("PM-05: ") && out.contains("disagreements to resolve"))
    #expect(out.contains("Table 1. Characteristics of peer specialists"))
    #expect(out.contains("“") && out.contains("(PM-0"))
    for line in out.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
    #expect(study.snapshot() == before)
  }

  @Test func anEmptyStudyIsToldWhatComesNext() throws {
    let result = try TestStudy.empty().run(["tour"])
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out.contains("No transcript is coded by two coders yet."))
    #expect(result.out.contains("No codings to tabulate yet."))
  }
}
