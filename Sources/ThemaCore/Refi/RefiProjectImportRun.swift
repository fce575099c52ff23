/// The state of one import as it goes through its steps.
struct RefiProjectImportRun {
  /// A text source with its text, once prepared.
  struct Source {
    var source: RefiProjectDocument.TextSource
    var text: RefiSourceText
    var id: TranscriptID
    var targets: [RefiSelectionPlacement.Target] = []
    var length = 0
  }

  let document: RefiProjectDocument
  let file: String
  let options: RefiImportOptions
  var result = RefiProjectImport()
  var diagnostics: [Diagnostic] = []
  /// Code paths by canonical GUID.
  var codePaths: [String: CodePath] = [:]
  var sources: [Source] = []

  init(document: RefiProjectDocument, file: String, options: RefiImportOptions) {
    self.document = document
    self.file = file
    self.options = options
    result.summary.projectName = document.name
    result.summary.origin = document.origin
  }

  /// A warning at `line` of the project file.
  mutating func warn(_ problem: RefiProjectProblem, line: Int? = nil) {
    diagnostics.append(
      Diagnostic(.warning, .refiProject(problem), at: SourceLocation(file: file, line: line)))
  }

  /// Decides how positions are counted: as chosen, or from the texts and selections.
  mutating func decideScheme() {
    if let chosen = options.positions {
      (result.scheme, result.evidence) = (chosen, .chosen)
    } else {
      let samples = sources.map { source in
        RefiPositionScheme.Sample(
          scalars: source.text.stored,
          selections: source.source.selections.map { ($0.start, $0.end, $0.name) })
      }
      (result.scheme, result.evidence) = RefiPositionScheme.detect(
        samples, origin: document.origin)
    }
    if result.evidence != .noDifference && result.evidence != .thema {
      diagnostics.append(
        Diagnostic(
          .note, .refiProject(.positionsCounted(result.scheme, evidence: result.evidence)),
          at: SourceLocation(file: file)))
    }
  }

  /// Warnings for what Thema has no place for.
  mutating func noteWhatWasLeftOut() {
    result.summary.otherSources = document.otherSources.count
    var kinds: [String: Int] = [:]
    var selections = 0
    for other in document.otherSources {
      kinds[other.kind, default: 0] += 1
      selections += other.selections
    }
    if !kinds.isEmpty { warn(.otherSourcesLeftOut(kinds: kinds, selections: selections)) }
    let uncoded = document.textSources.reduce(0) { count, source in
      count + source.selections.filter(\.codings.isEmpty).count
    }
    if uncoded > 0 { warn(.selectionsWithoutCodings(count: uncoded)) }
    for source in document.textSources where source.documentCodings > 0 {
      warn(
        .documentCodingsLeftOut(source: source.name, count: source.documentCodings),
        line: source.line)
    }
    let attached = Set(
      document.textSources.flatMap { source in
        source.selections.flatMap { $0.notes + $0.codings.flatMap(\.notes) }
      } + document.codeNotes.values.flatMap { $0 } + linkedNotes().values.flatMap { $0 })
    let loose = document.notes.keys.filter { !attached.contains($0) }.count
    if loose > 0 { warn(.projectNotesLeftOut(count: loose)) }
  }

  /// Notes linked to other objects (ATLAS.ti links memos to quotations), by the object's GUID.
  func linkedNotes() -> [String: [String]] {
    var linked: [String: [String]] = [:]
    for link in document.links {
      if document.notes[link.origin] != nil, document.notes[link.target] == nil {
        linked[link.target, default: []].append(link.origin)
      } else if document.notes[link.target] != nil, document.notes[link.origin] == nil {
        linked[link.origin, default: []].append(link.target)
      }
    }
    return linked
  }
}
