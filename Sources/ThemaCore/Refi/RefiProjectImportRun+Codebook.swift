import Foundation

/// The codebook of an imported project.
///
/// The codes come from `RefiCodes.read`. The codebook's name is the one asked for, or made from
/// the project's name (`ATLAS.ti standard project` becomes `atlas-ti-standard-project`). Its
/// title, levels and description come from the project's `<Description>` when Thema wrote it
/// (`# Title`, an optional `Levels:` line, a blank line, the description), else the title is the
/// project's name and the description its description. Notes on codes are added to the code's
/// description as paragraphs. GUIDs that are the ones Thema derives for the codebook's name and
/// the code's path are not pinned, so a codebook Thema exported comes back as it was.
extension RefiProjectImportRun {
  mutating func readCodebook() {
    guard let codes = document.codes else { return }
    // Thema names codes `ID Name`; an ID in capitals alone (`TRUST`) is only safe to read
    // back from files Thema wrote.
    var reading = RefiCodes.read(
      codes, file: file,
      options: RefiCodes.ReadOptions(capitalIDs: document.origin.hasPrefix("Thema")))
    // Project sets may hold codes (code groups) as well as sources (document groups).
    let sets =
      document.setsElement.map { RefiCodes.readSets($0, into: &reading, file: file) } ?? []
    diagnostics += reading.diagnostics
    guard !reading.codes.isEmpty else { return }
    codePaths = reading.paths
    let name = options.codebookName ?? Self.codebookName(from: document.name)
    let header = Self.header(document.description, fallbackTitle: document.name)
    var codebook = Codebook(
      name: name, title: header.title.isEmpty ? name : header.title, levels: header.levels,
      description: header.description, sets: sets, codes: reading.codes)
    for (guid, noteIDs) in document.codeNotes.sorted(by: { $0.key < $1.key }) {
      guard let path = reading.paths[guid] else { continue }
      let texts = noteIDs.compactMap { document.notes[$0]?.text }.map(Self.trimmedText)
        .filter { !$0.isEmpty }
      guard !texts.isEmpty else { continue }
      Self.update(&codebook.codes, at: path.components[...]) { code in
        code.description = ([code.description].filter { !$0.isEmpty } + texts)
          .joined(separator: "\n\n")
      }
    }
    for entry in codebook.flattened()
    where entry.code.guid == Codebook.derivedGUID(codebook: name, path: entry.path) {
      Self.update(&codebook.codes, at: entry.path.components[...]) { $0.guid = "" }
    }
    result.codebook = codebook
  }

  /// A codebook name made from a project's name: the name itself when it is a valid identifier
  /// (`program-managers`), else lowercase letters and digits with other runs as one `-`;
  /// `imported` when nothing is left.
  static func codebookName(from projectName: String) -> String {
    if IdentifierRule.isValid(projectName) { return projectName }
    var out = ""
    var pendingDash = false
    for scalar in projectName.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
      if scalar.properties.generalCategory == .nonspacingMark { continue }
      if IdentifierRule.isAlphanumeric(scalar) {
        if pendingDash { out += "-" }
        pendingDash = false
        out.unicodeScalars.append(scalar)
      } else if !out.isEmpty {
        pendingDash = true
      }
    }
    return out.isEmpty ? "imported" : out
  }

  /// The title, levels and description in a project's description.
  static func header(_ description: String, fallbackTitle: String)
    -> (title: String, levels: [String], description: String)
  {
    var lines = description.split(separator: "\n", omittingEmptySubsequences: false)[...]
    guard let first = lines.first, first.hasPrefix("# ") else {
      return (fallbackTitle.trimmed(), [], trimmedText(description))
    }
    let title = String(first.dropFirst(2)).trimmed()
    lines = lines.dropFirst()
    var levels: [String] = []
    if let line = lines.first, line.hasPrefix("Levels: ") {
      levels = line.dropFirst("Levels: ".count).split(separator: ",").map { $0.trimmed() }
      lines = lines.dropFirst()
    }
    while let line = lines.first, line.isBlank { lines = lines.dropFirst() }
    return (title, levels, trimmedText(lines.joined(separator: "\n")))
  }

  /// Text without whitespace or line breaks at either end.
  static func trimmedText(_ text: String) -> String {
    text.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Changes the code at `path` in `codes`.
  static func update(
    _ codes: inout [Code], at path: ArraySlice<String>, _ change: (inout Code) -> Void
  ) {
    guard let id = path.first, let index = codes.firstIndex(where: { $0.id == id }) else {
      return
    }
    if path.count == 1 {
      change(&codes[index])
    } else {
      update(&codes[index].children, at: path.dropFirst(), change)
    }
  }
}
