import Foundation
import Testing

@testable import ThemaCore

/// One reference vector of the agreement oracle (`Fixtures/Oracle/`, copied from the project's
/// shared oracle): its CSV input and the JSON the oracle computed from it with scikit-learn,
/// statsmodels, krippendorff, irrCAC, nltk and exact rational arithmetic (source `formula`).
struct OracleVector {
  /// The folder holding the vectors.
  static let folder: String = {
    var url = URL(fileURLWithPath: #filePath)
    url.deleteLastPathComponent()
    url.deleteLastPathComponent()
    url.deleteLastPathComponent()
    return url.path + "/Fixtures/Oracle"
  }()

  let id: String
  let rows: [[String]]
  let expected: [String: Any]

  /// Loads `<id>.csv` and `<id><suffix>.expected.json`.
  init(_ id: String, expectedSuffix: String = "") throws {
    self.id = id
    let csv = try String(contentsOfFile: Self.folder + "/\(id).csv", encoding: .utf8)
    self.rows = Array(try CSV.parse(csv).dropFirst())
    let data = try Data(
      contentsOf: URL(fileURLWithPath: Self.folder + "/\(id)\(expectedSuffix).expected.json"))
    self.expected = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  /// The manifest of every vector: descriptions and published values.
  static func manifest() throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: folder + "/MANIFEST.json"))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  // MARK: Nominal vectors (unit, coder, label)

  /// Coders in order of first appearance, as the oracle takes them.
  var coders: [String] {
    var seen: [String] = []
    for row in rows where !seen.contains(row[1]) { seen.append(row[1]) }
    return seen
  }

  /// Each unit's ratings by coder, units in order of first appearance; empty labels are missing.
  var ratings: [(unit: String, labels: [String: String])] {
    var order: [String] = []
    var byUnit: [String: [String: String]] = [:]
    for row in rows where row.count >= 3 {
      if byUnit[row[0]] == nil { order.append(row[0]) }
      if !row[2].isEmpty { byUnit[row[0], default: [:]][row[1]] = row[2] }
    }
    return order.map { ($0, byUnit[$0] ?? [:]) }
  }

  /// The labels in the oracle's order (Python's code-point order).
  static func sortedLikePython(_ labels: some Sequence<String>) -> [String] {
    Array(Set(labels)).sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
  }

  /// The first two coders' table over the units both rated, rows = first coder, categories in
  /// the order the oracle prints them.
  func pairedTable() -> (labels: [String], table: ContingencyTable) {
    let (first, second) = (coders[0], coders[1])
    let paired = ratings.compactMap { entry -> (String, String)? in
      guard let a = entry.labels[first], let b = entry.labels[second] else { return nil }
      return (a, b)
    }
    let declared = (expected["oracle"] as? [String: Any])?["declared_categories"] as? [String]
    let labels = declared ?? Self.sortedLikePython(paired.flatMap { [$0.0, $0.1] })
    var table = ContingencyTable(size: labels.count)
    for (a, b) in paired {
      guard let row = labels.firstIndex(of: a), let column = labels.firstIndex(of: b) else {
        continue
      }
      table.add(row: row, column: column)
    }
    return (labels, table)
  }

  /// `statistics.<statistic>.<source>` of a nominal vector.
  func statistic(_ name: String, source: String = "formula") -> [String: Any]? {
    let statistics = expected["statistics"] as? [String: Any]
    return (statistics?[name] as? [String: Any])?[source] as? [String: Any]
  }

  /// `input.<key>`.
  func input(_ key: String) -> Any? { (expected["input"] as? [String: Any])?[key] }

  // MARK: Binary vectors (unit, code, coder1, coder2)

  /// The codes in order of first appearance.
  var codes: [String] {
    var seen: [String] = []
    for row in rows where !seen.contains(row[1]) { seen.append(row[1]) }
    return seen
  }

  /// Rows of a binary vector as (unit, code, first coder's value, second's); nil is missing.
  var presence: [(unit: String, code: String, first: Bool?, second: Bool?)] {
    rows.map { row in
      (row[0], row[1], row[2].isEmpty ? nil : row[2] == "1", row[3].isEmpty ? nil : row[3] == "1")
    }
  }

  /// `per_code.<code>`.
  func perCode(_ code: String) -> [String: Any]? {
    (expected["per_code"] as? [String: Any])?[code] as? [String: Any]
  }

  /// `pooled.<key>`.
  func pooled(_ key: String) -> [String: Any]? {
    (expected["pooled"] as? [String: Any])?[key] as? [String: Any]
  }
}

/// The oracle's number, or nil for "NaN", a missing field or an error.
func oracleNumber(_ value: Any?) -> Double? {
  if let number = value as? NSNumber { return number.doubleValue }
  return nil
}

/// Checks an estimate against the oracle's value to 1e-9: a number must match, "NaN" (or a
/// missing value) must be undefined.
func expectMatches(
  _ ours: Estimate, _ oracle: Any?, _ what: String, tolerance: Double = 1e-9,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  if let expected = oracleNumber(oracle) {
    guard let value = ours.value else {
      Issue.record(
        "\(what): undefined (\(ours.undefinedReason?.rawValue ?? "")), oracle \(expected)",
        sourceLocation: sourceLocation)
      return
    }
    #expect(
      abs(value - expected) <= tolerance, "\(what): \(value) vs oracle \(expected)",
      sourceLocation: sourceLocation)
  } else {
    #expect(
      ours.value == nil,
      "\(what): \(ours.value ?? 0) but the oracle has no value (\(oracle ?? "-"))",
      sourceLocation: sourceLocation)
  }
}

/// Checks an interval against the oracle's `[lower, upper]` to 1e-9.
func expectMatches(
  _ ours: Estimated<Interval>, _ oracle: Any?, _ what: String,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  let bounds = (oracle as? [Any])?.compactMap(oracleNumber)
  guard let bounds, bounds.count == 2 else {
    #expect(
      ours.value == nil, "\(what): the oracle has no interval", sourceLocation: sourceLocation)
    return
  }
  expectMatches(ours.map(\.lower), bounds[0], what + " lower", sourceLocation: sourceLocation)
  expectMatches(ours.map(\.upper), bounds[1], what + " upper", sourceLocation: sourceLocation)
}
