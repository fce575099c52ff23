// All wording of `RefiProblem` lives here: what is wrong, then what to do about it.

extension RefiProblem {
  /// The message a researcher reads: what is wrong and what to do.
  public var message: String {
    switch self {
    case .xml(let problem):
      return problem.message
    case .wrongRoot(let found, let expected):
      let hint =
        found == "Project"
        ? "; this is a REFI-QDA project (.qdpx/.qde), not a codebook (.qdc)"
        : ""
      return
        "expected the root element <\(expected)>, found <\(found)>\(hint); export the codebook "
        + "again as REFI-QDA Codebook Exchange (.qdc)"
    case .wrongNamespace(let found, let expected):
      let shown = found.isEmpty ? "no namespace" : "namespace '\(found)'"
      return
        "the root element has \(shown); expected the REFI-QDA namespace '\(expected)', so this "
        + "is not a REFI-QDA file Thema can read"
    case .missingElement(let name, let parent):
      return "expected a <\(name)> element inside <\(parent)>; the file holds no codes"

    case .codeWithoutName:
      return
        "a <Code> has no name; expected a name=\"...\" attribute (REFI-QDA requires one), so "
        + "give the code a name in the other program and export again"
    case .codeWithoutGUID(let code):
      return
        "code '\(code)' has no guid attribute; Thema gives it an identity of its own, so the "
        + "other program will see it as a new code"
    case .invalidGUID(let value, let code):
      return
        "code '\(code)' has guid '\(value)', which is not a GUID (such as "
        + "5215cc69-b628-4e02-afb9-9beeaee55808); Thema gives it an identity of its own"
    case .duplicateGUID(let guid, let code, let firstLine):
      return
        "code '\(code)' has the GUID \(guid) of the code on line \(firstLine); each code needs "
        + "its own identity, so the file is damaged: export it again"
    case .invalidCodable(let value, let code):
      return
        "code '\(code)' has isCodable=\"\(value)\"; expected true or false, so it stays codable"
    case .invalidColor(let value, let code):
      return "code '\(code)' has color '\(value)'; expected #rrggbb, so the colour is left out"
    case .codeTooDeep(let code, let depth, let limit):
      return
        "code '\(code)' is nested \(depth) levels deep; a Thema codebook holds at most \(limit) "
        + "levels, so move it higher in the other program and export again"

    case .setWithoutName:
      return "a <Set> has no name; expected a name=\"...\" attribute"
    case .duplicateSetName(let name, let renamed, let firstLine):
      return
        "a second set is named '\(name)' (the first is on line \(firstLine)); it is imported as "
        + "'\(renamed)'"
    case .setRenamed(let from, let to):
      return
        "set '\(from)' is imported as '\(to)': a set name in a Thema codebook holds no ';' or "
        + "line break"
    case .unknownSetMember(let guid, let set):
      return "set '\(set)' lists the code \(guid), which the file does not hold; it is left out"

    case .codebookExists(let name):
      return
        "Codebooks/\(name).md exists already; import under another name with --name NAME, or "
        + "replace it with --force"
    case .codedCodesWouldVanish(let codebook, let codes):
      let shown = codes.prefix(8).joined(separator: ", ")
      let more = codes.count > 8 ? ", and \(codes.count - 8) more" : ""
      return
        "replacing '\(codebook)' would remove \(codes.count) code\(codes.count == 1 ? "" : "s") "
        + "that codings still use (\(shown)\(more)); rename, move or merge them in Thema first "
        + "('thema codebook rename'), or import under another name with --name. Nothing was "
        + "written."
    case .invalidCodebookName(let name):
      return
        "'\(name)' cannot name a codebook; use letters, digits, '.', '_' and '-', e.g. "
        + "program-managers"
    }
  }
}
