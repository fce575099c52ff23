import Foundation

@testable import ThemaCore

/// Every parser that reads bytes from outside (study files, imported sources, archives), as a
/// function from bytes to the laws it broke: the one place the seeded mutation test
/// (`MutationTests`) and the libFuzzer entry points (`Tests/Fuzz/*.swift`, built by
/// `.ci/fuzz`) call parsers from.
///
/// A target returns the properties an input violated (an empty list when all held); crashes,
/// hangs and runaway memory are caught by whoever runs it. The laws checked beyond "no crash":
/// a file that parses without errors formats to its canonical form, and that canonical form
/// parses without errors and formats to itself again (the round-trip law of STYLE.md rule 7).
///
/// This file only imports Foundation and ThemaCore, so `.ci/fuzz` can compile it into each
/// fuzz binary beside its entry point.
enum ParserTargets {
  /// A parser as the fuzzers and the mutation test see it.
  struct Target: Sendable {
    /// The name used by `.ci/fuzz` and the fixtures folder, e.g. `codebook`.
    var name: String
    /// Runs the parser on `bytes` and returns the laws they broke.
    var check: @Sendable ([UInt8]) -> [String]
  }

  /// Every target, by name.
  static let all: [Target] = [
    Target(name: "codebook", check: { codebook($0) }),
    Target(name: "transcript", check: { transcript($0) }),
    Target(name: "codings", check: { codings($0) }),
    Target(name: "decisions", check: { decisions($0) }),
    Target(name: "redactions", check: { redactions($0) }),
    Target(name: "revision-log", check: { revisionLog($0) }),
    Target(name: "csv", check: { csv($0) }),
    Target(name: "vtt", check: { webVTT($0) }),
    Target(name: "srt", check: { subRip($0) }),
    Target(name: "text", check: { labeledText($0) }),
    Target(name: "import", check: { importSource($0) }),
    Target(name: "docx-xml", check: { docxXML($0) }),
    Target(name: "xml", check: { xml($0) }),
    Target(name: "qdc", check: { qdc($0) }),
    Target(name: "qde", check: { qde($0) }),
    Target(name: "qdpx", check: { qdpx($0) }),
    Target(name: "zip", check: { zip($0) }),
    Target(name: "inflate", check: { inflate($0) }),
  ]

  /// The target named `name`.
  static func named(_ name: String) -> Target? {
    all.first { $0.name == name }
  }

  /// Bytes as a study file is read: strict UTF-8, or nothing.
  static func studyText(_ bytes: [UInt8]) -> String? {
    try? TextDecoding.strictUTF8(Data(bytes))
  }

  /// The round-trip law for a format: `format(parse(text))` parses without errors and formats
  /// to itself.
  static func roundTrip<Value>(
    _ name: String, _ first: Parsed<Value>, format: (Value) -> String,
    parse: (String) -> Parsed<Value>
  ) -> [String] {
    guard let value = first.value, !first.diagnostics.hasErrors else { return [] }
    let canonical = format(value)
    let again = parse(canonical)
    guard let second = again.value, !again.diagnostics.hasErrors else {
      let message = again.diagnostics.first { $0.severity == .error }?.message ?? "no value"
      return ["\(name): the canonical form does not parse: \(message)"]
    }
    return format(second) == canonical ? [] : ["\(name): the canonical form is not stable"]
  }

  static func codebook(_ bytes: [UInt8]) -> [String] {
    guard let text = studyText(bytes) else { return [] }
    let parse = { (text: String) in Codebook.parse(markdown: text, name: "fuzz", file: "fuzz.md") }
    return roundTrip("codebook", parse(text), format: { $0.markdown() }, parse: parse)
  }

  static func transcript(_ bytes: [UInt8]) -> [String] {
    guard let text = studyText(bytes) else { return [] }
    let parse = { (text: String) in Transcript.parse(text: text, file: "transcript.txt") }
    return roundTrip("transcript", parse(text), format: { $0.text() }, parse: parse)
  }

  static func codings(_ bytes: [UInt8]) -> [String] {
    guard let text = studyText(bytes), let id = TranscriptID(rawValue: "PM-01"),
      let coder = Coder(rawValue: "alice")
    else { return [] }
    let parse = { (text: String) -> Parsed<CodingSheet> in
      let parsed = CodingSheet.parse(tsv: text, transcript: id, coder: coder, file: "alice.tsv")
      return Parsed(value: parsed.sheet, diagnostics: parsed.diagnostics)
    }
    return roundTrip("codings", parse(text), format: { $0.tsv() }, parse: parse)
  }

  static func decisions(_ bytes: [UInt8]) -> [String] {
    guard let text = studyText(bytes) else { return [] }
    let parse = { (text: String) in DecisionLog.parse(text, file: "decisions.jsonl") }
    return roundTrip("decisions", parse(text), format: { $0.jsonl() }, parse: parse)
  }

  static func redactions(_ bytes: [UInt8]) -> [String] {
    guard let text = studyText(bytes) else { return [] }
    let parse = { (text: String) in RedactionList.parse(text, file: "redactions.txt") }
    let parsed = parse(text)
    if let list = parsed.value {
      _ = Redactor(list).redact("Maria Lopez met Dr. Jane Roe at Harbor Wellness Center.")
    }
    return roundTrip("redactions", parsed, format: { $0.text() }, parse: parse)
  }

  static func revisionLog(_ bytes: [UInt8]) -> [String] {
    guard let text = studyText(bytes) else { return [] }
    let parse = { (text: String) in RevisionLog.parse(text, file: "fuzz.changes") }
    return roundTrip(
      "revision log", parse(text), format: { $0.text(codebookFile: "fuzz.md") }, parse: parse)
  }

  /// CSV, and the two tables read from it (import attributes and the speaker map). The law:
  /// records written by `CSV.document` read back as the same records.
  static func csv(_ bytes: [UInt8]) -> [String] {
    guard let text = studyText(bytes) else { return [] }
    _ = AttributeTable.parse(csv: text, file: "attributes.csv")
    _ = SpeakerMap.parse(csv: text, file: "speakers.csv")
    _ = try? CSV.parseNumbered(text)
    guard let records = try? CSV.parse(text), let header = records.first,
      !records.contains(where: { $0 == [""] })
    else { return [] }
    let written = CSV.document(header: header, rows: Array(records.dropFirst()))
    guard let again = try? CSV.parse(written) else {
      return ["csv: a document CSV.document wrote does not parse"]
    }
    return again == records ? [] : ["csv: records do not survive writing and reading"]
  }

  /// A source's text as import decodes it (UTF-8, UTF-16 or Windows-1252, normalized).
  static func sourceText(_ bytes: [UInt8]) -> String? {
    try? TextDecoding.source(bytes).text
  }

  static func webVTT(_ bytes: [UInt8]) -> [String] {
    guard let text = sourceText(bytes) else { return [] }
    _ = WebVTTReader.read(text: text, file: "fuzz.vtt")
    return []
  }

  static func subRip(_ bytes: [UInt8]) -> [String] {
    guard let text = sourceText(bytes) else { return [] }
    _ = SubRipReader.read(text: text, file: "fuzz.srt")
    return []
  }

  /// Plain text with speaker labels, Otter, Rev and Zoom's saved text: one reader.
  static func labeledText(_ bytes: [UInt8]) -> [String] {
    guard let text = sourceText(bytes) else { return [] }
    _ = LabeledTextReader.read(text: text, file: "fuzz.txt")
    return []
  }

  /// The whole import, bytes to transcript. The law: what import makes is a valid transcript
  /// that reads back as itself.
  static func importSource(_ bytes: [UInt8]) -> [String] {
    guard let id = TranscriptID(rawValue: "FUZZ-01") else { return [] }
    let options = ImportOptions(
      redactions: RedactionList([RedactionList.Entry(name: "Maria Lopez", replacement: "P3")]),
      zipLimits: ZipLimits(maxTotalSize: 16 * 1024 * 1024))
    let imported = TranscriptImporter.importSource(
      bytes, fileName: "fuzz.txt", file: "fuzz.txt", id: id, options: options)
    guard let transcript = imported.value?.transcript else { return [] }
    let text = transcript.text()
    let again = Transcript.parse(text: text, file: "transcript.txt")
    guard let read = again.value, !again.diagnostics.hasErrors else {
      let message = again.diagnostics.first { $0.severity == .error }?.message ?? "no value"
      return ["import: the imported transcript does not parse: \(message)"]
    }
    return read == transcript ? [] : ["import: the imported transcript does not read back"]
  }

  static func docxXML(_ bytes: [UInt8]) -> [String] {
    _ = try? DocxReader.paragraphs(xml: bytes)
    return []
  }

  /// The safe XML reader REFI-QDA exchange reads other tools' files with. The law: the tree
  /// stays within the limits it was given.
  static func xml(_ bytes: [UInt8]) -> [String] {
    let limits = XMLLimits(maximumBytes: 1 << 20, maximumDepth: 64, maximumElements: 100_000)
    guard let tree = try? XMLTree.parse(bytes, limits: limits) else { return [] }
    var count = 0
    var deepest = 0
    var stack = [(tree.root, 1)]
    while let (element, depth) = stack.popLast() {
      count += 1
      deepest = max(deepest, depth)
      stack += element.children.map { ($0, depth + 1) }
    }
    return count <= limits.maximumElements && deepest <= limits.maximumDepth
      ? [] : ["xml: \(count) elements \(deepest) deep, past the limits"]
  }

  /// Small limits for REFI-QDA files, so every input runs quickly.
  static let refiXMLLimits = XMLLimits(
    maximumBytes: 1 << 20, maximumDepth: 64, maximumElements: 100_000)

  /// A REFI-QDA codebook (`.qdc`). The law: a codebook import accepts is one `thema check`
  /// accepts once written as Markdown.
  static func qdc(_ bytes: [UInt8]) -> [String] {
    let parsed = Codebook.parse(
      qdc: bytes, name: "imported", title: "Imported", file: "fuzz.qdc", limits: refiXMLLimits)
    guard let codebook = parsed.value, !parsed.diagnostics.hasErrors else { return [] }
    let again = Codebook.parse(markdown: codebook.markdown(), name: "imported", file: "x.md")
    guard again.value != nil, !again.diagnostics.hasErrors else {
      let message = again.diagnostics.first { $0.severity == .error }?.message ?? "no value"
      return ["qdc: the imported codebook does not parse as Markdown: \(message)"]
    }
    return []
  }

  /// Options for importing REFI-QDA projects within small limits.
  static let refiOptions = RefiImportOptions(
    transcripts: ImportOptions(zipLimits: ZipLimits(maxEntries: 200, maxTotalSize: 8 << 20)),
    xmlLimits: refiXMLLimits)

  /// A bare REFI-QDA project file (`project.qde`), texts inline.
  static func qde(_ bytes: [UInt8]) -> [String] {
    _ = RefiProjectImporter.importProjectFile(bytes, file: "project.qde", options: refiOptions)
    return []
  }

  /// A REFI-QDA project archive (`.qdpx`): ZIP, project XML and source texts.
  static func qdpx(_ bytes: [UInt8]) -> [String] {
    _ = RefiProjectImporter.importArchive(bytes, file: "fuzz.qdpx", options: refiOptions)
    return []
  }

  static func zip(_ bytes: [UInt8]) -> [String] {
    let limits = ZipLimits(maxEntries: 1000, maxTotalSize: 16 * 1024 * 1024)
    guard let archive = try? ZipReader(bytes, limits: limits) else { return [] }
    for entry in archive.entries {
      if let data = try? archive.contents(of: entry), data.count != entry.uncompressedSize {
        return [
          "zip: '\(entry.name)' read as \(data.count) bytes, declared \(entry.uncompressedSize)"
        ]
      }
    }
    return []
  }

  static func inflate(_ bytes: [UInt8]) -> [String] {
    let limit = 1 << 20
    guard let output = try? Inflate.decompress(bytes, limit: limit) else { return [] }
    return output.count <= limit ? [] : ["inflate: \(output.count) bytes past the limit \(limit)"]
  }
}
