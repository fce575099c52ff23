/// Escaping of untrusted text (quotes, memos, names, descriptions) for each markup Thema
/// writes, so that no quote can break a table, run a script or stop a LaTeX build.
public enum MarkupEscaping {
  /// Text for HTML element content and quoted attribute values: `&`, `<`, `>`, `"` and `'` as
  /// character references; control characters other than tab and line breaks dropped.
  public static func html(_ text: String) -> String {
    markup(text, apostrophe: "&#39;")
  }

  /// Text for XML element content and attribute values (WordprocessingML): like `html`, and
  /// every character XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF) is dropped, so the part
  /// stays well-formed whatever a transcript holds.
  public static func xml(_ text: String) -> String {
    markup(text, apostrophe: "&apos;")
  }

  private static func markup(_ text: String, apostrophe: String) -> String {
    escapingBytes(text) { byte in
      switch byte {
      case 0x26: "&amp;"
      case 0x3C: "&lt;"
      case 0x3E: "&gt;"
      case 0x22: "&quot;"
      case 0x27: apostrophe
      default: nil
      }
    }
  }

  /// `text` without the characters XML 1.0 forbids, each ASCII byte for which `replacement`
  /// gives a string replaced by it. Works on the UTF-8 bytes, since every character it changes
  /// is ASCII or one of U+FFFE and U+FFFF: appending scalar by scalar to a String took most of
  /// the time of reports and project exports, which escape every passage of a study.
  static func escapingBytes(_ text: String, _ replacement: (UInt8) -> String?) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + 16)
    var utf8 = text.utf8.makeIterator()
    var pending = utf8.next()
    while let byte = pending {
      pending = utf8.next()
      if byte < 0x80 {
        if let replaced = replacement(byte) {
          bytes += replaced.utf8
        } else if byte >= 0x20 && byte != 0x7F || byte == 0x09 || byte == 0x0A || byte == 0x0D {
          bytes.append(byte)
        }
      } else if byte == 0xEF && pending == 0xBF {
        // U+FFFE and U+FFFF are EF BF BE and EF BF BF; other EF BF .. are allowed.
        let third = utf8.next()
        pending = utf8.next()
        if let third, third == 0xBE || third == 0xBF { continue }
        bytes += [0xEF, 0xBF]
        if let third { bytes.append(third) }
      } else {
        bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Text for LaTeX: the ten special characters (`\ { } $ & # ^ _ % ~`) and `< > | "` as
  /// commands that print them, typographic quotes and dashes as LaTeX ligatures, line breaks as
  /// spaces, `--` kept from becoming a dash, brackets braced so that none is read as an optional
  /// argument. Needs `\usepackage[T1]{fontenc}` for `"` and `|`.
  public static func latex(_ text: String) -> String {
    var out = ""
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars where isAllowedInXML(scalar) {
      switch scalar {
      case "\\": out += "\\textbackslash{}"
      case "{": out += "\\{"
      case "}": out += "\\}"
      case "$": out += "\\$"
      case "&": out += "\\&"
      case "#": out += "\\#"
      case "_": out += "\\_"
      case "%": out += "\\%"
      case "^": out += "\\textasciicircum{}"
      case "~": out += "\\textasciitilde{}"
      case "<": out += "\\textless{}"
      case ">": out += "\\textgreater{}"
      case "|": out += "\\textbar{}"
      case "[": out += "{[}"
      case "]": out += "{]}"
      case "\"": out += "\\textquotedbl{}"
      case "-": out += previous == "-" ? "{}-" : "-"
      case "\u{201C}": out += "``"
      case "\u{201D}": out += "''"
      case "\u{2018}": out += "`"
      case "\u{2019}": out += "'"
      case "\u{2026}": out += "\\ldots{}"
      case "\u{2013}": out += "--"
      case "\u{2014}": out += "---"
      case "\n", "\r", "\t": out += " "
      default: out.unicodeScalars.append(scalar)
      }
      previous = scalar
    }
    return out
  }

  /// Text for a Markdown paragraph or pipe-table cell that renders literally on GitHub and in
  /// Pandoc: ASCII punctuation that could start markup is backslash-escaped (`|` included, so a
  /// cell never splits), `<` and `>` become `&lt;` and `&gt;` so no HTML gets through, `&` cannot
  /// form an entity, line breaks become spaces, and a leading list or heading marker is escaped.
  public static func markdown(_ text: String) -> String {
    var out = escapingBytes(text) { byte in
      switch byte {
      case 0x3C: "&lt;"
      case 0x3E: "&gt;"
      // \ ` * _ [ ] | ~ $ @ ^ & # { }
      case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x7C, 0x7E, 0x24, 0x40, 0x5E, 0x26, 0x23, 0x7B,
        0x7D:
        "\\" + String(UnicodeScalar(byte))
      case 0x0A, 0x0D, 0x09: " "
      default: nil
      }
    }
    if let first = out.unicodeScalars.first, first == "-" || first == "+" || first == "=" {
      out = "\\" + out
    } else {
      let digits = out.prefix { $0.isASCII && $0.isNumber }
      let rest = out.dropFirst(digits.count)
      if !digits.isEmpty, let marker = rest.first, marker == "." || marker == ")" {
        out = digits + "\\" + rest
      }
    }
    return out
  }

  /// Whether XML 1.0 allows `scalar` in a document (tab, line feed, carriage return, and
  /// everything from U+0020 except U+FFFE and U+FFFF; Swift strings hold no surrogates).
  static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: return true
    case 0x00...0x1F, 0x7F, 0xFFFE, 0xFFFF: return false
    default: return true
    }
  }
}
