/// Counts words the way a researcher would: runs of letters, digits and inner apostrophes.
public enum WordCount {
  /// The number of words in `text`.
  public static func count(_ text: some StringProtocol) -> Int {
    var count = 0
    var inWord = false
    _ = UTF8Scan.allScalars(of: text) { value in
      let isWordScalar: Bool
      if value < 0x80 {
        // ASCII without a lookup in Unicode's tables: letters and digits are the only
        // alphabetic and numeric scalars there.
        let lower = value | 0x20
        isWordScalar =
          (lower >= 0x61 && lower <= 0x7A) || (value >= 0x30 && value <= 0x39)
          || (inWord && value == 0x27)
      } else if let scalar = Unicode.Scalar(value) {
        isWordScalar =
          scalar.properties.isAlphabetic || scalar.properties.numericType != nil
          || (inWord && value == 0x2019)
      } else {
        isWordScalar = false
      }
      if isWordScalar && !inWord { count += 1 }
      inWord = isWordScalar
      return true
    }
    return count
  }
}
