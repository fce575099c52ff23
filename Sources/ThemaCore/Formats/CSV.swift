/// Writing and reading CSV as RFC 4180 describes it: fields separated by commas, records by
/// CRLF, a field quoted with `"` when it holds a comma, a quote, CR or LF, quotes doubled inside.
public enum CSV {
  /// Options for writing.
  public struct Options: Sendable {
    /// Start with a UTF-8 byte-order mark, so Excel reads the file as UTF-8.
    public var byteOrderMark: Bool
    /// Prefix a `'` to fields that begin with `=`, `+`, `-`, `@`, tab or CR, so a spreadsheet
    /// does not run them as formulas (CSV injection).
    public var neutralizeFormulas: Bool

    /// Creates options; both off by default.
    public init(byteOrderMark: Bool = false, neutralizeFormulas: Bool = false) {
      self.byteOrderMark = byteOrderMark
      self.neutralizeFormulas = neutralizeFormulas
    }
  }

  /// `text` with a leading `'` when it starts with `=`, `+`, `-`, `@`, tab or CR, so that a
  /// spreadsheet shows it instead of running it as a formula (CSV injection). For text
  /// columns of files whose number columns may be negative.
  public static func neutralizingFormula(_ text: String) -> String {
    guard let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first)
    else { return text }
    return "'" + text
  }

  /// One field, quoted when needed.
  public static func field(_ text: String, options: Options = Options()) -> String {
    let value = options.neutralizeFormulas ? neutralizingFormula(text) : text
    // Every character looked for is ASCII, so the UTF-8 bytes say it: scanning them (and
    // doubling quotes on them) is several times faster than scalars and Foundation, and a
    // report of every coding as CSV passes each passage through here.
    var needsQuotes = false
    var hasQuote = false
    for byte in value.utf8 where byte == 0x2C || byte == 0x22 || byte == 0x0D || byte == 0x0A {
      needsQuotes = true
      if byte == 0x22 { hasQuote = true }
    }
    guard needsQuotes else { return value }
    guard hasQuote else { return "\"" + value + "\"" }
    var bytes: [UInt8] = [0x22]
    bytes.reserveCapacity(value.utf8.count + 8)
    for byte in value.utf8 {
      bytes.append(byte)
      if byte == 0x22 { bytes.append(0x22) }
    }
    bytes.append(0x22)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// A whole document: a header record and rows, each record ending in CRLF.
  public static func document(header: [String], rows: [[String]], options: Options = Options())
    -> String
  {
    var out = options.byteOrderMark ? "\u{FEFF}" : ""
    for record in [header] + rows {
      out += record.map { field($0, options: options) }.joined(separator: ",") + "\r\n"
    }
    return out
  }

  /// Reads CSV text into records of fields; accepts LF or CRLF record ends and a leading BOM.
  ///
  /// Throws `CSVError` with the 1-based line of a quote that is never closed or a stray quote.
  public static func parse(_ text: String) throws(CSVError) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var inQuotes = false
    var fieldStarted = false
    var line = 1
    var quoteLine = 1
    var scalars = Array(text.unicodeScalars)
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      index += 1
      if inQuotes {
        if scalar == "\"" {
          if index < scalars.count && scalars[index] == "\"" {
            field.unicodeScalars.append("\"")
            index += 1
          } else {
            inQuotes = false
          }
        } else {
          if scalar == "\n" { line += 1 }
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"":
        guard field.isEmpty && !fieldStarted else { throw CSVError.strayQuote(line: line) }
        inQuotes = true
        fieldStarted = true
        quoteLine = line
      case ",":
        record.append(field)
        field = ""
        fieldStarted = false
      case "\r":
        if index < scalars.count && scalars[index] == "\n" { continue }
        fallthrough
      case "\n":
        record.append(field)
        records.append(record)
        record = []
        field = ""
        fieldStarted = false
        line += 1
      default:
        if fieldStarted && !inQuotes { throw CSVError.strayQuote(line: line) }
        field.unicodeScalars.append(scalar)
      }
    }
    if inQuotes { throw CSVError.unclosedQuote(line: quoteLine) }
    if !field.isEmpty || !record.isEmpty || fieldStarted {
      record.append(field)
      records.append(record)
    }
    return records
  }
}

/// A CSV file that cannot be read.
public enum CSVError: Error, Hashable, Sendable {
  /// A quoted field opened on `line` is never closed.
  case unclosedQuote(line: Int)
  /// A quote in the middle of an unquoted field, or text after a closing quote.
  case strayQuote(line: Int)

  /// What is wrong and what to do.
  public var message: String {
    switch self {
    case .unclosedQuote(let line):
      return "a quoted field that starts on line \(line) is never closed; add the closing '\"'"
    case .strayQuote(let line):
      return
        "a '\"' inside a field on line \(line); quote the whole field and double the quote ('\"\"')"
    }
  }

  /// The line the problem is on.
  public var line: Int {
    switch self {
    case .unclosedQuote(let line), .strayQuote(let line): return line
    }
  }
}
