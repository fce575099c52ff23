extension CSV {
  /// A record and the 1-based line of the text it starts on.
  public struct NumberedRecord: Hashable, Sendable {
    /// The line the record starts on.
    public var line: Int
    /// Its fields.
    public var fields: [String]
  }

  /// Reads CSV text like `parse`, keeping the line each record starts on, so diagnostics can
  /// point at it even after quoted fields that span lines.
  public static func parseNumbered(_ text: String) throws(CSVError) -> [NumberedRecord] {
    var line = 1
    var numbered: [NumberedRecord] = []
    for record in try parse(text) {
      numbered.append(NumberedRecord(line: line, fields: record))
      // Each record ends with one line end; quoted fields keep theirs in their values.
      line += 1
      for field in record {
        var previous: Unicode.Scalar?
        for scalar in field.unicodeScalars {
          if scalar == "\n" && previous != "\r" || scalar == "\r" { line += 1 }
          previous = scalar
        }
      }
    }
    return numbered
  }
}
