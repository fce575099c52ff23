/// Writes a study's transcripts of one codebook as a REFI-QDA project (`.qdpx`) for NVivo,
/// ATLAS.ti, MAXQDA and QualCoder: values in, bytes out.
///
/// ## Format
/// A ZIP archive of `project.qde` (valid against REFI-QDA's `Project.xsd`) and
/// `sources/<GUID>.txt`, one plain text per transcript in `RefiSourceLayout`:
/// - `<Project name>` is the codebook's name; its `<Description>` holds the codebook's title,
///   `Levels:` line and description as in the codebook's Markdown.
/// - `<Users>`: each coder, and `consensus` when a lead made one.
/// - `<CodeBook>`: the codebook's codes (`RefiCodes.write`).
/// - `<Variables>` and `<Cases>`: one case per transcript (named by its ID, referring to its
///   source) with every attribute as a text variable of the same name.
/// - `<Sources>`: one `<TextSource>` per transcript, named by its ID, whose description says
///   who has a codings file and who is done (`RefiProjectMarks`); each coding of each coder and
///   of the consensus is a `<PlainTextSelection>` made by that user with one `<Coding>`: a
///   whole-segment coding covers the segment's header line and text, a quote exactly its span.
///   Flags go into the selection's description, a memo into a `<Note>` the selection refers to.
///
/// GUIDs are derived from what they identify (`GUID.derived`), there are no dates, and the
/// ZIP's timestamps are fixed, so the same study gives the same bytes.
public enum RefiProjectExporter {
  /// The `.qdpx` archive of `transcripts` (in that order), which must be coded with `codebook`.
  public static func archive(
    study: Study, codebook: Codebook, transcripts: [TranscriptID]
  ) throws(ExportProblem) -> [UInt8] {
    let (project, sources) = project(study: study, codebook: codebook, transcripts: transcripts)
    var zip = ZipWriter()
    do {
      try zip.add("project.qde", text: project)
      for source in sources {
        try zip.add("sources/\(source.guid).txt", text: source.text)
      }
      return try zip.archive()
    } catch {
      throw .archive(error)
    }
  }

  /// The project file's XML, and each transcript's plain text with its source's GUID.
  public static func project(study: Study, codebook: Codebook, transcripts: [TranscriptID])
    -> (xml: String, sources: [(guid: String, text: String)])
  {
    var writer = RefiProjectWriter(study: study, codebook: codebook, transcripts: transcripts)
    return writer.write()
  }
}

/// The writer behind `RefiProjectExporter.project`.
struct RefiProjectWriter {
  /// One coding as a selection, ready to write.
  private struct Selection {
    var coder: Coder
    var coding: Coding
    var start: Int
    var end: Int
    var name: String
    var key: String
  }

  let study: Study
  let codebook: Codebook
  let transcripts: [Transcript]
  private var xml = XMLWriter()
  private var notes: [(guid: String, name: String, user: String, text: String)] = []

  init(study: Study, codebook: Codebook, transcripts: [TranscriptID]) {
    self.study = study
    self.codebook = codebook
    self.transcripts = transcripts.compactMap { study.transcripts[$0] }
  }

  mutating func write() -> (xml: String, sources: [(guid: String, text: String)]) {
    xml.open(
      "Project",
      [("xmlns", "urn:QDA-XML:project:1.0"), ("name", codebook.name), ("origin", "Thema")])
    let coders = allCoders()
    if !coders.isEmpty {
      xml.open("Users")
      for coder in coders {
        xml.leaf("User", [("guid", userGUID(coder)), ("name", coder.rawValue)])
      }
      xml.close()
    }
    xml.open("CodeBook")
    RefiCodes.write(codebook, into: &xml)
    xml.close()
    writeCases()
    var sources: [(guid: String, text: String)] = []
    if !transcripts.isEmpty {
      xml.open("Sources")
      for transcript in transcripts { sources.append(writeSource(transcript)) }
      xml.close()
    }
    if !notes.isEmpty {
      xml.open("Notes")
      for note in notes {
        xml.open("Note", [("guid", note.guid), ("name", note.name), ("creatingUser", note.user)])
        xml.leaf("PlainTextContent", content: note.text)
        xml.close()
      }
      xml.close()
    }
    RefiCodes.writeSets(codebook, into: &xml, memberAttribute: "targetGUID")
    xml.leaf("Description", content: codebookHeader())
    return (xml.finish(), sources)
  }

  /// Every coder of the exported transcripts, in order, then the consensus.
  private func allCoders() -> [Coder] {
    var coders: Set<Coder> = []
    var consensus = false
    for transcript in transcripts {
      if let sheets = study.sheets[transcript.id] { coders.formUnion(sheets.keys) }
      if study.consensus[transcript.id] != nil { consensus = true }
    }
    return coders.sorted() + (consensus ? [.consensus] : [])
  }

  /// One variable per attribute, one case per transcript.
  private mutating func writeCases() {
    let keys = Set(transcripts.flatMap(\.attributes.keys)).sorted()
    guard !transcripts.isEmpty else { return }
    if !keys.isEmpty {
      xml.open("Variables")
      for key in keys {
        xml.leaf(
          "Variable",
          [
            ("guid", GUID.derived(from: "variable:\(key)")), ("name", key),
            ("typeOfVariable", "Text"),
          ]
        )
      }
      xml.close()
    }
    xml.open("Cases")
    for transcript in transcripts {
      xml.open(
        "Case",
        [("guid", GUID.derived(from: "case:\(transcript.id)")), ("name", transcript.id.rawValue)])
      for key in transcript.attributes.keys.sorted() {
        xml.open("VariableValue")
        xml.leaf("VariableRef", [("targetGUID", GUID.derived(from: "variable:\(key)"))])
        xml.leaf("TextValue", content: transcript.attributes[key] ?? "")
        xml.close()
      }
      xml.leaf("SourceRef", [("targetGUID", sourceGUID(transcript.id))])
      xml.close()
    }
    xml.close()
  }

  /// A transcript's `<TextSource>` with its selections; returns its GUID and plain text.
  private mutating func writeSource(_ transcript: Transcript) -> (guid: String, text: String) {
    let guid = sourceGUID(transcript.id)
    let (text, placements) = RefiSourceLayout.text(of: transcript)
    xml.open(
      "TextSource",
      [
        ("guid", guid), ("name", transcript.id.rawValue),
        ("plainTextPath", "internal://\(guid).txt"),
      ])
    var sheets = (study.sheets[transcript.id] ?? [:]).sorted { $0.key < $1.key }.map(\.value)
    if let consensus = study.consensus[transcript.id] { sheets.append(consensus) }
    if !sheets.isEmpty {
      xml.leaf(
        "Description", content: RefiProjectMarks.codersLine(sheets.map { ($0.coder, $0.isDone) }))
    }
    for selection in selections(of: transcript, in: sheets, placements: placements) {
      writeSelection(selection)
    }
    xml.close()
    return (guid, text)
  }

  /// Every coding of `sheets` as a selection of the laid-out text, in the order of the
  /// segments, then the sheets, then each sheet's codings.
  private func selections(
    of transcript: Transcript, in sheets: [CodingSheet],
    placements: [RefiSourceLayout.Placement]
  ) -> [Selection] {
    let index = transcript.segmentPositions()
    var found: [(order: [Int], selection: Selection)] = []
    for (sheetOrder, sheet) in sheets.enumerated() {
      for (codingOrder, coding) in sheet.codings.enumerated() {
        guard let position = index[coding.segment] else { continue }
        let segment = transcript.segments[position]
        let placement = placements[position]
        let range =
          coding.span.map { (placement.textStart + $0.start, placement.textStart + $0.end) }
          ?? (placement.blockStart, placement.textStart + placement.length)
        let quoted =
          coding.span.flatMap { $0.slice(of: segment.text) }.map(String.init) ?? segment.text
        let key =
          "\(transcript.id)/\(sheet.coder)/\(coding.segment)/\(coding.code)/"
          + (coding.span?.description ?? "all")
        found.append(
          (
            [position, sheetOrder, codingOrder],
            Selection(
              coder: sheet.coder, coding: coding, start: range.0, end: range.1,
              name: Self.shortened(quoted), key: key)
          ))
      }
    }
    return found.sorted { $0.order.lexicographicallyPrecedes($1.order) }.map(\.selection)
  }

  private mutating func writeSelection(_ selection: Selection) {
    let user = userGUID(selection.coder)
    xml.open(
      "PlainTextSelection",
      [
        ("guid", GUID.derived(from: "selection:\(selection.key)")), ("name", selection.name),
        ("startPosition", String(selection.start)), ("endPosition", String(selection.end)),
        ("creatingUser", user),
      ])
    if let flags = RefiProjectMarks.flagsLine(selection.coding.flags) {
      xml.leaf("Description", content: flags)
    }
    xml.open(
      "Coding", [("guid", GUID.derived(from: "coding:\(selection.key)")), ("creatingUser", user)])
    xml.leaf("CodeRef", [("targetGUID", codebook.guid(at: selection.coding.code))])
    xml.close()
    if !selection.coding.memo.isEmpty {
      let note = GUID.derived(from: "memo:\(selection.key)")
      xml.leaf("NoteRef", [("targetGUID", note)])
      let coding = selection.coding
      notes.append(
        (
          note,
          "Memo by \(selection.coder) on \(coding.transcript) \(coding.segment) (\(coding.code))",
          user, coding.memo
        ))
    }
    xml.close()
  }

  /// The codebook's title, levels and description, as its Markdown starts.
  private func codebookHeader() -> String {
    var text = "# \(codebook.title)"
    if !codebook.levels.isEmpty { text += "\nLevels: " + codebook.levels.joined(separator: ", ") }
    if !codebook.description.isEmpty { text += "\n\n" + codebook.description }
    return text
  }

  private func userGUID(_ coder: Coder) -> String { GUID.derived(from: "user:\(coder)") }

  private func sourceGUID(_ id: TranscriptID) -> String { GUID.derived(from: "transcript:\(id)") }

  /// The first 60 characters of a quote, on one line, for a selection's name.
  static func shortened(_ text: String) -> String {
    let line = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    guard line.count > 60 else { return line }
    return String(line.prefix(59)) + "…"
  }
}
