/// How agreement figures are written in reports: fixed decimals without locale, "undefined"
/// with the reason where a figure has no value.
public enum AgreementFormat {
  /// `value` with `digits` decimals, rounded half away from zero; never `-0.00`.
  public static func fixed(_ value: Double, digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let rounded = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
    let negative = value < 0 && rounded > 0
    var whole = String(Int(rounded))
    if digits > 0 {
      if whole.count <= digits {
        whole = String(repeating: "0", count: digits - whole.count + 1) + whole
      }
      whole.insert(".", at: whole.index(whole.endIndex, offsetBy: -digits))
    }
    return (negative ? "-" : "") + whole
  }

  /// A coefficient such as kappa: `0.71`, or `undefined`.
  public static func coefficient(_ estimate: Estimate, digits: Int = 2) -> String {
    estimate.value.map { fixed($0, digits: digits) } ?? "undefined"
  }

  /// A proportion as a percentage: `98.8%`, or `undefined`.
  public static func percent(_ estimate: Estimate, digits: Int = 1) -> String {
    estimate.value.map { fixed($0 * 100, digits: digits) + "%" } ?? "undefined"
  }

  /// An interval: `[0.65, 0.77]`, or `undefined`.
  public static func interval(_ interval: Estimated<Interval>, digits: Int = 2) -> String {
    interval.value.map {
      "[\(fixed($0.lower, digits: digits)), \(fixed($0.upper, digits: digits))]"
    }
      ?? "undefined"
  }

  /// A whole number with thousands separators: `25,956`.
  public static func count(_ value: Int) -> String {
    let digits = String(abs(value))
    var out = ""
    for (index, character) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
      out.append(character)
    }
    return (value < 0 ? "-" : "") + out
  }

  /// A number for CSV and machines: the shortest text that reads back as the same Double, or
  /// empty when undefined.
  public static func exact(_ estimate: Estimate) -> String {
    estimate.value.map { String($0) } ?? ""
  }

  /// `1 segment`, `2 segments`.
  public static func plural(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(Self.count(count)) " + (count == 1 ? singular : plural ?? singular + "s")
  }

  /// `a`, `a and b`, `a, b and c`.
  public static func list(_ items: [String]) -> String {
    switch items.count {
    case 0: return ""
    case 1: return items[0]
    default: return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }
  }
}
