/// The <Codes> tree shared by REFI-QDA codebooks (.qdc) and projects (.qde inside .qdpx).
///
/// ## Format
/// ```
/// <Codes>
///   <Code guid="5215cc69-b628-4e02-afb9-9beeaee55808" name="T1 Characteristics of peers"
///         isCodable="true" color="#4e79a7">
///     <Description>Who the peers are.                <- see `RefiDescription`
///
/// Definition: ...</Description>
///     <Code guid="..." name="1 Lived experience" isCodable="true"/>   <- a subcode
///   </Code>
/// </Codes>
/// ```
/// - `guid` (required by the standard): read in any case, with or without braces, and pinned
///   on the code as a lowercase GUID; written as `Codebook.guid(at:)`. A missing or malformed
///   GUID is a warning (the code gets an identity of its own); the same GUID twice is an error.
/// - `name` (required): written as `ID Name`; read back into an ID and a name by
///   `RefiCodeIDs`. Line breaks and tabs become spaces. A code without a name is an error.
/// - `isCodable` (required): `true`/`1` or `false`/`0`; false becomes `Codable: no`. A retired
///   code is written as not codable (its `Retired:` paragraph says why) and comes back retired.
/// - `color`: `#rrggbb` (or `#rgb`, widened); anything else is a warning.
/// - `<Description>`: the description and the Definition, Include, Exclude, Example and Retired
///   fields, laid out by `RefiDescription`.
/// - Codes nest; Thema holds at most `Codebook.maximumDepth` levels, and a deeper code is an
///   error. Other child elements (`NoteRef`) are skipped.
public enum RefiCodes {
  /// What was read from a <Codes> element.
  public struct Reading: Sendable {
    /// Thema codes with IDs, names, fields, guid pinned.
    public var codes: [Code]
    /// Canonical (`GUID.normalized`) GUID -> path of the code.
    public var paths: [String: CodePath]
    /// Warnings and errors with file and line.
    public var diagnostics: [Diagnostic]
    /// The line of each code's `<Code>` tag, by path, for later diagnostics about it.
    public var lines: [CodePath: Int] = [:]
  }

  /// How names become IDs; see `RefiCodeIDs`.
  public struct ReadOptions: Hashable, Sendable {
    /// Whether a first word in capitals alone (`TRUST`) may be an ID, as in files Thema wrote.
    public var capitalIDs: Bool

    /// Creates options.
    public init(capitalIDs: Bool = false) {
      self.capitalIDs = capitalIDs
    }
  }

  /// Reads the <Code> children of `codes` (a <Codes> element); `file` names the file in diagnostics.
  public static func read(_ codes: XMLTree.Element, file: String) -> Reading {
    read(codes, file: file, options: ReadOptions())
  }

  /// Reads the <Code> children of `codes` with `options`; see `read(_:file:)`.
  public static func read(_ codes: XMLTree.Element, file: String, options: ReadOptions)
    -> Reading
  {
    var reader = CodesReader(file: file, options: options)
    let nodes = reader.nodes(codes.children("Code"), depth: 1)
    var reading = Reading(codes: [], paths: [:], diagnostics: reader.diagnostics)
    reading.codes = build(nodes, parent: CodePath(components: []), options: options, &reading)
    return reading
  }

  /// Writes `codebook`'s codes as one <Codes> element, each <Code> with guid
  /// (Codebook.guid(at:)), name, isCodable, color, <Description>.
  public static func write(_ codebook: Codebook, into writer: inout XMLWriter) {
    writer.open("Codes")
    for code in codebook.codes {
      write(code, path: CodePath(components: [code.id]), codebook: codebook, into: &writer)
    }
    writer.close()
  }

  private static func write(
    _ code: Code, path: CodePath, codebook: Codebook, into writer: inout XMLWriter
  ) {
    var attributes = [
      ("guid", codebook.guid(at: path)), ("name", "\(code.id) \(code.name)"),
      ("isCodable", code.isCodable && !code.isRetired ? "true" : "false"),
    ]
    if !code.color.isEmpty { attributes.append(("color", code.color)) }
    let description = RefiDescription(code).text
    if description.isEmpty && code.children.isEmpty {
      writer.leaf("Code", attributes)
      return
    }
    writer.open("Code", attributes)
    if !description.isEmpty { writer.leaf("Description", content: description) }
    for child in code.children {
      write(child, path: path.appending(child.id), codebook: codebook, into: &writer)
    }
    writer.close()
  }

  /// Turns read nodes into codes, giving IDs sibling group by sibling group.
  private static func build(
    _ nodes: [CodeNode], parent: CodePath, options: ReadOptions, _ reading: inout Reading
  ) -> [Code] {
    let named = RefiCodeIDs.assign(
      nodes.map(\.name), parentID: parent.components.last, capitals: options.capitalIDs)
    var codes: [Code] = []
    for (node, (id, name)) in zip(nodes, named) {
      let path = parent.appending(id)
      var code = Code(
        id: id, name: name, color: node.color,
        isCodable: node.isCodable || !node.fields.retired.isEmpty,
        guid: node.guid)
      node.fields.apply(to: &code)
      if !node.guid.isEmpty { reading.paths[node.guid] = path }
      reading.lines[path] = node.line
      code.children = build(node.children, parent: path, options: options, &reading)
      codes.append(code)
    }
    return codes
  }
}

/// A `<Code>` as read, before it has an ID.
private struct CodeNode {
  var name: String
  var guid: String
  var isCodable: Bool
  var color: String
  var fields: RefiDescription
  var line: Int
  var children: [CodeNode]
}

/// The walk over `<Code>` elements behind `RefiCodes.read`, collecting diagnostics.
private struct CodesReader {
  let file: String
  let options: RefiCodes.ReadOptions
  var diagnostics: [Diagnostic] = []
  var firstLineOfGUID: [String: Int] = [:]

  init(file: String, options: RefiCodes.ReadOptions) {
    self.file = file
    self.options = options
  }

  mutating func nodes(_ elements: [XMLTree.Element], depth: Int) -> [CodeNode] {
    elements.compactMap { node($0, depth: depth) }
  }

  private mutating func node(_ element: XMLTree.Element, depth: Int) -> CodeNode? {
    let name = Self.collapsed(element[attribute: "name"] ?? "")
    guard !name.isEmpty else {
      report(.error, .codeWithoutName, element)
      return nil
    }
    guard depth <= Codebook.maximumDepth else {
      report(
        .error, .codeTooDeep(code: name, depth: depth, limit: Codebook.maximumDepth), element)
      return nil
    }
    var node = CodeNode(
      name: name, guid: guid(element, name: name), isCodable: codable(element, name: name),
      color: color(element, name: name),
      fields: RefiDescription(parsing: element.child("Description")?.text ?? ""),
      line: element.line, children: [])
    node.children = nodes(element.children("Code"), depth: depth + 1)
    return node
  }

  private mutating func guid(_ element: XMLTree.Element, name: String) -> String {
    guard let raw = element[attribute: "guid"], !raw.trimmed().isEmpty else {
      report(.warning, .codeWithoutGUID(code: name), element)
      return ""
    }
    guard let guid = GUID.normalized(raw) else {
      report(.warning, .invalidGUID(value: raw, code: name), element)
      return ""
    }
    if let first = firstLineOfGUID[guid] {
      report(.error, .duplicateGUID(guid: guid, code: name, firstLine: first), element)
      return ""
    }
    firstLineOfGUID[guid] = element.line
    return guid
  }

  private mutating func codable(_ element: XMLTree.Element, name: String) -> Bool {
    switch element[attribute: "isCodable"]?.trimmed() {
    case nil, "true", "1": return true
    case "false", "0": return false
    case let value?:
      report(.warning, .invalidCodable(value: value, code: name), element)
      return true
    }
  }

  private mutating func color(_ element: XMLTree.Element, name: String) -> String {
    guard let raw = element[attribute: "color"]?.trimmed(), !raw.isEmpty else { return "" }
    let digits = Array(raw.unicodeScalars.dropFirst())
    guard raw.hasPrefix("#"), digits.count == 6 || digits.count == 3,
      digits.allSatisfy({ $0.properties.isASCIIHexDigit })
    else {
      report(.warning, .invalidColor(value: raw, code: name), element)
      return ""
    }
    let wide = digits.count == 3 ? digits.flatMap { [$0, $0] } : digits
    var color = "#"
    color.unicodeScalars.append(contentsOf: wide)
    return color
  }

  private mutating func report(
    _ severity: Diagnostic.Severity, _ problem: RefiProblem, _ element: XMLTree.Element
  ) {
    diagnostics.append(
      Diagnostic(
        severity, .refi(problem),
        at: SourceLocation(file: file, line: element.line > 0 ? element.line : nil)))
  }

  /// `text` on one line: each line break or tab as a space, trimmed.
  static func collapsed(_ text: String) -> String {
    String(text.map { $0.isWhitespace ? " " : $0 }).trimmed()
  }
}
