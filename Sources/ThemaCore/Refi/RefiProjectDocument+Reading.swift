/// Reading a `project.qde` into a `RefiProjectDocument`.
///
/// ## Format
/// REFI-QDA Project Exchange 1.0 (`Project.xsd`, namespace `urn:QDA-XML:project:1.0`):
/// ```
/// <Project name="..." origin="ATLAS.ti 8.4" creatingUserGUID="...">
///   <Users><User guid="..." name="Ana"/></Users>
///   <CodeBook><Codes><Code guid="..." name="..." isCodable="true">...</Code></Codes></CodeBook>
///   <Variables><Variable guid="..." name="Age" typeOfVariable="Integer"/></Variables>
///   <Cases><Case guid="..." name="P1"><VariableValue><VariableRef targetGUID="..."/>
///     <IntegerValue>34</IntegerValue></VariableValue><SourceRef targetGUID="..."/></Case></Cases>
///   <Sources>
///     <TextSource guid="..." name="Interview 1.txt" plainTextPath="internal://GUID.txt">
///       <PlainTextSelection guid="..." startPosition="0" endPosition="15" creatingUser="...">
///         <Description>...</Description>
///         <Coding guid="..." creatingUser="..."><CodeRef targetGUID="..."/></Coding>
///         <NoteRef targetGUID="..."/>
///       </PlainTextSelection>
///     </TextSource>
///     <PDFSource .../> <PictureSource .../> <AudioSource .../> <VideoSource .../>
///   </Sources>
///   <Notes><Note guid="..." name="..."><PlainTextContent>...</PlainTextContent></Note></Notes>
///   <Links><Link originGUID="..." targetGUID="..."/></Links>
///   <Sets><Set name="gender: female"><MemberSource targetGUID="..."/></Set></Sets>
///   <Description>...</Description>
/// </Project>
/// ```
/// Elements are matched by local name in any namespace (tools differ); unknown elements are
/// skipped. Only what Thema needs is required: `startPosition` and `endPosition` as whole
/// numbers, and a `targetGUID` on each `CodeRef`. A missing one is an error at its line.
extension RefiProjectDocument {
  /// Reads the project from its XML tree; `file` is the path shown in diagnostics (e.g.
  /// `study.qdpx/project.qde`).
  public static func read(_ tree: XMLTree, file: String) -> Parsed<RefiProjectDocument> {
    var reader = RefiProjectDocumentReader(file: file)
    let document = reader.read(tree.root)
    return Parsed(value: document, diagnostics: reader.diagnostics)
  }
}

/// The walk behind `RefiProjectDocument.read(_:file:)`, collecting diagnostics as it goes.
struct RefiProjectDocumentReader {
  let file: String
  var diagnostics: [Diagnostic] = []

  init(file: String) {
    self.file = file
  }

  mutating func read(_ root: XMLTree.Element) -> RefiProjectDocument? {
    guard root.name == "Project" else {
      fail(.notAProject(root: root.name), root)
      return nil
    }
    var document = RefiProjectDocument(
      name: root[attribute: "name"] ?? "", origin: root[attribute: "origin"] ?? "",
      creatingUser: guid(root[attribute: "creatingUserGUID"]),
      description: root.child("Description")?.text ?? "", users: [], codes: nil, variables: [:],
      cases: [], textSources: [], otherSources: [], notes: [:], codeNotes: [:],
      projectNotes: [], links: [], sets: [])
    for user in root.children("User", in: "Users") {
      guard let id = guid(user[attribute: "guid"]) else { continue }
      document.users.append(RefiProjectDocument.User(guid: id, name: user[attribute: "name"] ?? ""))
    }
    if let codes = root.child("CodeBook")?.child("Codes") {
      document.codes = codes
      collectCodeNotes(codes.children("Code"), into: &document.codeNotes)
    }
    for variable in root.children("Variable", in: "Variables") {
      guard let id = guid(variable[attribute: "guid"]) else { continue }
      document.variables[id] = variable[attribute: "name"] ?? ""
    }
    document.cases = root.children("Case", in: "Cases").compactMap { readCase($0) }
    for source in root.child("Sources")?.children ?? [] {
      if source.name == "TextSource" {
        if let text = readTextSource(source) { document.textSources.append(text) }
      } else if source.name.hasSuffix("Source") {
        document.otherSources.append(
          RefiProjectDocument.OtherSource(kind: source.name, selections: countSelections(source)))
      }
    }
    for note in root.children("Note", in: "Notes") {
      guard let id = guid(note[attribute: "guid"]) else { continue }
      document.notes[id] = RefiProjectDocument.Note(
        guid: id, name: note[attribute: "name"] ?? "",
        text: note.child("PlainTextContent")?.text ?? "")
    }
    document.projectNotes = noteReferences(root)
    for link in root.children("Link", in: "Links") {
      guard let origin = guid(link[attribute: "originGUID"]),
        let target = guid(link[attribute: "targetGUID"])
      else {
        continue
      }
      document.links.append(RefiProjectDocument.Link(origin: origin, target: target))
    }
    document.setsElement = root.child("Sets")
    for set in root.children("Set", in: "Sets") {
      let members = set.children("MemberSource").compactMap { guid($0[attribute: "targetGUID"]) }
      guard !members.isEmpty else { continue }
      document.sets.append(
        RefiProjectDocument.SourceSet(name: set[attribute: "name"] ?? "", sources: members))
    }
    return document
  }

  private mutating func readCase(_ element: XMLTree.Element) -> RefiProjectDocument.Case? {
    guard let id = guid(element[attribute: "guid"]) else { return nil }
    return RefiProjectDocument.Case(
      guid: id, name: element[attribute: "name"] ?? "", values: variableValues(element),
      sources: element.children("SourceRef").compactMap { guid($0[attribute: "targetGUID"]) },
      selectionReferences: element.children("SelectionRef").count, line: element.line)
  }

  private mutating func readTextSource(_ element: XMLTree.Element) -> RefiProjectDocument
    .TextSource?
  {
    let id = guid(element[attribute: "guid"]) ?? "line-\(element.line)"
    var selections: [RefiProjectDocument.Selection] = []
    for child in element.children("PlainTextSelection") {
      if let selection = readSelection(child) { selections.append(selection) }
    }
    let path = element[attribute: "plainTextPath"].flatMap {
      $0.trimmed().isEmpty ? nil : String($0)
    }
    return RefiProjectDocument.TextSource(
      guid: id, name: element[attribute: "name"] ?? "",
      description: element.child("Description")?.text ?? "",
      inlineText: element.child("PlainTextContent")?.text, plainTextPath: path,
      selections: selections, documentCodings: element.children("Coding").count,
      values: variableValues(element), line: element.line)
  }

  private mutating func readSelection(_ element: XMLTree.Element) -> RefiProjectDocument
    .Selection?
  {
    guard let start = number(element, "startPosition"), let end = number(element, "endPosition")
    else { return nil }
    var codings: [RefiProjectDocument.Coding] = []
    for coding in element.children("Coding") {
      guard let reference = coding.child("CodeRef") else {
        fail(.missingAttribute(element: "Coding", attribute: "CodeRef"), coding)
        continue
      }
      guard let code = guid(reference[attribute: "targetGUID"]) else {
        fail(.missingAttribute(element: "CodeRef", attribute: "targetGUID"), reference)
        continue
      }
      codings.append(
        RefiProjectDocument.Coding(
          code: code, creatingUser: guid(coding[attribute: "creatingUser"]),
          notes: noteReferences(coding),
          line: coding.line))
    }
    return RefiProjectDocument.Selection(
      guid: guid(element[attribute: "guid"]) ?? "line-\(element.line)",
      name: element[attribute: "name"] ?? "",
      start: start, end: end, creatingUser: guid(element[attribute: "creatingUser"]),
      description: element.child("Description")?.text ?? "", codings: codings,
      notes: noteReferences(element), line: element.line)
  }

  private func variableValues(_ element: XMLTree.Element) -> [RefiProjectDocument.VariableValue] {
    element.children("VariableValue").compactMap { value in
      guard let variable = guid(value.child("VariableRef")?[attribute: "targetGUID"]) else {
        return nil
      }
      let content = value.children.first { $0.name != "VariableRef" }?.text ?? ""
      return RefiProjectDocument.VariableValue(variable: variable, value: content)
    }
  }

  private func noteReferences(_ element: XMLTree.Element) -> [String] {
    element.children("NoteRef").compactMap { guid($0[attribute: "targetGUID"]) }
  }

  private func collectCodeNotes(_ codes: [XMLTree.Element], into notes: inout [String: [String]]) {
    for code in codes {
      if let id = guid(code[attribute: "guid"]) {
        let references = noteReferences(code)
        if !references.isEmpty { notes[id] = references }
      }
      collectCodeNotes(code.children("Code"), into: &notes)
    }
  }

  private func countSelections(_ element: XMLTree.Element) -> Int {
    element.children.reduce(0) { count, child in
      count + (child.name.hasSuffix("Selection") ? 1 : countSelections(child))
    }
  }

  private func guid(_ text: String?) -> String? {
    text.flatMap { GUID.normalized($0) }
  }

  /// A whole-number attribute, or nil with an error at the element's line.
  private mutating func number(_ element: XMLTree.Element, _ attribute: String) -> Int? {
    guard let text = element[attribute: attribute] else {
      fail(.missingAttribute(element: element.name, attribute: attribute), element)
      return nil
    }
    guard let value = Int(text.trimmed()) else {
      fail(.notANumber(element: element.name, attribute: attribute, value: text), element)
      return nil
    }
    return value
  }

  private mutating func fail(_ problem: RefiProjectProblem, _ element: XMLTree.Element) {
    diagnostics.append(
      Diagnostic(.error, .refiProject(problem), at: SourceLocation(file: file, line: element.line)))
  }
}
