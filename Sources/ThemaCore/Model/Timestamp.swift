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
    var numbers: [Int] = []
    var current = 0
    var digits = 0
    var fraction: Int?
    var fractionDigits = 0
    for byte in text.utf8 {
      switch byte {
      case 48...57:
        if fraction != nil {
          fractionDigits += 1
          guard fractionDigits <= 3 else { return nil }
          fraction = (fraction ?? 0) * 10 + Int(byte - 48)
        } else {
          digits += 1
          guard digits <= 3 else { return nil }
          current = current * 10 + Int(byte - 48)
        }
      case 58:  // ":"
        guard fraction == nil, digits > 0, numbers.count < 2 else { return nil }
        numbers.append(current)
        current = 0
        digits = 0
      case 46, 44:  // "." or ","
        guard fraction == nil, digits > 0 else { return nil }
        fraction = 0
      default:
        return nil
      }
    }
    guard digits > 0, fraction == nil || fractionDigits > 0 else { return nil }
    numbers.append(current)
    guard numbers.count >= 2 else { return nil }
    if numbers.count == 2 { numbers.insert(0, at: 0) }
    guard numbers[2] < 60, numbers[1] < 60 || text.utf8.filter({ $0 == 58 }).count == 1 else {
      return nil
    }
    let ms = (fraction ?? 0) * [1, 100, 10, 1][fractionDigits]
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
