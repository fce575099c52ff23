/// Compares strings so that runs of digits compare by value: `S2` before `S10`, `1b` before `10a`.
public enum NaturalOrder {
  /// Whether `lhs` sorts before `rhs` in natural order; ties broken by plain code-point order.
  ///
  /// Works on the UTF-8 bytes without allocating: sorting segments and codes is on the hot path
  /// of every report and table. Byte order is code-point order in UTF-8, and digits are ASCII.
  public static func less(_ lhs: String, _ rhs: String) -> Bool {
    var lhs = lhs
    var rhs = rhs
    return lhs.withUTF8 { a in rhs.withUTF8 { b in less(a, b) } }
  }

  private static func less(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>)
    -> Bool
  {
    var i = 0
    var j = 0
    while i < a.count && j < b.count {
      let x = a[i]
      let y = b[j]
      if isDigit(x) && isDigit(y) {
        var endA = i
        while endA < a.count && isDigit(a[endA]) { endA += 1 }
        var endB = j
        while endB < b.count && isDigit(b[endB]) { endB += 1 }
        var startA = i
        while startA < endA && a[startA] == 0x30 { startA += 1 }
        var startB = j
        while startB < endB && b[startB] == 0x30 { startB += 1 }
        let significantA = endA - startA
        let significantB = endB - startB
        if significantA != significantB { return significantA < significantB }
        for offset in 0..<significantA where a[startA + offset] != b[startB + offset] {
          return a[startA + offset] < b[startB + offset]
        }
        if endA - i != endB - j { return endA - i < endB - j }
        i = endA
        j = endB
        continue
      }
      if x != y { return x < y }
      i += 1
      j += 1
    }
    return i >= a.count && j < b.count
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= 0x30 && byte <= 0x39
  }
}
