extension AgreementCells {
  /// Each category's 2 x 2 table between coders `first` and `second`, over the transcripts both
  /// coded. Use it on cells built for exactly those transcripts.
  public func twoByTwoTables(first: Int = 0, second: Int = 1) -> [TwoByTwo] {
    var both = Array(repeating: 0, count: categories.paths.count)
    var firstOnly = both
    var secondOnly = both
    for unit in 0..<count {
      let weight = weights[unit]
      Self.merge(codes(unit: unit, coder: first), codes(unit: unit, coder: second)) {
        code, inFirst, inSecond in
        if inFirst && inSecond {
          both[code] += weight
        } else if inFirst {
          firstOnly[code] += weight
        } else {
          secondOnly[code] += weight
        }
      }
    }
    let total = pairedWeight(first, second)
    return both.indices.map { code in
      TwoByTwo(
        both: both[code], firstOnly: firstOnly[code], secondOnly: secondOnly[code],
        neither: total - both[code] - firstOnly[code] - secondOnly[code])
    }
  }

  /// What each cluster contributed to the tables of the categories in `selected` (category →
  /// position in the pooled tables), for the jackknife of the pooled kappa.
  public func jackknifeUnits(selected: [Int: Int], first: Int = 0, second: Int = 1)
    -> JackknifeUnits
  {
    var units = JackknifeUnits()
    var scratch = Array(repeating: TwoByTwo(), count: categories.paths.count)
    var touched: [Int] = []
    for cluster in clusters {
      for unit in cluster.units {
        let weight = weights[unit]
        Self.merge(codes(unit: unit, coder: first), codes(unit: unit, coder: second)) {
          code, inFirst, inSecond in
          if scratch[code].applied == 0 { touched.append(code) }
          if inFirst && inSecond {
            scratch[code].both += weight
          } else if inFirst {
            scratch[code].firstOnly += weight
          } else {
            scratch[code].secondOnly += weight
          }
        }
      }
      var cells: [JackknifeUnits.Cell] = []
      for code in touched {
        var cell = scratch[code]
        cell.neither = cluster.weight - cell.applied
        if let position = selected[code] { cells.append(.init(code: position, cells: cell)) }
        scratch[code] = TwoByTwo()
      }
      touched.removeAll(keepingCapacity: true)
      units.append(implicitNeither: cluster.weight, cells: cells)
    }
    for (weight, count) in emptyClusters {
      units.appendEmpty(implicitNeither: weight, count: count)
    }
    return units
  }

  /// The units both coders rated: every unit of the transcripts both coded.
  func pairedWeight(_ first: Int, _ second: Int) -> Int {
    transcriptWeights.indices.reduce(0) { total, transcript in
      raters[transcript][first] && raters[transcript][second]
        ? total + transcriptWeights[transcript] : total
    }
  }

  /// Walks two ascending code lists together, calling `body(code, inFirst, inSecond)` once per
  /// code in either.
  static func merge(
    _ first: ArraySlice<Int32>, _ second: ArraySlice<Int32>,
    _ body: (Int, Bool, Bool) -> Void
  ) {
    var i = first.startIndex
    var j = second.startIndex
    while i < first.endIndex || j < second.endIndex {
      if j == second.endIndex || (i < first.endIndex && first[i] < second[j]) {
        body(Int(first[i]), true, false)
        i += 1
      } else if i == first.endIndex || second[j] < first[i] {
        body(Int(second[j]), false, true)
        j += 1
      } else {
        body(Int(first[i]), true, true)
        i += 1
        j += 1
      }
    }
  }

  /// Each category's coincidence matrix and Fleiss accumulator across every coder (category 0 =
  /// applied, 1 = not applied); a coder who did not code a transcript has missing ratings there.
  /// Transcripts fewer than two coders coded add nothing.
  public func multiCoderAccumulators() -> (alpha: [CoincidenceMatrix], fleiss: [FleissKappa]) {
    let size = categories.paths.count
    var alpha = Array(repeating: CoincidenceMatrix(size: 2), count: size)
    var fleiss = Array(repeating: FleissKappa(size: 2), count: size)
    var base = CoincidenceMatrix(size: 2)
    var baseFleiss = FleissKappa(size: 2)
    for (transcript, weight) in transcriptWeights.enumerated() {
      let raters = raters[transcript].filter { $0 }.count
      guard raters >= 2 else { continue }
      base.add(counts: [0, raters], weight: Double(weight))
      baseFleiss.add(counts: [0, raters], weight: Double(weight))
    }
    var applied = Array(repeating: 0, count: size)
    var touched: [Int] = []
    for unit in 0..<count {
      let transcript = locations[unit].transcript
      let raters = raters[transcript].filter { $0 }.count
      guard raters >= 2 else { continue }
      for coder in coders.indices {
        for code in codes(unit: unit, coder: coder) {
          if applied[Int(code)] == 0 { touched.append(Int(code)) }
          applied[Int(code)] += 1
        }
      }
      let weight = Double(weights[unit])
      for code in touched {
        alpha[code].add(counts: [0, raters], weight: -weight)
        alpha[code].add(counts: [applied[code], raters - applied[code]], weight: weight)
        fleiss[code].add(counts: [0, raters], weight: -weight)
        fleiss[code].add(counts: [applied[code], raters - applied[code]], weight: weight)
        applied[code] = 0
      }
      touched.removeAll(keepingCapacity: true)
    }
    for code in 0..<size {
      alpha[code].add(base)
      fleiss[code].add(baseFleiss)
    }
    return (alpha, fleiss)
  }
}
