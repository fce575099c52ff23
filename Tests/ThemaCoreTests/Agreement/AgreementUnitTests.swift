import Testing

@testable import ThemaCore

/// Each unit on `TinyStudy`, worked by hand in the comments.
@Suite struct AgreementUnitTests {
  let analysis = TinyStudy.analysis

  func table(_ result: PairwiseAgreement, _ code: String) -> [Int]? {
    guard let cells = result.codes.first(where: { $0.path == TinyStudy.path(code) })?.binary?.cells
    else { return nil }
    return [cells.both, cells.firstOnly, cells.secondOnly, cells.neither]
  }

  func kappa(_ result: PairwiseAgreement, _ code: String) -> Double? {
    result.codes.first { $0.path == TinyStudy.path(code) }?.binary?.kappa.value.value
  }

  /// Segments of X (A against B), n = 4 segments:
  /// - 1a: A {S2}, B {S2, S3}: both 1, B only 1 (S3), neither 2 (S1, S4). p_o = 3/4;
  ///   p_A = 1/4, p_B = 1/2, p_e = 1/4 · 1/2 + 3/4 · 1/2 = 1/2, κ = (3/4 - 1/2) / (1/2) = 0.5.
  /// - 1b: both on S3 (spans count for their segment): both 1, neither 3. κ = 1.
  /// - 2a: A only on S4: p_o = 3/4, p_e = 1/4 · 0 + 3/4 · 1 = 3/4, κ = 0.
  /// Pooled: mean p_o = (3/4 + 1 + 3/4) / 3 = 5/6, mean p_e = (1/2 + 5/8 + 3/4) / 3 = 5/8,
  /// κ_pooled = (5/6 - 5/8) / (1 - 5/8) = 5/9. All cells: a 2, b 1, c 1, d 8, p_o = 10/12.
  @Test func segmentUnit() throws {
    let result = analysis.pairwise(0, 1, settings: AgreementSettings(unit: .segment), among: [0])
    #expect(result.units == 4)
    #expect(table(result, "T1/1/1a") == [1, 0, 1, 2])
    #expect(table(result, "T1/1/1b") == [1, 0, 0, 3])
    #expect(table(result, "T1/2/2a") == [0, 1, 0, 3])
    #expect(abs(try #require(kappa(result, "T1/1/1a")) - 0.5) < 1e-12)
    #expect(abs(try #require(kappa(result, "T1/1/1b")) - 1) < 1e-12)
    #expect(abs(try #require(kappa(result, "T1/2/2a"))) < 1e-12)
    guard case .binary(let overall) = result.overall else {
      Issue.record("segment unit without 2 x 2 figures")
      return
    }
    #expect(abs(try #require(overall.pooled.value.value) - 5.0 / 9.0) < 1e-12)
    #expect(overall.all.cells == TwoByTwo(both: 2, firstOnly: 1, secondOnly: 1, neither: 8))
    #expect(abs(try #require(overall.all.cells.percentAgreement.value) - 10.0 / 12.0) < 1e-12)
    #expect(abs(try #require(overall.agreementWhereApplied.value) - 2.0 / 4.0) < 1e-12)
    #expect(abs(try #require(overall.meanKappa.value.value) - 0.5) < 1e-12)
    // Codebook leaves neither applied in X: none (1a, 1b, 2a are all used).
    #expect(result.unusedCodes.isEmpty)
  }

  /// Themes of X (depth 2): 1a and 1b count for T1/1, 2a for T1/2.
  /// - T1/1: A {S2, S3}, B {S2, S3}: both 2, neither 2; p_A = p_B = 1/2, p_e = 1/2, κ = 1.
  /// - T1/2: A only on S4, as 2a above: κ = 0.
  @Test func themeLevelRollsCodesUp() throws {
    let result = analysis.pairwise(
      0, 1, settings: AgreementSettings(unit: .segment, level: .theme), among: [0])
    #expect(result.codes.map(\.path.description) == ["T1/1", "T1/2"])
    #expect(table(result, "T1/1") == [2, 0, 0, 2])
    #expect(table(result, "T1/2") == [0, 1, 0, 3])
    #expect(abs(try #require(kappa(result, "T1/1")) - 1) < 1e-12)
    let depthTwo = analysis.pairwise(
      0, 1, settings: AgreementSettings(unit: .segment, level: .depth(2)), among: [0])
    #expect(depthTwo.codes.map(\.path) == result.codes.map(\.path))
  }

  /// Characters of X, n = 12 + 10 + 10 + 10 = 42:
  /// - 1a: A S2 (10), B S2 (10) and S3 [0,5) (5): both 10, B only 5, neither 42 - 15 = 27.
  /// - 1b: A S3 [0,5), B S3 [3,8): both [3,5) = 2, A only [0,3) = 3, B only [5,8) = 3,
  ///   neither 34. p_o = 36/42; p_A = p_B = 5/42; p_e = (5·5 + 37·37)/42² = 1394/1764;
  ///   κ = (36·42 - 1394) / (1764 - 1394) = 118/370.
  /// - 2a: A S4 (10): A only 10, neither 32.
  @Test func characterUnit() throws {
    let result = analysis.pairwise(
      0, 1, settings: AgreementSettings(unit: .character), among: [0])
    #expect(result.units == 42)
    #expect(table(result, "T1/1/1a") == [10, 0, 5, 27])
    #expect(table(result, "T1/1/1b") == [2, 3, 3, 34])
    #expect(table(result, "T1/2/2a") == [0, 10, 0, 32])
    #expect(abs(try #require(kappa(result, "T1/1/1b")) - 118.0 / 370.0) < 1e-12)
  }

  /// Transcripts X and Y, n = 2:
  /// - 1a: X both, Y neither: [[1, 0], [0, 1]], κ = 1.
  /// - 1b: X both, Y B only: a 1, c 1; p_o = 1/2, p_A = 1/2, p_B = 1, p_e = 1/2, κ = 0.
  /// - 2a: A in X and Y, B never: b 2; p_o = 0, p_e = 1 · 0 + 0 · 1 = 0, κ = 0.
  @Test func documentUnit() throws {
    let result = analysis.pairwise(0, 1, settings: AgreementSettings(unit: .document))
    #expect(result.units == 2)
    #expect(table(result, "T1/1/1a") == [1, 0, 0, 1])
    #expect(table(result, "T1/1/1b") == [1, 0, 1, 0])
    #expect(table(result, "T1/2/2a") == [0, 2, 0, 0])
    #expect(abs(try #require(kappa(result, "T1/1/1a")) - 1) < 1e-12)
    #expect(abs(try #require(kappa(result, "T1/1/1b"))) < 1e-12)
    #expect(abs(try #require(kappa(result, "T1/2/2a"))) < 1e-12)
  }

  /// Coded spans of X at 90% overlap (intersection over union):
  /// - 1a: A S2 whole and B S2 whole match (100%); B's S3 [0,5) has no 1a of A: A 1 span
  ///   matched, B 2 spans, 1 matched: 2 agreements, 1 disagreement.
  /// - 1b: A [0,5) and B [3,8) share 2 of 8 characters (25%): 0 agreements, 2 disagreements.
  /// - 2a: A only: 1 disagreement.
  /// Overall p_o = 2 / 6; k = 3 codes, chance 1/3: κ_BP = (1/3 - 1/3) / (2/3) = 0.
  /// At 25% the 1b spans match: p_o = 4/6, κ_BP = (2/3 - 1/3) / (2/3) = 0.5.
  @Test func overlapUnit() throws {
    let result = analysis.pairwise(0, 1, settings: AgreementSettings(unit: .overlap), among: [0])
    let counts = Dictionary(
      uniqueKeysWithValues: result.codes.compactMap { code in
        code.overlap.map { (code.path.last, $0) }
      })
    #expect(counts["1a"]?.spans == [1, 2])
    #expect(counts["1a"]?.matched == [1, 1])
    #expect(counts["1b"]?.agreements == 0)
    #expect(counts["1b"]?.disagreements == 2)
    #expect(counts["2a"]?.disagreements == 1)
    guard case .overlap(let overall) = result.overall else {
      Issue.record("overlap unit without overlap figures")
      return
    }
    #expect(overall.codes == 3)
    #expect(abs(try #require(overall.counts.percentAgreement.value) - 2.0 / 6.0) < 1e-12)
    #expect(abs(try #require(overall.brennanPrediger.value)) < 1e-12)
    let loose = analysis.pairwise(
      0, 1, settings: AgreementSettings(unit: .overlap, overlapThreshold: 25), among: [0])
    #expect(abs(try #require(loose.overall.percentAgreement.value) - 4.0 / 6.0) < 1e-12)
    #expect(abs(try #require(loose.overall.kappa.value) - 0.5) < 1e-12)
  }

  @Test(arguments: [
    (0, 10, 0, 9, 90, true), (0, 10, 0, 8, 90, false), (0, 10, 5, 15, 33, true),
    (0, 10, 5, 15, 34, false), (0, 10, 10, 20, 1, false), (3, 8, 3, 8, 100, true),
  ])
  func overlapThresholdIsIntersectionOverUnion(
    a0: Int, a1: Int, b0: Int, b1: Int, threshold: Int, expected: Bool
  ) {
    // [0,10) and [0,9): 9 shared of 10 = 90%. [0,10) and [5,15): 5 of 15 = 33.3%.
    let first = TextSpan(start: a0, end: a1)
    let second = TextSpan(start: b0, end: b1)
    #expect(OverlapMatching.matches(first, second, threshold: threshold) == expected)
  }

  /// A quote marked inside a segment the coder also coded whole is one coded span.
  @Test func overlappingSpansOfOneCoderMerge() {
    let x = TinyStudy.x
    let whole = CodingSet(
      name: "W",
      sheets: [
        x.id: TinyStudy.sheet(
          "W", x, [TinyStudy.coding(x, 2, "T1/1/1a"), TinyStudy.coding(x, 2, "T1/1/1a", (2, 5))])
      ])
    let analysis = AgreementAnalysis(
      codebook: CodebookIndex(TinyStudy.codebook), transcripts: [x], sets: [whole, TinyStudy.b])
    let result = analysis.pairwise(0, 1, settings: AgreementSettings(unit: .overlap))
    #expect(result.codes.first?.overlap?.spans == [1, 2])
  }

  /// Three coders, C missing on Y. Code 1a over X.S1-S4 (A, B, C) and Y.S1 (A, B); the same
  /// presence data as oracle vector 37 (and every code pooled, vector 38).
  @Test func multiCoderMatchesTheOracle() throws {
    let result = analysis.multiCoder([0, 1, 2], settings: AgreementSettings(unit: .segment))
    let one = try #require(result.codes.first { $0.path.last == "1a" })
    let code = try OracleVector("37_three_coders_presence_code_1a")
    expectMatches(
      one.alpha.value, code.statistic("krippendorff_alpha_nominal")?["value"], "1a alpha")
    expectMatches(
      one.fleiss.value,
      code.statistic("fleiss_kappa_or_multi_pi", source: "irrCAC.raw.CAC.fleiss")?["value"],
      "1a Fleiss")
    let pooled = try OracleVector("38_three_coders_presence_pooled")
    expectMatches(
      result.alpha.value, pooled.statistic("krippendorff_alpha_nominal")?["value"], "alpha")
    expectMatches(
      result.fleiss.value,
      pooled.statistic("fleiss_kappa_or_multi_pi", source: "irrCAC.raw.CAC.fleiss")?["value"],
      "Fleiss")
    #expect(result.units == 5)
  }

  /// Codings of codes the codebook no longer has are counted separately, never in a figure.
  @Test func codesNotInTheCodebookAreSetAside() throws {
    let x = TinyStudy.x
    var stale = TinyStudy.a
    stale.sheets[x.id]?.codings.append(TinyStudy.coding(x, 2, "T1/9/9z"))
    stale.sheets[x.id]?.codings.append(TinyStudy.coding(x, 3, "T1/9/9z"))
    let analysis = AgreementAnalysis(
      codebook: CodebookIndex(TinyStudy.codebook), transcripts: [x], sets: [stale, TinyStudy.b])
    let result = analysis.pairwise(0, 1, settings: AgreementSettings())
    #expect(
      result.setAside == [
        SetAsideCodings(
          reason: .codeNotInCodebook, coder: "A", code: TinyStudy.path("T1/9/9z"),
          transcripts: [x.id], count: 2)
      ])
    #expect(table(result, "T1/1/1a") == [1, 0, 1, 2])
  }

  /// Codings of a retired code are set aside like codes the codebook no longer has, and the
  /// retired code is not listed as one nobody used.
  @Test func retiredCodesAreSetAside() throws {
    var codebook = TinyStudy.codebook
    codebook.codes[0].children[0].children[1].retired = "2026-11-23: too rare"
    let analysis = AgreementAnalysis(
      codebook: CodebookIndex(codebook), transcripts: [TinyStudy.x],
      sets: [TinyStudy.a, TinyStudy.b])
    let result = analysis.pairwise(0, 1, settings: AgreementSettings())
    #expect(result.codes.map(\.path.last) == ["1a", "2a"])
    #expect(result.unusedCodes.isEmpty)
    #expect(result.setAside.map(\.reason) == [.codeRetired, .codeRetired])
    #expect(result.setAside.map(\.coder) == ["A", "B"])
    #expect(result.setAside.allSatisfy { $0.code == TinyStudy.path("T1/1/1b") && $0.count == 1 })
    #expect(table(result, "T1/1/1a") == [1, 0, 1, 2])
  }

  /// A code of the codebook neither coder applied is listed, and left out of every figure.
  @Test func unusedCodesAreListed() {
    let x = TinyStudy.x
    let only1a = CodingSet(
      name: "P", sheets: [x.id: TinyStudy.sheet("P", x, [TinyStudy.coding(x, 2, "T1/1/1a")])])
    let analysis = AgreementAnalysis(
      codebook: CodebookIndex(TinyStudy.codebook), transcripts: [x], sets: [only1a, only1a])
    let result = analysis.pairwise(0, 1, settings: AgreementSettings())
    #expect(result.codes.map(\.path.last) == ["1a"])
    #expect(result.unusedCodes.map(\.last) == ["1b", "2a"])
  }
}

@Suite struct SegmentCharacterTests {
  @Test(arguments: ["", "abc", "café", "cafe\u{301}", "日本語", "👩‍👩‍👧 family", "a\nb"])
  func scalarCountIsTheSpanUnit(text: String) {
    let segment = Segment(id: SegmentID(number: 1), speaker: "P", text: text)
    #expect(segment.scalarCount == segment.length)
  }
}
