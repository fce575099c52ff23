import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

extension XMLTree {
  /// Reads an XML document from `bytes` (UTF-8, as REFI-QDA requires), within `limits`.
  ///
  /// Safety: a document type declaration is refused before the parser sees the document, so no
  /// entity is ever defined, let alone expanded; external entities are never resolved; depth,
  /// element count and size are bounded. Errors carry the line and what was wrong.
  public static func parse(_ bytes: [UInt8], limits: XMLLimits = .standard) throws(XMLProblem)
    -> XMLTree
  {
    guard bytes.count <= limits.maximumBytes else {
      throw .tooLarge(bytes: bytes.count, limit: limits.maximumBytes)
    }
    try checkProlog(bytes)
    try checkUTF8(bytes)
    if let offset = XMLInput.emptyProcessingInstructionOffset(bytes) {
      let line = bytes[..<offset].filter { $0 == 0x0A }.count + 1
      throw .malformed(
        line: line, column: 1, reason: "a processing instruction without data ('<?name?>')")
    }
    let builder = XMLTreeBuilder(limits: limits)
    let parser = XMLParser(data: Data(bytes))
    parser.shouldProcessNamespaces = true
    parser.shouldReportNamespacePrefixes = false
    parser.shouldResolveExternalEntities = false
    parser.delegate = builder
    let succeeded = parser.parse()
    if let problem = builder.problem { throw problem }
    guard succeeded, let root = builder.root else {
      if builder.root == nil && parser.parserError == nil { throw .empty }
      throw malformed(bytes, builder: builder, parser: parser)
    }
    return XMLTree(root: root)
  }

  /// The problem of a document the parser gave up on, at its first error (the parser may go on
  /// and fail again later), saying what was expected there: the end tag of the innermost open
  /// element, or, when the document stops early, the rest of it up to the root's end tag.
  private static func malformed(_ bytes: [UInt8], builder: XMLTreeBuilder, parser: XMLParser)
    -> XMLProblem
  {
    let first = builder.firstError
    let line = max(first?.line ?? parser.lineNumber, 1)
    let column = max(first?.column ?? parser.columnNumber, 1)
    // Where the content ends: its last line, and the column just after its last character.
    var lastContentLine = 1
    var lastContentEnd = 0
    var current = 1
    for (offset, byte) in bytes.enumerated() {
      if byte == 0x0A {
        current += 1
      } else if byte != 0x20 && byte != 0x09 && byte != 0x0D {
        lastContentLine = current
        lastContentEnd = offset + 1
      }
    }
    if line >= lastContentLine, let root = first?.root {
      let lastLineStart = bytes[..<lastContentEnd].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
      let endColumn =
        String(decoding: bytes[lastLineStart..<lastContentEnd], as: UTF8.self).count + 1
      return .malformed(
        line: lastContentLine, column: endColumn,
        reason:
          "the document stops early, so the file is cut short; expected the rest of it, up to "
          + "the </\(root.name)> that closes the <\(root.name)> of line \(root.line) (copy or export "
          + "the file again)")
    }
    var why = reason(first?.error ?? parser.parserError)
    if let open = first?.open {
      why += "; expected </\(open.name)> to close the <\(open.name)> of line \(open.line)"
    }
    return .malformed(line: line, column: column, reason: why)
  }

  /// Refuses bytes that are not UTF-8 in a document that declares no other encoding, naming the
  /// line and column of the first bad byte (the parser itself notices too late to say where).
  private static func checkUTF8(_ bytes: [UInt8]) throws(XMLProblem) {
    if String(validating: bytes, as: UTF8.self) != nil { return }
    // Only an encoding libxml2 converts byte by byte excuses bytes that are not UTF-8; with any
    // other name (even a garbled one, found by `.ci/fuzz xml`) the parser traps on them.
    if let declared = declaredEncoding(bytes),
      XMLInput.convertedEncodings.contains(declared.lowercased())
    {
      return
    }
    var line = 1
    var lineStart = 0
    var index = 0
    while index < bytes.count {
      let length = utf8SequenceLength(bytes, at: index)
      guard length > 0 else {
        let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).count + 1
        throw .malformed(
          line: line, column: column,
          reason: "a byte that is not UTF-8; REFI-QDA files are UTF-8, so export the file again")
      }
      if bytes[index] == 0x0A {
        line += 1
        lineStart = index + 1
      }
      index += length
    }
  }

  /// The length of the well-formed UTF-8 sequence at `index`, or 0 when it is malformed.
  private static func utf8SequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
    let first = bytes[index]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch first {
    case 0x00...0x7F: return 1
    case 0xC2...0xDF: length = 2
    case 0xE0: (length, low) = (3, 0xA0)
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: (length, high) = (3, 0x9F)
    case 0xF0: (length, low) = (4, 0x90)
    case 0xF1...0xF3: length = 4
    case 0xF4: (length, high) = (4, 0x8F)
    default: return 0
    }
    guard index + length <= bytes.count else { return 0 }
    for offset in 1..<length {
      let byte = bytes[index + offset]
      let (lower, upper): (UInt8, UInt8) = offset == 1 ? (low, high) : (0x80, 0xBF)
      guard byte >= lower && byte <= upper else { return 0 }
    }
    return length
  }

  /// The `encoding` of the XML declaration, when there is one.
  private static func declaredEncoding(_ bytes: [UInt8]) -> String? {
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    guard bytes[start...].starts(with: Array("<?xml".utf8)) else { return nil }
    let head = bytes[start...].prefix(200)
    guard let end = head.firstIndex(of: UInt8(ascii: ">")) else { return nil }
    let declaration = String(decoding: head[..<end], as: UTF8.self)
    guard let range = declaration.firstRange(of: "encoding") else { return nil }
    let rest = declaration[range.upperBound...].drop { $0 == " " || $0 == "=" }
    guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
    return String(rest.dropFirst().prefix { $0 != quote })
  }

  /// Refuses what must not reach the parser: a UTF-16 document (whose declarations a byte scan
  /// cannot see), and a `<!DOCTYPE` in the prolog. Comments and processing instructions in the
  /// prolog are skipped, so the word inside a comment is no reason to refuse.
  private static func checkProlog(_ bytes: [UInt8]) throws(XMLProblem) {
    if bytes.isEmpty || bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      throw .empty
    }
    if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE])
      || (bytes.count > 1 && (bytes[0] == 0 || bytes[1] == 0))
    {
      throw .malformed(
        line: 1, column: 1, reason: "the file is UTF-16; REFI-QDA files are UTF-8, so export again")
    }
    var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var line = 1
    func skip(past terminator: [UInt8]) {
      while index < bytes.count && !bytes[index...].starts(with: terminator) {
        if bytes[index] == 0x0A { line += 1 }
        index += 1
      }
      index = min(index + terminator.count, bytes.count)
    }
    while index < bytes.count {
      switch bytes[index] {
      case 0x0A:
        line += 1
        index += 1
      case 0x20, 0x09, 0x0D:
        index += 1
      case UInt8(ascii: "<"):
        let rest = bytes[index...]
        if rest.starts(with: Array("<?".utf8)) {
          skip(past: Array("?>".utf8))
        } else if rest.starts(with: Array("<!--".utf8)) {
          skip(past: Array("-->".utf8))
        } else if rest.starts(with: Array("<!".utf8)) {
          throw .documentTypeDeclaration(line: line)
        } else {
          return
        }
      default:
        return
      }
    }
  }

  /// The parser's reason in words, without Foundation's generic wrapper text.
  private static func reason(_ error: (any Error)?) -> String {
    guard let error else { return "the document ends too early or is damaged" }
    let code = (error as NSError).code
    switch code {
    case 4: return "the document is empty"
    case 5: return "the document ends before all its elements are closed"
    case 9: return "an invalid character"
    case 23, 39, 73, 76: return "a start tag and its end tag do not match"
    case 26: return "an undeclared entity"
    case 38, 40, 41, 65: return "an attribute is malformed"
    case 64: return "an unexpected '<' or '&'"
    default:
      let description = (error as NSError).localizedDescription
      return description.isEmpty
        ? "error \(code) from the XML parser" : "error \(code) (\(description))"
    }
  }
}

/// The SAX delegate that builds `XMLTree.Element` values, enforcing the limits as it goes.
private final class XMLTreeBuilder: NSObject, XMLParserDelegate {
  private let limits: XMLLimits
  private var stack: [XMLTree.Element] = []
  private var elements = 0
  private(set) var root: XMLTree.Element?
  private(set) var problem: XMLProblem?

  /// The parser's first error, where it was, and the innermost element open then (what the
  /// damaged document lacks).
  private(set) var firstError:
    (
      error: any Error, line: Int, column: Int, open: (name: String, line: Int)?,
      root: (name: String, line: Int)?
    )?

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
    guard firstError == nil else { return }
    firstError = (
      parseError, parser.lineNumber, parser.columnNumber, stack.last.map { ($0.name, $0.line) },
      stack.first.map { ($0.name, $0.line) }
    )
  }

  init(limits: XMLLimits) {
    self.limits = limits
  }

  func parser(
    _ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    elements += 1
    if elements > limits.maximumElements {
      fail(.tooManyElements(limit: limits.maximumElements), parser)
      return
    }
    if stack.count >= limits.maximumDepth {
      fail(.tooDeep(line: parser.lineNumber, limit: limits.maximumDepth), parser)
      return
    }
    var local: [String: String] = [:]
    for (name, value) in attributes where name != "xmlns" && !name.hasPrefix("xmlns:") {
      let localName = name.split(separator: ":").last.map(String.init) ?? name
      local[localName] = value
    }
    stack.append(
      XMLTree.Element(
        name: element.split(separator: ":").last.map(String.init) ?? element,
        namespace: namespaceURI ?? "", attributes: local, line: parser.lineNumber))
  }

  func parser(
    _ parser: XMLParser, didEndElement element: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    guard let finished = stack.popLast() else { return }
    if stack.isEmpty {
      root = finished
    } else {
      stack[stack.count - 1].children.append(finished)
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    guard !stack.isEmpty else { return }
    stack[stack.count - 1].text += string
  }

  func parser(_ parser: XMLParser, foundCDATA block: Data) {
    guard !stack.isEmpty else { return }
    stack[stack.count - 1].text += String(decoding: block, as: UTF8.self)
  }

  func parser(
    _ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?
  ) {
    fail(.documentTypeDeclaration(line: parser.lineNumber), parser)
  }

  func parser(
    _ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?,
    systemID: String?
  ) {
    fail(.documentTypeDeclaration(line: parser.lineNumber), parser)
  }

  private func fail(_ problem: XMLProblem, _ parser: XMLParser) {
    if self.problem == nil { self.problem = problem }
    parser.abortParsing()
  }
}
