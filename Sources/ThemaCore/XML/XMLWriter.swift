/// Writes well-formed, indented XML with every value escaped, for REFI-QDA exports.
///
/// Elements nest through `open`/`close`; `leaf` writes an element with optional text on one
/// line. Attribute order is the caller's, so the output is deterministic and diffable. Text and
/// attribute values pass through `MarkupEscaping.xml` (characters XML 1.0 forbids are dropped);
/// carriage returns, and line breaks and tabs in attributes, become character references so a
/// reader gets back exactly what was written.
public struct XMLWriter: Sendable {
  /// The document so far.
  public private(set) var text: String
  private var open: [String] = []

  /// Starts a document with the UTF-8 XML declaration.
  public init() {
    text = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
  }

  /// Opens element `name`; its children follow until the matching `close()`.
  public mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
    indent()
    text += "<\(name)\(Self.attributeText(attributes))>\n"
    open.append(name)
  }

  /// Closes the innermost open element.
  public mutating func close() {
    guard let name = open.popLast() else { return }
    indent()
    text += "</\(name)>\n"
  }

  /// Writes element `name` with `attributes` and, when `content` is not nil, its text.
  public mutating func leaf(
    _ name: String, _ attributes: [(String, String)] = [], content: String? = nil
  ) {
    indent()
    let attributeText = Self.attributeText(attributes)
    if let content {
      text += "<\(name)\(attributeText)>\(Self.escapeText(content))</\(name)>\n"
    } else {
      text += "<\(name)\(attributeText)/>\n"
    }
  }

  /// The finished document; closes any element still open.
  public mutating func finish() -> String {
    while !open.isEmpty { close() }
    return text
  }

  private mutating func indent() {
    text += String(repeating: "  ", count: open.count)
  }

  private static func attributeText(_ attributes: [(String, String)]) -> String {
    var out = ""
    for (name, value) in attributes {
      out += " \(name)=\"\(escapeAttribute(value))\""
    }
    return out
  }

  /// Element content: markup escaped, carriage returns kept as references.
  static func escapeText(_ value: String) -> String {
    let escaped = MarkupEscaping.xml(value)
    return escaped.contains("\r") ? escaped.replacingAll("\r", with: "&#13;") : escaped
  }

  /// Attribute values: also line breaks and tabs as references, which parsers would otherwise
  /// turn into spaces.
  static func escapeAttribute(_ value: String) -> String {
    var out = ""
    for character in escapeText(value).unicodeScalars {
      switch character {
      case "\n": out += "&#10;"
      case "\t": out += "&#9;"
      default: out.unicodeScalars.append(character)
      }
    }
    return out
  }
}
