import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads the text of a Word document (`.docx`): the paragraphs of `word/document.xml`, in
/// order, with their leading bold text for speaker labels.
///
/// ## What is read
/// - Paragraphs (`w:p`) in document order; each run's text (`w:t`) joined, tabs (`w:tab`) as
///   tab characters, line breaks (`w:br`, `w:cr`) as line breaks, non-breaking hyphens as `-`.
/// - Tables row by row: a row becomes one paragraph, its cells separated by tabs (so a
///   two-column table of speaker and text reads as `Speaker<TAB>text`).
/// - Bold: a run is bold when its properties have `w:b` (not switched off) or a character style
///   named like "Strong" or "Bold"; a paragraph's leading bold text may be its speaker label.
/// - Not read: headers, footers, comments, footnotes (they live in other parts of the package),
///   deleted text of tracked changes, field instructions, text boxes and drawings.
///
/// Speaker labels are then found as in plain text (see `LabeledTextReader`), with bold labels
/// as one more style.
enum DocxReader {
  /// A paragraph of the document: its text and the text of its leading bold runs.
  struct Paragraph: Hashable, Sendable {
    var text: String
    var boldPrefix: String?
  }

  /// Reads the document's passages from the bytes of a `.docx` file.
  static func read(
    bytes: [UInt8], file: String, limits: ZipLimits, speakerMap: SpeakerMap = SpeakerMap()
  ) -> Parsed<SourceReading> {
    let paragraphs: [Paragraph]
    do {
      paragraphs = try self.paragraphs(bytes, limits: limits)
    } catch {
      return Parsed(
        value: nil,
        diagnostics: [Diagnostic(.error, .importing(error), at: SourceLocation(file: file))])
    }
    var units: [LabeledTextReader.Unit] = []
    for (number, paragraph) in paragraphs.enumerated() {
      let text = paragraph.text.drop { $0 == " " || $0 == "\t" || $0 == "\n" }
      guard !text.trimmed().isEmpty else { continue }
      let bold = paragraph.boldPrefix?.drop { $0 == " " || $0 == "\t" || $0 == "\n" }
      units.append(
        LabeledTextReader.Unit(
          text: text[...], line: number + 1, startsParagraph: true,
          boldPrefix: bold.flatMap { $0.trimmed().isEmpty ? nil : $0 }))
    }
    var reading = LabeledTextReader.read(
      units: units, file: file, defaultFormat: .docx, speakerMap: speakerMap)
    reading.format = .docx
    // Lines of a Word document mean nothing to its reader: name the file alone.
    reading.diagnostics = reading.diagnostics.map {
      Diagnostic($0.severity, $0.problem, at: SourceLocation(file: file))
    }
    return Parsed(value: reading, diagnostics: reading.diagnostics)
  }

  /// The paragraphs of the document in the ZIP archive `bytes`.
  static func paragraphs(_ bytes: [UInt8], limits: ZipLimits) throws(ImportProblem) -> [Paragraph] {
    let xml: [UInt8]
    do {
      let zip = try ZipReader(bytes, limits: limits)
      // No program that saves documents names an entry ../x or /x, or stores a link: such an
      // archive is refused whole rather than read around.
      for entry in zip.entries {
        if !ZipReader.isSafeEntryName(entry.name) { throw ZipError.unsafeEntryName(entry.name) }
        if entry.isSymbolicLink { throw ZipError.symbolicLink(entry: entry.name) }
      }
      let name = mainDocumentName(zip) ?? "word/document.xml"
      guard let document = try zip.contents(ofEntryNamed: name) else {
        throw ImportProblem.docxWithoutDocument
      }
      xml = document
    } catch let error as ZipError {
      throw .zip(error)
    } catch let error as ImportProblem {
      throw error
    } catch {
      throw .docxWithoutDocument
    }
    return try paragraphs(xml: xml)
  }

  /// The paragraphs of a WordprocessingML main document part (`word/document.xml`).
  static func paragraphs(xml: [UInt8]) throws(ImportProblem) -> [Paragraph] {
    if let offset = XMLInput.invalidUTF8Offset(xml) {
      throw .invalidDocxXML(reason: "byte \(offset) of word/document.xml is not valid UTF-8")
    }
    if let offset = XMLInput.emptyProcessingInstructionOffset(xml) {
      throw .invalidDocxXML(
        reason: "byte \(offset) of word/document.xml starts a processing instruction without data")
    }
    let reader = DocumentXMLReader()
    let parser = XMLParser(data: Data(xml))
    parser.shouldProcessNamespaces = true
    parser.shouldResolveExternalEntities = false
    parser.delegate = reader
    guard parser.parse() else {
      let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "unknown"
      throw .invalidDocxXML(
        reason: "line \(parser.lineNumber), column \(parser.columnNumber) of word/document.xml: "
          + reason)
    }
    return reader.paragraphs
  }

  /// The main document's part name from the package relationships (`_rels/.rels`), when given.
  private static func mainDocumentName(_ zip: ZipReader) -> String? {
    guard let rels = try? zip.contents(ofEntryNamed: "_rels/.rels") else { return nil }
    let text = String(decoding: rels, as: UTF8.self)
    for relationship in text.components(separatedBy: "<Relationship ").dropFirst()
    where relationship.contains("/officeDocument\"") {
      guard let target = relationship.components(separatedBy: "Target=\"").dropFirst().first,
        let end = target.firstIndex(of: "\"")
      else { continue }
      let name = String(target[..<end])
      return name.hasPrefix("/") ? String(name.dropFirst()) : name
    }
    return nil
  }
}

/// The SAX delegate that collects paragraphs from WordprocessingML.
private final class DocumentXMLReader: NSObject, XMLParserDelegate {
  /// A run of text and whether it is bold.
  struct Run {
    var text: String
    var bold: Bool
  }

  /// A table being read: its rows' cells so far.
  struct Table {
    var cells: [[Run]] = []
    var cell: [Run] = []
    var cellHasParagraph = false
  }

  private(set) var paragraphs: [DocxReader.Paragraph] = []
  private var runs: [Run] = []
  private var tables: [Table] = []
  private var skipDepth = 0
  private var inRun = false
  private var inRunProperties = false
  private var inText = false
  private var runBold = false
  private var text = ""

  private static let skipped: Set<String> = [
    "del", "instrText", "delInstrText", "drawing", "pict", "object", "Fallback", "txbxContent",
    "footnoteReference", "endnoteReference",
  ]

  func parser(
    _ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
    qualifiedName: String?, attributes: [String: String] = [:]
  ) {
    if skipDepth > 0 || Self.skipped.contains(element) {
      skipDepth += 1
      return
    }
    switch element {
    case "p":
      runs = []
    case "r":
      inRun = true
      runBold = false
    case "rPr" where inRun:
      inRunProperties = true
    case "b" where inRunProperties:
      let value = attributes["val"] ?? attributes["w:val"] ?? "true"
      runBold = !["0", "false", "off"].contains(value)
    case "rStyle" where inRunProperties:
      let value = (attributes["val"] ?? attributes["w:val"] ?? "").lowercased()
      if value.contains("strong") || value.contains("bold") { runBold = true }
    case "t" where inRun:
      inText = true
      text = ""
    case "tab" where inRun:
      runs.append(Run(text: "\t", bold: runBold))
    case "br" where inRun, "cr" where inRun:
      runs.append(Run(text: "\n", bold: runBold))
    case "noBreakHyphen" where inRun:
      runs.append(Run(text: "-", bold: runBold))
    case "tbl":
      tables.append(Table())
    case "tr":
      if !tables.isEmpty { tables[tables.count - 1].cells = [] }
    case "tc":
      if !tables.isEmpty {
        tables[tables.count - 1].cell = []
        tables[tables.count - 1].cellHasParagraph = false
      }
    default:
      break
    }
  }

  func parser(
    _ parser: XMLParser, didEndElement element: String, namespaceURI: String?,
    qualifiedName: String?
  ) {
    if skipDepth > 0 {
      skipDepth -= 1
      return
    }
    switch element {
    case "t" where inText:
      inText = false
      runs.append(Run(text: text, bold: runBold))
    case "rPr":
      inRunProperties = false
    case "r":
      inRun = false
    case "p":
      finishParagraph()
    case "tc":
      guard !tables.isEmpty else { break }
      let table = tables[tables.count - 1]
      tables[tables.count - 1].cells.append(table.cell)
    case "tr":
      guard let table = tables.last else { break }
      var row: [Run] = []
      for cell in table.cells where !cell.allSatisfy({ $0.text.trimmed().isEmpty }) {
        if !row.isEmpty { row.append(Run(text: "\t", bold: false)) }
        row += cell
      }
      tables[tables.count - 1].cells = []
      if tables.count > 1 {
        appendToCell(row, table: tables.count - 2)
      } else {
        emit(row)
      }
    case "tbl":
      _ = tables.popLast()
    default:
      break
    }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    if inText && skipDepth == 0 { text += string }
  }

  private func finishParagraph() {
    let paragraph = runs
    runs = []
    if tables.isEmpty {
      emit(paragraph)
    } else {
      appendToCell(paragraph, table: tables.count - 1)
    }
  }

  /// Adds a paragraph (or a nested table's row) to the current cell of table `index`, on its
  /// own line.
  private func appendToCell(_ paragraph: [Run], table index: Int) {
    if tables[index].cellHasParagraph {
      tables[index].cell.append(Run(text: "\n", bold: false))
    }
    tables[index].cell += paragraph
    tables[index].cellHasParagraph = true
  }

  private func emit(_ runs: [Run]) {
    var text = ""
    var prefix = ""
    var inPrefix = true
    for run in runs {
      text += run.text
      if inPrefix {
        if run.bold || (run.text.trimmed().isEmpty && !run.text.contains("\n")) {
          // Spaces between bold runs keep the prefix matching the paragraph's text.
          prefix += run.text
        } else {
          inPrefix = false
        }
      }
    }
    let bold = prefix.trimmed().isEmpty ? nil : prefix
    paragraphs.append(DocxReader.Paragraph(text: text, boldPrefix: bold))
  }
}
