/// The line-by-line reader behind `Codebook.parse(markdown:name:file:)`; see there for the format.
struct CodebookMarkdownParser {
  /// A code as read, before the tree is built.
  private struct Node {
    var code: Code
    var depth: Int
    var line: Int
    var parent: Int?
    var fields: Set<String> = []
    /// The `Codable:` value as written and its line, checked when the tree is built.
    var codable: (text: String, line: Int)?
  }

  /// Which value the lines being read belong to.
  private enum Target {
    case codebook
    case node(Int)
  }

  private let lines: SourceLines
  private let name: String
  private var diagnostics: [Diagnostic] = []
  private var title: String?
  private var levels: [String] = []
  /// Each `Set:` value as written (first line name and GUID, the rest description) and its line.
  private var sets: [(value: String, line: Int)] = []
  private var codebookFields: Set<String> = []
  private var codebookDescription: [String] = []
  private var nodes: [Node] = []
  private var descriptions: [[String]] = []
  private var stack: [Int] = []
  private var target = Target.codebook
  private var field: String?
  private var inParagraph = false
  private var sawContent = false

  init(lines: SourceLines, name: String) {
    self.lines = lines
    self.name = name
  }

  mutating func run() -> Parsed<Codebook> {
    for (index, raw) in lines.lines.enumerated() {
      if let tab = raw.firstIndex(of: "\t") {
        let column = raw.distance(from: raw.startIndex, to: tab) + 1
        diagnostics.append(
          Diagnostic(.error, .tabCharacter, at: lines.location(index, column: column)))
      }
      read(raw.trimmingTrailingWhitespace(), at: index)
    }
    if lines.lines.allSatisfy({ $0.allSatisfy { $0 == " " || $0 == "\t" } }) {
      return Parsed(
        value: nil,
        diagnostics: [Diagnostic(.error, .emptyFile, at: SourceLocation(file: lines.file))])
    }
    let codebook = build()
    var headingLines: [[Int]: Int] = [:]
    for (path, node) in indexPaths() { headingLines[path] = nodes[node].line + 1 }
    diagnostics += codebook.validate(
      file: lines.file, headingLines: headingLines, setLines: sets.map(\.line))
    return Parsed(value: codebook, diagnostics: diagnostics)
  }

  // MARK: Reading lines

  private mutating func read(_ line: Substring, at index: Int) {
    if line.isEmpty {
      field = nil
      inParagraph = false
      return
    }
    let isFirstContent = !sawContent
    sawContent = true
    if line.hasPrefix("#") {
      readHeading(line, at: index)
      return
    }
    if isFirstContent {
      diagnostics.append(Diagnostic(.error, .missingTitle, at: lines.location(index, column: 1)))
      title = ""
    }
    if let fieldLine = FieldLine(line) {
      readField(fieldLine, at: index)
      return
    }
    let text = line.hasPrefix("\\") ? String(line.dropFirst()) : String(line)
    if let field {
      append(toField: field, "\n" + text)
    } else {
      appendDescription(text)
    }
  }

  private mutating func readHeading(_ line: Substring, at index: Int) {
    field = nil
    inParagraph = false
    let marks = line.prefix { $0 == "#" }.count
    let rest = line.dropFirst(marks)
    guard rest.isEmpty || rest.hasPrefix(" ") else {
      diagnostics.append(
        Diagnostic(.error, .malformedHeading, at: lines.location(index, column: marks + 1)))
      return
    }
    let text = rest.trimmed()
    if marks == 1 {
      if title == nil {
        title = text
        target = .codebook
      } else {
        diagnostics.append(Diagnostic(.error, .extraTitle, at: lines.location(index, column: 1)))
      }
      return
    }
    if title == nil {
      diagnostics.append(Diagnostic(.error, .missingTitle, at: lines.location(index, column: 1)))
      title = ""
    }
    guard marks <= 6 else {
      diagnostics.append(
        Diagnostic(.error, .headingTooDeep(level: marks), at: lines.location(index, column: 1)))
      return
    }
    var depth = marks - 1
    let deepest = (stack.last.map { nodes[$0].depth } ?? 0) + 1
    if depth > deepest {
      diagnostics.append(
        Diagnostic(
          .error, .headingSkipsLevel(found: marks, deepestAllowed: deepest + 1),
          at: lines.location(index, column: 1)))
      depth = deepest
    }
    let id = text.prefix { $0 != " " }
    guard Self.looksLikeCodeID(id) else {
      diagnostics.append(
        Diagnostic(
          .error, .headingWithoutID(heading: text), at: lines.location(index, column: marks + 2)))
      return
    }
    let codeName = text.dropFirst(id.count).trimmed()
    while let last = stack.last, nodes[last].depth >= depth { stack.removeLast() }
    nodes.append(
      Node(
        code: Code(id: String(id), name: codeName), depth: depth, line: index, parent: stack.last))
    descriptions.append([])
    stack.append(nodes.count - 1)
    target = .node(nodes.count - 1)
  }

  private mutating func readField(_ fieldLine: FieldLine, at index: Int) {
    inParagraph = false
    let key = fieldLine.name.lowercased()
    let location = lines.location(index, column: 1)
    let codeFields = Codebook.codeFieldNames.map { $0.lowercased() }
    let known: [String]
    let seen: Set<String>
    switch target {
    case .codebook:
      known = Codebook.codebookFieldNames
      seen = codebookFields
    case .node(let node):
      known = Codebook.codeFieldNames
      seen = nodes[node].fields
    }
    guard known.map({ $0.lowercased() }).contains(key) else {
      if case .codebook = target, codeFields.contains(key) {
        diagnostics.append(
          Diagnostic(.error, .fieldOutsideCode(name: String(fieldLine.name)), at: location))
      } else {
        diagnostics.append(
          Diagnostic(
            .error, .unknownField(name: String(fieldLine.name), known: known), at: location))
      }
      field = nil
      return
    }
    if seen.contains(key) && key != "set" {
      diagnostics.append(
        Diagnostic(.error, .duplicateField(name: String(fieldLine.name)), at: location))
    }
    field = key
    switch target {
    case .codebook: codebookFields.insert(key)
    case .node(let node): nodes[node].fields.insert(key)
    }
    set(field: key, String(fieldLine.value), at: index)
  }

  private mutating func appendDescription(_ text: String) {
    switch target {
    case .codebook:
      Self.append(text, to: &codebookDescription, continuing: inParagraph)
    case .node(let node):
      Self.append(text, to: &descriptions[node], continuing: inParagraph)
    }
    inParagraph = true
  }

  private static func append(_ text: String, to paragraphs: inout [String], continuing: Bool) {
    if continuing, let last = paragraphs.indices.last {
      paragraphs[last] += "\n" + text
    } else {
      paragraphs.append(text)
    }
  }

  private mutating func set(field key: String, _ value: String, at index: Int) {
    switch target {
    case .codebook where key == "set":
      sets.append((value, index + 1))
    case .codebook:
      levels = value.split(separator: ",").map { $0.trimmed() }.filter { !$0.isEmpty }
    case .node(let node) where key == "codable":
      nodes[node].codable = (value, index + 1)
    case .node(let node):
      Self.write(key, value, into: &nodes[node].code, appending: false)
    }
  }

  private mutating func append(toField key: String, _ text: String) {
    switch target {
    case .codebook where key == "set":
      if let last = sets.indices.last { sets[last].value += text }
    case .codebook:
      let more = text.split(separator: ",").map { $0.trimmed() }.filter { !$0.isEmpty }
      levels += more
    case .node(let node) where key == "codable":
      nodes[node].codable?.text += text
    case .node(let node):
      Self.write(key, text, into: &nodes[node].code, appending: true)
    }
  }

  private static func write(_ key: String, _ value: String, into code: inout Code, appending: Bool)
  {
    func update(_ field: inout String) { field = appending ? field + value : value }
    switch key {
    case "definition": update(&code.definition)
    case "include": update(&code.include)
    case "exclude": update(&code.exclude)
    case "example": update(&code.example)
    case "color": update(&code.color)
    case "retired": update(&code.retired)
    case "guid": update(&code.guid)
    case "sets":
      code.sets += value.split(whereSeparator: { $0 == ";" || $0 == "\n" }).map { $0.trimmed() }
        .filter { !$0.isEmpty }
    default: break
    }
  }

  // MARK: Building the tree

  private mutating func build() -> Codebook {
    var children: [[Int]] = Array(repeating: [], count: nodes.count)
    var roots: [Int] = []
    for (index, node) in nodes.enumerated() {
      if let parent = node.parent { children[parent].append(index) } else { roots.append(index) }
    }
    for index in nodes.indices {
      guard let (text, line) = nodes[index].codable else { continue }
      switch text.trimmed().lowercased() {
      case "yes", "true": nodes[index].code.isCodable = true
      case "no", "false": nodes[index].code.isCodable = false
      default:
        diagnostics.append(
          Diagnostic(.error, .invalidCodable(text), at: lines.location(line - 1, column: 10)))
      }
    }
    let nodes = self.nodes
    let descriptions = self.descriptions
    func make(_ index: Int) -> Code {
      var code = nodes[index].code
      code.description = descriptions[index].joined(separator: "\n\n")
      code.children = children[index].map(make)
      return code
    }
    return Codebook(
      name: name, title: title ?? "", levels: levels,
      description: codebookDescription.joined(separator: "\n\n"),
      sets: sets.map { CodeSet(declaration: $0.value) }, codes: roots.map(make))
  }

  /// Each node's position in the tree as child indices, the key of `validate`'s line map.
  private func indexPaths() -> [([Int], Int)] {
    var result: [([Int], Int)] = []
    var childCount: [Int: Int] = [:]
    var rootCount = 0
    var paths: [[Int]] = []
    for (index, node) in nodes.enumerated() {
      let path: [Int]
      if let parent = node.parent {
        let position = childCount[parent, default: 0]
        childCount[parent] = position + 1
        path = paths[parent] + [position]
      } else {
        path = [rootCount]
        rootCount += 1
      }
      paths.append(path)
      result.append((path, index))
    }
    return result
  }

  /// Whether a heading's first word can be a code ID: valid, and with a digit or in capitals, so
  /// that a heading without an ID ("## Characteristics of peers") is caught.
  static func looksLikeCodeID(_ word: Substring) -> Bool {
    guard IdentifierRule.isValid(word) else { return false }
    let hasDigit = word.unicodeScalars.contains { $0.properties.numericType != nil }
    let hasLower = word.unicodeScalars.contains { (0x61...0x7A).contains($0.value) }
    return hasDigit || !hasLower
  }
}
