/// The codebook's invariants, checked in one place for parsed and edited codebooks alike.
extension Codebook {
  /// Every problem with the codebook: no codes, IDs that are malformed or repeated among
  /// siblings, empty names, malformed colours, malformed or repeated GUIDs (of codes and sets),
  /// set declarations without a name, with a `;` or declared twice.
  ///
  /// - Parameters:
  ///   - file: the path to name in diagnostics.
  ///   - headingLines: 1-based heading line of each code, keyed by its position in the tree as
  ///     child indices (`[0, 2]` is the third child of the first top-level code); codes missing
  ///     from the map are reported without a line.
  ///   - setLines: the 1-based line of each `Set:` declaration, parallel to `sets`.
  public func validate(file: String, headingLines: [[Int]: Int] = [:], setLines: [Int] = [])
    -> [Diagnostic]
  {
    var diagnostics: [Diagnostic] = []
    if codes.isEmpty {
      diagnostics.append(Diagnostic(.error, .codebookWithoutCodes, at: SourceLocation(file: file)))
    }
    func location(_ position: [Int]) -> SourceLocation {
      SourceLocation(file: file, line: headingLines[position])
    }
    var guidLines: [String: Int?] = [:]
    func checkGUID(_ guid: String, line: Int?) {
      guard !guid.isEmpty else { return }
      let at = SourceLocation(file: file, line: line)
      if GUID.normalized(guid) != guid {
        diagnostics.append(Diagnostic(.error, .invalidGUID(guid), at: at))
      } else if let first = guidLines[guid] {
        diagnostics.append(Diagnostic(.error, .duplicateGUID(guid, firstLine: first), at: at))
      } else {
        guidLines[guid] = line
      }
    }
    var setLinesByName: [String: Int?] = [:]
    for (index, set) in sets.enumerated() {
      let line = index < setLines.count ? setLines[index] : nil
      let at = SourceLocation(file: file, line: line)
      if set.name.isEmpty {
        diagnostics.append(Diagnostic(.error, .emptySetName, at: at))
      } else if set.name.contains(";") {
        diagnostics.append(Diagnostic(.error, .invalidSetName(set.name), at: at))
      } else if let first = setLinesByName[set.name] {
        diagnostics.append(Diagnostic(.error, .duplicateSet(set.name, firstLine: first), at: at))
      } else {
        setLinesByName[set.name] = line
      }
      checkGUID(set.guid, line: line)
    }
    func visit(_ siblings: [Code], position: [Int], parent: CodePath) {
      var firstPosition: [String: [Int]] = [:]
      for (index, code) in siblings.enumerated() {
        let here = position + [index]
        if !IdentifierRule.isValid(code.id) {
          diagnostics.append(
            Diagnostic(
              .error, .headingWithoutID(heading: "\(code.id) \(code.name)"), at: location(here)))
        }
        if let first = firstPosition[code.id] {
          diagnostics.append(
            Diagnostic(
              .error,
              .duplicateSiblingID(
                id: code.id, parent: parent.description, firstLine: headingLines[first]),
              at: location(here)))
        } else {
          firstPosition[code.id] = here
        }
        if code.name.isEmpty {
          diagnostics.append(Diagnostic(.error, .emptyCodeName(id: code.id), at: location(here)))
        }
        if !code.color.isEmpty && !Self.isValidColor(code.color) {
          diagnostics.append(Diagnostic(.error, .invalidColor(code.color), at: location(here)))
        }
        checkGUID(code.guid, line: headingLines[here])
        visit(code.children, position: here, parent: parent.appending(code.id))
      }
    }
    visit(codes, position: [], parent: CodePath(components: []))
    return diagnostics
  }

  /// Whether `text` is a colour of the form `#rrggbb`.
  public static func isValidColor(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    return scalars.count == 7 && scalars[0] == "#"
      && scalars.dropFirst().allSatisfy { $0.properties.isASCIIHexDigit }
  }
}
