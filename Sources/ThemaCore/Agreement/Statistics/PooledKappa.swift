/// The pooled kappa of De Vries, Elliott, Kanouse and Teleki (2008) over several codes, with a
/// delete-one-unit jackknife standard error and 95% normal interval.
///
/// κ_pooled = (mean_c p_o,c - mean_c p_e,c) / (1 - mean_c p_e,c): the codes' observed and expected
/// agreements are averaged before the chance correction, so a rare code does not swing the result
/// the way it swings its own kappa. A code nobody applied (p_o = p_e = 1) leaves κ_pooled
/// unchanged. The jackknife recomputes κ_pooled with each unit left out in turn (θ_i) and takes
/// SE = sqrt((G - 1) / G · Σ (θ_i - mean θ)^2) over the G units; when units are grouped (the
/// characters of a segment), a whole group is left out at a time.
public struct PooledKappa: Hashable, Sendable {
  /// κ_pooled.
  public var value: Estimate
  /// The mean of the codes' observed agreements.
  public var meanObserved: Estimate
  /// The mean of the codes' expected agreements.
  public var meanExpected: Estimate
  /// The number of codes pooled.
  public var codes: Int
  /// The jackknife standard error.
  public var standardError: Estimate
  /// κ_pooled ± 1.96 SE.
  public var confidenceInterval: Estimated<Interval>
  /// G, the number of units (or groups of units) the jackknife leaves out in turn.
  public var jackknifeUnits: Int

  /// The pooled kappa of `tables` (one per code), with the jackknife over `units`, which say
  /// what each unit contributed to the tables.
  public init(tables: [TwoByTwo], units: JackknifeUnits) {
    let totals = PooledSums(tables: tables)
    self.codes = totals.codes
    self.value = totals.kappa
    self.meanObserved = .ratio(totals.observed, Double(totals.codes), else: .noCodesApplied)
    self.meanExpected = .ratio(totals.expected, Double(totals.codes), else: .noCodesApplied)
    self.jackknifeUnits = units.count
    guard case .value(let kappa) = value else {
      self.standardError = value
      self.confidenceInterval = .undefined(value.undefinedReason ?? .noUnits)
      return
    }
    self.standardError = Self.jackknife(tables: tables, totals: totals, units: units)
    self.confidenceInterval = Interval.normal95(.value(kappa), standardError: standardError)
  }

  private static func jackknife(tables: [TwoByTwo], totals: PooledSums, units: JackknifeUnits)
    -> Estimate
  {
    let count = units.count
    guard count >= 2 else { return .undefined(.tooFewUnitsForJackknife) }
    var replicate = Replicate(tables: tables, totals: totals)
    var values: [(value: Double, weight: Double)] = []
    values.reserveCapacity(units.storedCount + units.emptyUnits.count)
    for index in 0..<units.storedCount {
      guard let value = replicate.kappa(leavingOut: units, index) else {
        return .undefined(.jackknifeReplicateUndefined)
      }
      values.append((value, 1))
    }
    for (weight, multiplicity) in units.emptyUnits {
      guard let value = replicate.kappa(leavingOutEmpty: weight) else {
        return .undefined(.jackknifeReplicateUndefined)
      }
      values.append((value, Double(multiplicity)))
    }
    let g = Double(count)
    let mean = values.reduce(0) { $0 + $1.value * $1.weight } / g
    let squares = values.reduce(0) { $0 + $1.weight * ($1.value - mean) * ($1.value - mean) }
    return .squareRoot(ofVariance: (g - 1) / g * squares)
  }
}

/// What each unit (or group of units) contributed to the per-code tables, for the jackknife.
///
/// A unit lists the codes it touched with their cells (including the `neither` part of a group)
/// and may add `implicitNeither` to the `neither` cell of every code it does not list: a segment
/// nobody coded adds 1 to every code's d. Units that list nothing are kept as counts by weight.
public struct JackknifeUnits: Sendable {
  /// One code's cells within a unit.
  public struct Cell: Hashable, Sendable {
    /// The code's position in the tables.
    public var code: Int
    /// The unit's contribution to that code's table.
    public var cells: TwoByTwo

    /// Creates a cell.
    public init(code: Int, cells: TwoByTwo) {
      self.code = code
      self.cells = cells
    }
  }

  private(set) var neitherWeights: [Int] = []
  private(set) var bounds: [Int] = [0]
  private(set) var cells: [Cell] = []
  /// Units that list no code, as `implicitNeither` weight → how many.
  public private(set) var emptyUnits: [Int: Int] = [:]

  /// No units yet.
  public init() {}

  /// Adds a unit.
  public mutating func append(implicitNeither: Int, cells unitCells: [Cell]) {
    if unitCells.isEmpty {
      emptyUnits[implicitNeither, default: 0] += 1
      return
    }
    neitherWeights.append(implicitNeither)
    cells.append(contentsOf: unitCells)
    bounds.append(cells.count)
  }

  /// Adds `count` units that list no code, each adding `implicitNeither` to every code's d.
  public mutating func appendEmpty(implicitNeither: Int, count: Int) {
    guard count > 0 else { return }
    emptyUnits[implicitNeither, default: 0] += count
  }

  /// G, the number of units.
  public var count: Int { neitherWeights.count + emptyUnits.values.reduce(0, +) }

  var storedCount: Int { neitherWeights.count }

  func cells(of index: Int) -> ArraySlice<Cell> { cells[bounds[index]..<bounds[index + 1]] }
}

/// Σ p_o, Σ p_e and Σ (1 - p_e) over codes; 1 - p_e is computed as (n_A (n - n_B) +
/// n_B (n - n_A)) / n^2, exactly zero for a code both coders used one way only.
private struct PooledSums {
  var observed = 0.0
  var expected = 0.0
  var room = 0.0
  var codes = 0

  init() {}

  init(tables: [TwoByTwo]) {
    for table in tables { add(table) }
  }

  mutating func add(_ table: TwoByTwo, sign: Double = 1) {
    let n = table.total
    guard n > 0 else { return }
    let count = Double(n)
    let first = Double(table.firstApplied)
    let second = Double(table.secondApplied)
    let squared = count * count
    observed += sign * Double(table.both + table.neither) / count
    let chanceRoom = (first * (count - second) + second * (count - first)) / squared
    expected += sign * (1 - chanceRoom)
    room += sign * chanceRoom
    codes += sign > 0 ? 1 : -1
  }

  var kappa: Estimate {
    guard codes > 0 else { return .undefined(.noCodesApplied) }
    guard room > 0 else { return .undefined(.singleCategory) }
    return .value((observed - expected) / room)
  }
}

/// Recomputes the pooled kappa with one unit left out, touching only the codes the unit lists.
private struct Replicate {
  let tables: [TwoByTwo]
  let totals: PooledSums
  let equalTotals: Bool
  let total: Int
  // Sums over all codes for the closed form of codes a unit does not list (equal totals only).
  let agreeing: Double
  let products: Double
  let margins: Double
  var listed: [Bool]

  init(tables: [TwoByTwo], totals: PooledSums) {
    self.tables = tables
    self.totals = totals
    let first = tables.first?.total ?? 0
    self.equalTotals = tables.allSatisfy { $0.total == first }
    self.total = first
    self.agreeing = tables.reduce(0) { $0 + Double($1.both + $1.neither) }
    self.products = tables.reduce(0) { $0 + Double($1.firstApplied) * Double($1.secondApplied) }
    self.margins = tables.reduce(0) { $0 + Double($1.firstApplied + $1.secondApplied) }
    self.listed = Array(repeating: false, count: tables.count)
  }

  mutating func kappa(leavingOut units: JackknifeUnits, _ index: Int) -> Double? {
    compute(implicitNeither: units.neitherWeights[index], cells: units.cells(of: index))
  }

  mutating func kappa(leavingOutEmpty weight: Int) -> Double? {
    compute(implicitNeither: weight, cells: [])
  }

  private mutating func compute(implicitNeither k: Int, cells: ArraySlice<JackknifeUnits.Cell>)
    -> Double?
  {
    var sums = PooledSums()
    if k == 0 || equalTotals {
      sums = unlisted(implicitNeither: k, cells: cells)
    } else {
      for cell in cells { listed[cell.code] = true }
      for (code, table) in tables.enumerated() where !listed[code] {
        var reduced = table
        reduced.neither -= k
        sums.add(reduced)
      }
      for cell in cells { listed[cell.code] = false }
    }
    for cell in cells {
      let table = tables[cell.code]
      sums.add(
        TwoByTwo(
          both: table.both - cell.cells.both, firstOnly: table.firstOnly - cell.cells.firstOnly,
          secondOnly: table.secondOnly - cell.cells.secondOnly,
          neither: table.neither - cell.cells.neither))
    }
    return sums.kappa.value
  }

  /// The sums over the codes a unit does not list, when leaving it out only lowers their d by k.
  private func unlisted(implicitNeither k: Int, cells: ArraySlice<JackknifeUnits.Cell>)
    -> PooledSums
  {
    var sums = PooledSums()
    if k == 0 {
      sums = totals
      for cell in cells { sums.add(tables[cell.code], sign: -1) }
      return sums
    }
    var agreeing = self.agreeing
    var products = self.products
    var margins = self.margins
    var codes = totals.codes
    for cell in cells {
      let table = tables[cell.code]
      agreeing -= Double(table.both + table.neither)
      products -= Double(table.firstApplied) * Double(table.secondApplied)
      margins -= Double(table.firstApplied + table.secondApplied)
      codes -= 1
    }
    let reduced = Double(total - k)
    guard reduced > 0, codes > 0 else { return sums }
    let squared = reduced * reduced
    sums.codes = codes
    sums.observed = (agreeing - Double(codes * k)) / reduced
    sums.room = (reduced * margins - 2 * products) / squared
    sums.expected = Double(codes) - sums.room
    return sums
  }
}
