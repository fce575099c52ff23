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
    if let offset = XMLInput.invalidUTF8Offset(bytes) {
      throw .malformed(line: 1, column: 1, reason: "byte \(offset) is not valid UTF-8")
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
      throw .malformed(
        line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1),
        reason: reason(parser.parserError))
    }
    return XMLTree(root: root)
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
