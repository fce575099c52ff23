// PLACEHOLDER until the qdc branch (issue 8, codebook half) is merged: that branch owns this
// file and its mapping. This stand-in only lets the project half build and run; the merge
// replaces it wholesale.

/// The mapping between REFI-QDA `<Codes>` and Thema codes (placeholder).
public enum RefiCodes {
  /// What `read` found.
  public struct Reading: Sendable {
    /// Thema codes with IDs, names, fields and pinned GUIDs.
    public var codes: [Code]
    /// The path of each code by its canonical GUID.
    public var paths: [String: CodePath]
    /// Problems found.
    public var diagnostics: [Diagnostic]
  }

  /// Reads a `<Codes>` element.
  public static func read(_ codes: XMLTree.Element, file: String) -> Reading {
    var paths: [String: CodePath] = [:]
    func visit(_ elements: [XMLTree.Element], parent: CodePath) -> [Code] {
      var out: [Code] = []
      for (index, element) in elements.enumerated() {
        let name = element[attribute: "name"] ?? ""
        let words = name.split(separator: " ", maxSplits: 1).map(String.init)
        var id = "C\(index + 1)"
        var rest = name
        if words.count == 2, CodePath(parsing: words[0]) != nil {
          id = words[0]
          rest = words[1]
        }
        let guid = GUID.normalized(element[attribute: "guid"] ?? "") ?? ""
        let path = parent.appending(id)
        paths[guid] = path
        out.append(
          Code(
            id: id, name: rest, description: element.child("Description")?.text ?? "",
            color: element[attribute: "color"]?.lowercased() ?? "", guid: guid,
            children: visit(element.children("Code"), parent: path)))
      }
      return out
    }
    let codes = visit(codes.children("Code"), parent: CodePath(components: []))
    return Reading(codes: codes, paths: paths, diagnostics: [])
  }

  /// Writes one `<Codes>` element.
  public static func write(_ codebook: Codebook, into writer: inout XMLWriter) {
    func visit(_ codes: [Code], parent: CodePath) {
      for code in codes {
        let path = parent.appending(code.id)
        var attributes = [
          ("guid", codebook.guid(at: path)), ("name", "\(code.id) \(code.name)"),
          ("isCodable", "true"),
        ]
        if !code.color.isEmpty { attributes.append(("color", code.color)) }
        if code.description.isEmpty && code.children.isEmpty {
          writer.leaf("Code", attributes)
          continue
        }
        writer.open("Code", attributes)
        if !code.description.isEmpty { writer.leaf("Description", content: code.description) }
        visit(code.children, parent: path)
        writer.close()
      }
    }
    writer.open("Codes")
    visit(codebook.codes, parent: CodePath(components: []))
    writer.close()
  }
}
