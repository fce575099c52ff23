extension TranscriptID {
  /// An ID made from a source file's name: its stem with accents removed and every run of
  /// characters an ID may not hold (spaces, brackets, other scripts) as one `-`, e.g.
  /// `P03 interview (final).docx` becomes `P03-interview-final`; nil when nothing usable is left.
  public init?(fileName: String) {
    var stem = fileName.split(separator: "/").last.map(String.init) ?? fileName
    if let dot = stem.lastIndex(of: "."), dot > stem.startIndex { stem = String(stem[..<dot]) }
    var out = ""
    var pendingDash = false
    for scalar in stem.decomposedStringWithCanonicalMapping.unicodeScalars {
      if scalar.properties.generalCategory == .nonspacingMark { continue }
      if IdentifierRule.isAlphanumeric(scalar) || (!out.isEmpty && (scalar == "." || scalar == "_"))
      {
        if pendingDash { out += "-" }
        pendingDash = false
        out.unicodeScalars.append(scalar)
      } else if !out.isEmpty {
        pendingDash = true
      }
    }
    self.init(rawValue: out)
  }
}
