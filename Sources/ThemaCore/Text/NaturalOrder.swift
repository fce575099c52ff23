/// Compares strings so that runs of digits compare by value: `S2` before `S10`, `1b` before `10a`.
public enum NaturalOrder {
  /// Whether `lhs` sorts before `rhs` in natural order; ties broken by plain code-point order.
  public static func less(_ lhs: String, _ rhs: String) -> Bool {
    var a = lhs.unicodeScalars.makeIterator()
    var b = rhs.unicodeScalars.makeIterator()
    var ca = a.next()
    var cb = b.next()
    while let x = ca, let y = cb {
      if isDigit(x) && isDigit(y) {
        var na: [Unicode.Scalar] = []
        var nb: [Unicode.Scalar] = []
        while let d = ca, isDigit(d) {
          na.append(d)
          ca = a.next()
        }
        while let d = cb, isDigit(d) {
          nb.append(d)
          cb = b.next()
        }
        let ta = trimZeros(na)
        let tb = trimZeros(nb)
        if ta.count != tb.count { return ta.count < tb.count }
        for (p, q) in zip(ta, tb) where p != q { return p.value < q.value }
        if na.count != nb.count { return na.count < nb.count }
        continue
      }
      if x != y { return x.value < y.value }
      ca = a.next()
      cb = b.next()
    }
    return ca == nil && cb != nil
  }

  private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0x30 && scalar.value <= 0x39
  }

  private static func trimZeros(_ digits: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar> {
    let firstNonZero = digits.firstIndex { $0 != "0" } ?? digits.endIndex
    return digits[firstNonZero...]
  }
}
