/// An XML document read into plain values: elements with their namespace, attributes, direct
/// text and the line they start on, for the REFI-QDA readers to walk.
///
/// Files from other tools are untrusted, so `XMLTree.parse(_:file:limits:)` refuses document
/// type declarations (no entities, external or internal, are ever expanded) and bounds size,
/// depth and element count; see `XMLLimits`.
public struct XMLTree: Hashable, Sendable {
  /// One element: its local name, namespace URI, attributes, text and children.
  public struct Element: Hashable, Sendable {
    /// The local name, without a prefix: `Code` for `<qda:Code>`.
    public var name: String
    /// The namespace URI, or empty when the element has none.
    public var namespace: String
    /// The attributes by their local name (namespace prefixes removed).
    public var attributes: [String: String]
    /// The element's own character data (text and CDATA), in order, without its children's.
    public var text: String
    /// The child elements in document order.
    public var children: [Element]
    /// The 1-based line of the start tag.
    public var line: Int

    /// Creates an element.
    public init(
      name: String, namespace: String = "", attributes: [String: String] = [:], text: String = "",
      children: [Element] = [], line: Int = 0
    ) {
      self.name = name
      self.namespace = namespace
      self.attributes = attributes
      self.text = text
      self.children = children
      self.line = line
    }

    /// The value of the attribute `name`, or nil.
    public subscript(attribute name: String) -> String? { attributes[name] }

    /// The first child named `name`, or nil.
    public func child(_ name: String) -> Element? { children.first { $0.name == name } }

    /// Every child named `name`, in order.
    public func children(_ name: String) -> [Element] { children.filter { $0.name == name } }

    /// The children of the first child named `container` that are named `name`: the common
    /// `<Codes><Code/>…</Codes>` shape.
    public func children(_ name: String, in container: String) -> [Element] {
      child(container)?.children(name) ?? []
    }
  }

  /// The root element.
  public var root: Element

  /// Creates a tree from its root.
  public init(root: Element) {
    self.root = root
  }
}
