/// REFI-QDA `<Sets>`: named groups of codes beside the tree, in codebooks and projects.
///
/// ## Format
/// ```
/// <Sets>
///   <Set guid="eca18d76-2b8b-4f26-bc1d-19eca19fb3f0" name="Barriers to hiring">
///     <Description>What keeps programs from hiring peers.</Description>
///     <MemberCode guid="5215cc69-b628-4e02-afb9-9beeaee55808"/>   <- `targetGUID` in projects
///   </Set>
/// </Sets>
/// ```
/// A set becomes a `Set:` declaration (name, pinned GUID, description) and each member code
/// names it in its `Sets:` field. A set without a name is an error; a name with `;` or a line
/// break gets `,` and spaces instead, and a repeated name gets ` (2)`, each with a warning; a
/// member GUID that names no code is left out with a warning. A project's sets of only sources
/// or notes (`MemberSource`, `MemberNote`) are not code sets and are skipped.
extension RefiCodes {
  /// Reads the `<Set>` children of `sets`, adding each set's name to its member codes in
  /// `reading` (and any problem to its diagnostics); returns the sets as declarations.
  public static func readSets(
    _ sets: XMLTree.Element, into reading: inout Reading, file: String
  ) -> [CodeSet] {
    var declared: [CodeSet] = []
    var firstLine: [String: Int] = [:]
    var usedGUIDs = Set(reading.paths.keys)
    func report(_ severity: Diagnostic.Severity, _ problem: RefiProblem, _ line: Int) {
      reading.diagnostics.append(
        Diagnostic(severity, .refi(problem), at: SourceLocation(file: file, line: line)))
    }
    for element in sets.children("Set") {
      let members = element.children("MemberCode")
      if members.isEmpty && element.children.contains(where: { $0.name.hasPrefix("Member") }) {
        continue
      }
      let written = (element[attribute: "name"] ?? "").map { $0.isWhitespace ? " " : $0 }
      var name = String(written).trimmed()
      guard !name.isEmpty else {
        report(.error, .setWithoutName, element.line)
        continue
      }
      if name.contains(";") {
        let safe = name.replacingAll(";", with: ",")
        report(.warning, .setRenamed(from: name, to: safe), element.line)
        name = safe
      }
      if let first = firstLine[name] {
        var number = 2
        while firstLine["\(name) (\(number))"] != nil { number += 1 }
        report(
          .warning,
          .duplicateSetName(name: name, renamed: "\(name) (\(number))", firstLine: first),
          element.line)
        name = "\(name) (\(number))"
      }
      firstLine[name] = element.line
      var guid = element[attribute: "guid"].flatMap { GUID.normalized($0) } ?? ""
      if !usedGUIDs.insert(guid).inserted { guid = "" }
      declared.append(
        CodeSet(
          name: name, guid: guid,
          description: RefiDescription.cleaned(element.child("Description")?.text ?? "")))
      for member in members {
        let raw = member[attribute: "guid"] ?? member[attribute: "targetGUID"] ?? ""
        guard let path = GUID.normalized(raw).flatMap({ reading.paths[$0] }) else {
          report(.warning, .unknownSetMember(guid: raw, set: name), member.line)
          continue
        }
        join(&reading.codes, path: path.components[...], set: name)
      }
    }
    return declared
  }

  /// Writes the codebook's sets (`Codebook.allSets`) as one `<Sets>` element, nothing when it
  /// has none: each `<Set>` with guid, name, `<Description>` and a `<MemberCode>` per member,
  /// whose GUID goes in `memberAttribute` (`guid` in codebooks, `targetGUID` in projects).
  public static func writeSets(
    _ codebook: Codebook, into writer: inout XMLWriter, memberAttribute: String = "guid"
  ) {
    let sets = codebook.allSets
    guard !sets.isEmpty else { return }
    writer.open("Sets")
    for set in sets {
      writer.open("Set", [("guid", codebook.guid(ofSet: set.name)), ("name", set.name)])
      if !set.description.isEmpty { writer.leaf("Description", content: set.description) }
      for path in codebook.members(ofSet: set.name) {
        writer.leaf("MemberCode", [(memberAttribute, codebook.guid(at: path))])
      }
      writer.close()
    }
    writer.close()
  }

  /// Adds `set` to the sets of the code at `path` below `codes`, once.
  private static func join(_ codes: inout [Code], path: ArraySlice<String>, set: String) {
    guard let first = path.first, let index = codes.firstIndex(where: { $0.id == first }) else {
      return
    }
    if path.count == 1 {
      if !codes[index].sets.contains(set) { codes[index].sets.append(set) }
    } else {
      join(&codes[index].children, path: path.dropFirst(), set: set)
    }
  }
}
