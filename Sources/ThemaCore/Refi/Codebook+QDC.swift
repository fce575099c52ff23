/// Reading and writing codebooks as REFI-QDA Codebook Exchange files (`.qdc`), which MAXQDA,
/// NVivo, ATLAS.ti and QualCoder import and export.
///
/// ## Format
/// ```
/// <?xml version="1.0" encoding="utf-8"?>
/// <CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Thema 0.1.0">
///   <Codes>...</Codes>     <- the code tree: see `RefiCodes`
///   <Sets>...</Sets>       <- optional code sets: see `RefiCodes.readSets(_:into:file:)`
/// </CodeBook>
/// ```
/// - Written in the namespace `urn:QDA-XML:codebook:1.0`, valid against the standard's
///   `Codebook.xsd`; read also in the older `urn:QDA-XML:codebook:0:4` and the
///   `urn:QDA-XML:codebook:1:0` spelling some tools write. Element names are matched without
///   their prefix.
/// - The file has no title, levels or codebook description: an import takes the title it is
///   given, and an export leaves them out.
/// - Untrusted input: no document type declarations (so no entities, external or internal),
///   and size, depth and element count bounded by `qdcLimits`. Every problem is a diagnostic
///   naming the file and line; a file with an error yields no codebook.
extension Codebook {
  /// The namespace Thema writes.
  public static let qdcNamespace = "urn:QDA-XML:codebook:1.0"
  /// The namespaces Thema reads.
  public static let qdcNamespaces = [
    qdcNamespace, "urn:QDA-XML:codebook:0:4", "urn:QDA-XML:codebook:1:0",
  ]
  /// Bounds for a codebook file: 32 MB, 64 levels, a million elements, far above any real
  /// codebook (the standard's sample is 1 KB; a large one has a few thousand codes).
  public static let qdcLimits = XMLLimits(
    maximumBytes: 32 * 1024 * 1024, maximumDepth: 64, maximumElements: 1_000_000)

  /// Reads a `.qdc` file's bytes as a codebook named `name` with `title`; `file` is the path
  /// shown in diagnostics. Every imported GUID is pinned on its code or set.
  public static func parse(
    qdc bytes: [UInt8], name: String, title: String, file: String,
    limits: XMLLimits = qdcLimits
  ) -> Parsed<Codebook> {
    let lines = QDCLines(bytes)
    let tree: XMLTree
    do {
      tree = try XMLTree.parse(bytes, limits: limits)
    } catch {
      let column: Int? =
        if case .malformed(_, let column, _) = error { column } else { nil }
      let diagnostic = Diagnostic(
        .error, .refi(.xml(error)),
        at: SourceLocation(file: file, line: error.line, column: error.line == nil ? nil : column))
      return Parsed(value: nil, diagnostics: lines.withSourceLines([diagnostic]))
    }
    var diagnostics: [Diagnostic] = []
    let root = tree.root
    let at = SourceLocation(file: file, line: root.line)
    guard root.name.lowercased() == "codebook" else {
      diagnostics.append(
        Diagnostic(.error, .refi(.wrongRoot(found: root.name, expected: "CodeBook")), at: at))
      return Parsed(value: nil, diagnostics: lines.withSourceLines(diagnostics))
    }
    guard qdcNamespaces.contains(root.namespace) else {
      diagnostics.append(
        Diagnostic(
          .error, .refi(.wrongNamespace(found: root.namespace, expected: qdcNamespace)), at: at))
      return Parsed(value: nil, diagnostics: lines.withSourceLines(diagnostics))
    }
    guard let codesElement = root.child("Codes") else {
      diagnostics.append(
        Diagnostic(.error, .refi(.missingElement(name: "Codes", parent: root.name)), at: at))
      return Parsed(value: nil, diagnostics: lines.withSourceLines(diagnostics))
    }
    let fromThema = (root[attribute: "origin"] ?? "").hasPrefix("Thema")
    var reading = RefiCodes.read(
      codesElement, file: file, options: RefiCodes.ReadOptions(capitalIDs: fromThema))
    let sets = root.child("Sets").map { RefiCodes.readSets($0, into: &reading, file: file) } ?? []
    let codebook = Codebook(name: name, title: title, sets: sets, codes: reading.codes)
    diagnostics = reading.diagnostics
    if !diagnostics.hasErrors {
      diagnostics += codebook.validate(file: file, headingLines: Self.positions(reading))
    }
    return Parsed(
      value: diagnostics.hasErrors ? nil : codebook, diagnostics: lines.withSourceLines(diagnostics)
    )
  }

  /// The codebook as a `.qdc` document; `origin` names the program (`Thema 0.1.0`).
  public func qdc(origin: String = "Thema") -> String {
    var writer = XMLWriter()
    writer.open("CodeBook", [("xmlns", Self.qdcNamespace), ("origin", origin)])
    RefiCodes.write(self, into: &writer)
    RefiCodes.writeSets(self, into: &writer)
    return writer.finish()
  }

  /// The `<Code>` line of each code keyed by its position in the tree, as `validate` wants.
  private static func positions(_ reading: RefiCodes.Reading) -> [[Int]: Int] {
    var result: [[Int]: Int] = [:]
    func visit(_ codes: [Code], position: [Int], parent: CodePath) {
      for (index, code) in codes.enumerated() {
        let path = parent.appending(code.id)
        result[position + [index]] = reading.lines[path]
        visit(code.children, position: position + [index], parent: path)
      }
    }
    visit(reading.codes, position: [], parent: CodePath(components: []))
    return result
  }
}

/// The lines of a `.qdc` file, to show the offending line under a diagnostic.
private struct QDCLines {
  let lines: [Substring]

  init(_ bytes: [UInt8]) {
    let text = String(decoding: bytes.prefix(Codebook.qdcLimits.maximumBytes), as: UTF8.self)
    lines = text.split(onASCII: 0x0A)
  }

  /// The diagnostics, each with its line's text when it has a line (long lines shortened).
  func withSourceLines(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.map { diagnostic in
      guard let line = diagnostic.location?.line, line >= 1, line <= lines.count else {
        return diagnostic
      }
      var copy = diagnostic
      var text = String(lines[line - 1])
      if text.unicodeScalars.last == "\r" { text.unicodeScalars.removeLast() }
      text = String(text.trimmingTrailingWhitespace())
      copy.location?.sourceLine = text.count > 160 ? String(text.prefix(160)) + "…" : text
      return copy
    }
  }
}
