/// Counts words the way a researcher would: runs of letters, digits and inner apostrophes.
public enum WordCount {
  /// The number of words in `text`.
  public static func count(_ text: some StringProtocol) -> Int {
    var count = 0
    var inWord = false
    for scalar in text.unicodeScalars {
      let isWordScalar =
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        || (inWord && (scalar == "'" || scalar == "\u{2019}"))
      if isWordScalar && !inWord { count += 1 }
      inWord = isWordScalar
    }
    return count
  }
}
