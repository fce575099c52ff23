/// Reading and writing codebooks as Markdown outlines (`Codebooks/*.md`).
///
/// ## Format
/// ```
/// # Program managers' perspectives on peer specialists      <- title (exactly one `#` heading)
/// Levels: Table, Theme, Subtheme                             <- optional names of the levels
/// Set: Barriers to hiring {eca18d76-2b8b-4f26-bc1d-19eca19fb3f0}   <- optional code sets
/// What keeps programs from hiring peers.                     <- the set's description
///
/// Codebook for the program-manager interviews.               <- optional description
///
/// ## T1 Characteristics of peer specialists                  <- a top-level code: `## ID Name`
/// Codable: no                                                <- only groups its subcodes
/// ### 1 Connections built on lived experience                <- its child: one `#` more
/// Shared experience as the basis of the peer relationship.   <- description paragraph(s)
/// Definition: Personal experience named as a condition of hiring.
/// Include: ...
/// Exclude: ...
/// Example: "..."
/// Color: #4e79a7
/// Sets: Barriers to hiring; Training                         <- the sets the code is in
/// Retired: 2026-11-23: merged into 1b                        <- only for a retired code
/// GUID: 5215cc69-b628-4e02-afb9-9beeaee55808                 <- only once pinned (REFI-QDA)
/// ```
/// - Heading depth is the level: `##` top level, down to `######` (5 levels of codes). A heading
///   may go at most one level deeper than the one before it.
/// - The first word of a heading is the code's ID (letters, digits, `.`, `_`, `-`, with a digit
///   or in capitals: `T1`, `1a`, `TRUST`), the rest its name. IDs are unique among siblings.
/// - A line `Field: value` sets a field. Before the first code: `Levels`, and `Set`, once per
///   code set: its name (unique, without `;`), optionally its GUID in braces, and on the lines
///   below its description. In a code: `Definition`, `Include`, `Exclude`, `Example`, `Color`
///   (`#rrggbb`), `Codable` (`no` for a code that only groups subcodes and may not be applied;
///   `yes` is the default and not written), `Sets` (names of code sets, separated by `;`; a set
///   no `Set:` line declares exists all the same), `Retired` (why and when), `GUID` (the
///   identity other tools know the code by; see `Codebook.guid(at:)`). Field names are
///   case-insensitive. A field's value goes on over the following lines up to a blank line,
///   a heading or another field.
/// - Other lines are description; blank lines separate paragraphs.
/// - A line starting with `\` is text with the backslash removed, so description text may
///   start with `#` or `Word:`; a line holding only `\` is an empty line inside a value.
/// - UTF-8, LF line endings, no tabs; trailing spaces are not kept.
///
/// The canonical form (what `markdown()` writes) puts one blank line between blocks, a code's
/// description right below its heading, then its fields in the order above.
extension Codebook {
  /// The field names a code may have, in canonical order.
  public static let codeFieldNames = [
    "Definition", "Include", "Exclude", "Example", "Color", "Codable", "Sets", "Retired", "GUID",
  ]
  /// The field names the codebook itself may have.
  public static let codebookFieldNames = ["Levels", "Set"]

  /// Parses a codebook file and validates it; `name` is the file stem, `file` the path shown in
  /// diagnostics.
  public static func parse(markdown text: String, name: String, file: String) -> Parsed<Codebook> {
    if let problem = SourceLines.lineEndingProblem(in: text, file: file) {
      return Parsed(value: nil, diagnostics: [problem])
    }
    var parser = CodebookMarkdownParser(lines: SourceLines(text, file: file), name: name)
    return parser.run()
  }

  /// The codebook in canonical Markdown.
  public func markdown() -> String {
    var blocks: [String] = []
    var head = "# \(title)"
    if !levels.isEmpty { head += "\nLevels: " + levels.joined(separator: ", ") }
    for set in sets { head += "\n" + MarkdownEscaping.field("Set", set.declaration) }
    blocks.append(head)
    if !description.isEmpty { blocks.append(MarkdownEscaping.description(description)) }
    for entry in flattened() {
      let code = entry.code
      var block = String(repeating: "#", count: entry.depth + 1) + " \(code.id) \(code.name)"
      if !code.description.isEmpty {
        block += "\n" + MarkdownEscaping.description(code.description)
      }
      let values = [
        code.definition, code.include, code.exclude, code.example, code.color,
        code.isCodable ? "" : "no", code.sets.joined(separator: "; "), code.retired, code.guid,
      ]
      for (field, value) in zip(Self.codeFieldNames, values) where !value.isEmpty {
        block += "\n" + MarkdownEscaping.field(field, value)
      }
      blocks.append(block)
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }
}

extension CodeSet {
  /// Reads a `Set:` field's value: `Name` or `Name {guid}` on the first line, the description
  /// on the lines below.
  init(declaration: String) {
    let lines = declaration.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    var head = lines[0].trimmed()[...]
    var guid = ""
    if head.hasSuffix("}"), let brace = head.lastIndex(of: "{"), brace > head.startIndex,
      head[head.index(before: brace)] == " "
    {
      guid = head[head.index(after: brace)..<head.index(before: head.endIndex)].trimmed()
      head = head[..<brace]
    }
    self.init(
      name: head.trimmed(), guid: guid, description: lines.count > 1 ? String(lines[1]) : "")
  }

  /// The `Set:` field's value; see `init(declaration:)`.
  var declaration: String {
    name + (guid.isEmpty ? "" : " {\(guid)}") + (description.isEmpty ? "" : "\n" + description)
  }
}

/// Escaping of text lines in codebook Markdown, so that any value survives a round trip.
enum MarkdownEscaping {
  /// Description text as lines; extra, leading and trailing empty lines become `\`.
  static func description(_ text: String) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    var out: [String] = []
    for (index, line) in lines.enumerated() {
      if line.isEmpty {
        let isBetweenText =
          index > 0 && index + 1 < lines.count && !lines[index - 1].isEmpty
          && !lines[index + 1].isEmpty
        out.append(isBetweenText ? "" : "\\")
      } else {
        out.append(escape(line))
      }
    }
    return out.joined(separator: "\n")
  }

  /// A field line and its continuation lines.
  static func field(_ name: String, _ value: String) -> String {
    let lines = value.split(separator: "\n", omittingEmptySubsequences: false)
    var out = lines[0].isEmpty ? "\(name):" : "\(name): \(lines[0])"
    for line in lines.dropFirst() {
      out += "\n" + (line.isEmpty ? "\\" : escape(line))
    }
    return out
  }

  /// A text line with a leading `\` when it would otherwise read as a heading, field or escape.
  static func escape(_ line: Substring) -> String {
    if line.hasPrefix("#") || line.hasPrefix("\\") || FieldLine(line) != nil {
      return "\\" + line
    }
    return String(line)
  }
}

/// A line of the form `Name: value` (or `Name:` alone).
struct FieldLine {
  /// The field name as written.
  let name: Substring
  /// The value after `: `.
  let value: Substring

  init?(_ line: Substring) {
    guard let colon = line.firstIndex(of: ":") else { return nil }
    let name = line[line.startIndex..<colon]
    guard let first = name.unicodeScalars.first, first.isASCIILetter,
      name.unicodeScalars.allSatisfy({ $0.isASCIILetter || $0 == "-" })
    else { return nil }
    let rest = line[line.index(after: colon)...]
    if rest.isEmpty {
      value = rest
    } else if rest.hasPrefix(" ") {
      value = rest.dropFirst()
    } else {
      return nil
    }
    self.name = name
  }
}

extension Unicode.Scalar {
  /// Whether this is an ASCII letter.
  var isASCIILetter: Bool {
    (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
  }
}
