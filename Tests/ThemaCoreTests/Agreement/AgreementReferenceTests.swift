import Testing

@testable import ThemaCore

/// The fast paths (cells stored only where someone coded, tables from merged code lists, the
/// jackknife touching only the codes a unit lists) against a slow reference that looks at every
/// unit and every code, on seeded random studies.
@Suite struct AgreementReferenceTests {
  /// A small deterministic generator.
  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  static func randomStudy(seed: UInt64) -> (transcripts: [Transcript], sets: [CodingSet]) {
    var random = Generator(state: seed)
    let codes = TinyStudy.codebook.flattened().map(\.path)
    var transcripts: [Transcript] = []
    var sheets: [[TranscriptID: CodingSheet]] = [[:], [:]]
    for number in 1...3 {
      let id = TinyStudy.id("R\(number)")
      let segments = (1...(4 + random.next(5))).map { index in
        Segment(
          id: SegmentID(number: index), speaker: "P",
          text: String(repeating: "w", count: 3 + random.next(12)))
      }
      let transcript = Transcript(id: id, segments: segments)
      transcripts.append(transcript)
      for coder in 0..<2 {
        var codings: [Coding] = []
        for segment in segments where random.next(3) > 0 {
          for _ in 0..<(1 + random.next(3)) {
            let code = codes[random.next(codes.count)]
            var span: TextSpan?
            if random.next(2) == 0 {
              let start = random.next(segment.length - 1)
              span = TextSpan(start: start, end: start + 1 + random.next(segment.length - start))
            }
            codings.append(Coding(transcript: id, segment: segment.id, code: code, span: span))
          }
        }
        var seen: Set<CodingIdentity> = []
        let sheet = CodingSheet(
          transcript: id, coder: Coder.consensus,
          codings: codings.filter { seen.insert($0.key).inserted })
        sheets[coder][id] = sheet.sorted()
      }
    }
    return (
      transcripts,
      [CodingSet(name: "A", sheets: sheets[0]), CodingSet(name: "B", sheets: sheets[1])]
    )
  }

  /// Every unit (segment or character) with each coder's codes, and the cluster it belongs to.
  static func referenceUnits(
    _ transcripts: [Transcript], _ sets: [CodingSet], unit: AgreementUnit, codes: [CodePath]
  ) -> [(cluster: Int, first: Set<Int>, second: Set<Int>)] {
    var units: [(Int, Set<Int>, Set<Int>)] = []
    var cluster = 0
    for transcript in transcripts {
      for segment in transcript.segments {
        func applied(_ set: CodingSet, at character: Int?) -> Set<Int> {
          let codings = set.sheets[transcript.id]?.codings ?? []
          return Set(
            codings.filter { coding in
              guard coding.segment == segment.id else { return false }
              guard let character, let span = coding.span else { return true }
              return span.start <= character && character < span.end
            }.compactMap { codes.firstIndex(of: $0.code) })
        }
        if unit == .segment {
          units.append((cluster, applied(sets[0], at: nil), applied(sets[1], at: nil)))
        } else {
          for character in 0..<segment.length {
            units.append(
              (cluster, applied(sets[0], at: character), applied(sets[1], at: character)))
          }
        }
        cluster += 1
      }
    }
    return units
  }

  /// A code's 2 x 2 table counted unit by unit.
  static func table(_ units: [(cluster: Int, first: Set<Int>, second: Set<Int>)], code: Int)
    -> TwoByTwo
  {
    var cells = TwoByTwo()
    for unit in units {
      switch (unit.first.contains(code), unit.second.contains(code)) {
      case (true, true): cells.both += 1
      case (true, false): cells.firstOnly += 1
      case (false, true): cells.secondOnly += 1
      case (false, false): cells.neither += 1
      }
    }
    return cells
  }

  static func pooled(_ units: [(cluster: Int, first: Set<Int>, second: Set<Int>)], codes: [Int])
    -> Double?
  {
    var observed = 0.0
    var expected = 0.0
    for code in codes {
      let cells = table(units, code: code)
      guard let kappa = cells.table.cohenKappa().expected.value else { continue }
      observed += cells.percentAgreement.value ?? 0
      expected += kappa
    }
    let count = Double(codes.count)
    let room = 1 - expected / count
    return room > 0 ? (observed / count - expected / count) / room : nil
  }

  @Test(arguments: [AgreementUnit.segment, .character], [UInt64(1), 2, 3, 4, 5])
  func fastPathsMatchTheReference(unit: AgreementUnit, seed: UInt64) throws {
    let (transcripts, sets) = Self.randomStudy(seed: seed)
    let index = CodebookIndex(TinyStudy.codebook)
    let analysis = AgreementAnalysis(codebook: index, transcripts: transcripts, sets: sets)
    let result = analysis.pairwise(0, 1, settings: AgreementSettings(unit: unit))
    let codes = index.entries.map(\.path)
    let units = Self.referenceUnits(transcripts, sets, unit: unit, codes: codes)
    #expect(result.units == units.count)
    let used = codes.indices.filter { code in
      units.contains { $0.first.contains(code) || $0.second.contains(code) }
    }
    #expect(result.codes.map(\.path) == used.map { codes[$0] })
    for (code, row) in zip(used, result.codes) {
      #expect(row.binary?.cells == Self.table(units, code: code), "code \(codes[code])")
    }
    guard case .binary(let overall) = result.overall else {
      Issue.record("no 2 x 2 figures")
      return
    }
    let value = try #require(Self.pooled(units, codes: used))
    #expect(abs(try #require(overall.pooled.value.value) - value) < 1e-12)
    // The jackknife by definition: leave out each segment (all its characters) in turn.
    let clusters = Set(units.map(\.cluster)).sorted()
    let replicates = try clusters.map { cluster in
      try #require(Self.pooled(units.filter { $0.cluster != cluster }, codes: used))
    }
    let g = Double(replicates.count)
    let mean = replicates.reduce(0, +) / g
    let se = ((g - 1) / g * replicates.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }).squareRoot()
    #expect(abs(try #require(overall.pooled.standardError.value) - se) < 1e-10)
    #expect(overall.pooled.jackknifeUnits == clusters.count)
  }
}
