/// The transcripts of an imported project: one per text source with text.
///
/// A text in Thema's own layout (`RefiSourceLayout`) gives its segments back exactly; any other
/// text is segmented as `thema import` segments a plain-text file (speaker labels, turns,
/// `--max-words`), and each segment's text is found again in the source
/// (`RefiSourceAlignment`), so selections land on the characters they covered. Either way the
/// study's redaction list applies. A transcript's ID is its source's name without a document
/// extension (`Interview 1.txt` becomes `Interview-1`), made unique with `-2`, `-3`.
extension RefiProjectImportRun {
  /// Names that end in these are documents: the extension is not part of the ID.
  static let documentExtensions: Set<String> = [
    "txt", "text", "docx", "doc", "rtf", "odt", "pdf", "md", "html", "htm",
  ]

  mutating func prepareSources(texts: [String: String]) {
    var taken: Set<TranscriptID> = []
    for (index, source) in document.textSources.enumerated() {
      result.summary.textSources += 1
      result.summary.selections += source.selections.filter { !$0.codings.isEmpty }.count
      guard var text = texts[source.guid], !text.allSatisfy(\.isWhitespace) else {
        result.summary.sourcesWithoutText += 1
        let coded = source.selections.filter { !$0.codings.isEmpty }.count
        warn(
          .sourceWithoutText(source: source.name, path: source.plainTextPath, selections: coded),
          line: source.line)
        continue
      }
      if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
      guard let base = Self.transcriptID(for: source.name, position: index + 1) else { continue }
      var id = base
      var suffix = 2
      while taken.contains(id) {
        id = TranscriptID(rawValue: "\(base.rawValue)-\(suffix)") ?? base
        suffix += 1
      }
      taken.insert(id)
      if id != base {
        warn(.sourceRenamed(source: source.name, id: id.rawValue), line: source.line)
      }
      sources.append(Source(source: source, text: RefiSourceText(text), id: id))
    }
  }

  /// The ID a source's name gives: the name itself when it is a valid ID without a document
  /// extension, else one made from it as from a file name; `source-N` when nothing is usable.
  static func transcriptID(for name: String, position: Int) -> TranscriptID? {
    let trimmed = name.trimmed()
    let extensionName = trimmed.split(separator: ".").last.map { $0.lowercased() } ?? ""
    if trimmed.contains("."), documentExtensions.contains(extensionName) {
      if let id = TranscriptID(fileName: trimmed) { return id }
    } else if let id = TranscriptID(rawValue: trimmed) {
      return id
    }
    return TranscriptID(fileName: trimmed + ".txt") ?? TranscriptID(rawValue: "source-\(position)")
  }

  mutating func buildTranscripts() {
    let attributes = sourceAttributes()
    for index in sources.indices {
      let source = sources[index]
      var values = attributes[source.source.guid] ?? [:]
      if values["codebook"] != nil, let name = result.codebook?.name { values["codebook"] = name }
      guard let (transcript, origins, layout) = segments(of: source, attributes: values) else {
        continue
      }
      let positions = result.scheme.positions(of: source.text.stored)
      sources[index].length = positions.last ?? 0
      sources[index].targets = zip(transcript.segments, origins).map { segment, origins in
        RefiSelectionPlacement.Target(
          id: segment.id, positions: origins.map { positions[source.text.origins[$0]] },
          wholeNeedsHeader: layout)
      }
      result.transcripts.append(transcript)
    }
  }

  /// The transcript of a source, the index in the normalized text of each scalar of each
  /// segment's text, and whether the text was in Thema's layout; nil when it has no segments.
  private mutating func segments(of source: Source, attributes: [String: String])
    -> (Transcript, [[Int]], layout: Bool)?
  {
    let redactor = Redactor(options.transcripts.redactions)
    if let read = RefiSourceLayout.read(source.text.normalized) {
      let transcript = Transcript(
        id: source.id, attributes: attributes, segments: read.map(\.segment))
      let (redacted, report) = redactor.redact(transcript)
      result.summary.redactions += report.total
      var origins = read.map(\.origins)
      for (index, segment) in redacted.segments.enumerated()
      where segment.text != transcript.segments[index].text {
        var alignment = RefiSourceAlignment(
          source: Array(transcript.segments[index].text.unicodeScalars))
        origins[index] = alignment.align(Array(segment.text.unicodeScalars)).map {
          read[index].origins[$0]
        }
      }
      return (redacted, origins, true)
    }
    let display = "\(file) (\(source.source.name))"
    let imported = TranscriptImporter.importSource(
      Array(source.text.normalizedText.utf8), fileName: "\(source.id.rawValue).txt",
      file: display, id: source.id, options: options.transcripts)
    diagnostics += imported.diagnostics
    guard var transcript = imported.value?.transcript, !imported.diagnostics.hasErrors else {
      return nil
    }
    result.summary.redactions += imported.value?.redactions.total ?? 0
    var values = attributes
    values["source"] = source.source.name
    values["source-format"] = "refi-qda"
    transcript.attributes = values
    var alignment = RefiSourceAlignment(source: source.text.normalized)
    let origins = transcript.segments.map { alignment.align(Array($0.text.unicodeScalars)) }
    return (transcript, origins, false)
  }
}
