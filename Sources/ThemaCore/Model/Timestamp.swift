/// A time offset into a recording, kept to the millisecond, such as a segment's start time.
public struct Timestamp: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  /// Milliseconds from the start of the recording.
  public let milliseconds: Int

  /// Creates a timestamp from milliseconds since the start of the recording.
  public init(milliseconds: Int) {
    self.milliseconds = milliseconds
  }

  /// `HH:MM:SS`, or `HH:MM:SS.mmm` when the milliseconds are not zero.
  public var description: String {
    let ms = milliseconds % 1000
    let totalSeconds = milliseconds / 1000
    let base =
      "\(pad(totalSeconds / 3600, 2)):\(pad(totalSeconds / 60 % 60, 2)):\(pad(totalSeconds % 60, 2))"
    return ms == 0 ? base : base + "." + pad(ms, 3)
  }

  /// Parses `HH:MM:SS`, `HH:MM:SS.mmm`, `MM:SS` or `M:SS` (a comma may stand for the dot, as in
  /// SRT); nil when the text is not a time.
  public init?(parsing text: some StringProtocol) {
    let normalized = text.replacingOccurrences(of: ",", with: ".")
    let mainAndFraction = normalized.split(separator: ".", omittingEmptySubsequences: false)
    guard mainAndFraction.count <= 2 else { return nil }
    let parts = mainAndFraction[0].split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2 || parts.count == 3 else { return nil }
    var numbers: [Int] = []
    for part in parts {
      guard !part.isEmpty, part.count <= 3, part.allSatisfy(\.isASCIIDigit), let n = Int(part)
      else { return nil }
      numbers.append(n)
    }
    if parts.count == 2 { numbers.insert(0, at: 0) }
    guard numbers[1] < 60 || parts.count == 2, numbers[2] < 60 else { return nil }
    var ms = 0
    if mainAndFraction.count == 2 {
      let fraction = mainAndFraction[1]
      guard (1...3).contains(fraction.count), fraction.allSatisfy(\.isASCIIDigit),
        let value = Int(fraction)
      else { return nil }
      ms = value * [100, 10, 1][fraction.count - 1]
    }
    self.milliseconds = ((numbers[0] * 60 + numbers[1]) * 60 + numbers[2]) * 1000 + ms
  }

  /// Orders timestamps by time.
  public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
    lhs.milliseconds < rhs.milliseconds
  }
}

private func pad(_ value: Int, _ width: Int) -> String {
  let digits = String(value)
  return digits.count >= width
    ? digits : String(repeating: "0", count: width - digits.count) + digits
}

extension Character {
  /// Whether this is one of the ASCII digits 0 to 9.
  var isASCIIDigit: Bool { isASCII && isNumber }
}
