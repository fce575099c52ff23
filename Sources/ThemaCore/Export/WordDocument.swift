/// A minimal Word document (Office Open XML, WordprocessingML) built from paragraphs and
/// tables, packed as a `.docx` with `ZipWriter`.
///
/// ## Parts
/// ```
/// [Content_Types].xml            the content type of every part
/// _rels/.rels                    the package's relationships: the document and its properties
/// docProps/core.xml              title and creator (no dates, so output is reproducible)
/// word/document.xml              the body: paragraphs and tables
/// word/styles.xml                fonts, paragraph styles and the table style
/// word/_rels/document.xml.rels   the document's relationship to its styles
/// ```
/// Tables mark their first row as a header (`w:tblHeader`), which Word and LibreOffice repeat
/// at the top of every page the table runs onto.
struct WordDocument: Sendable {
  /// A stretch of text with one formatting.
  struct Run: Sendable {
    var text: String
    var bold = false
    var italic = false
  }

  /// A paragraph: a style from `styles.xml` and runs.
  struct Paragraph: Sendable {
    var style: String?
    var runs: [Run]
    var pageBreakBefore = false
    var keepWithNext = false
  }

  /// A table row: cells of paragraphs.
  struct Row: Sendable {
    var cells: [[Paragraph]]
    var isHeader = false
    var isShaded = false
  }

  /// A table with fixed column widths in twentieths of a point.
  struct Table: Sendable {
    var columnWidths: [Int]
    var rows: [Row]
  }

  /// A paragraph or a table.
  enum Block: Sendable {
    case paragraph(Paragraph)
    case table(Table)
  }

  /// The document's title, for its properties.
  var title: String
  /// The body.
  var blocks: [Block]

  /// The width of the text on a US Letter page with one-inch margins, in twips.
  static let textWidth = 9360

  /// The `.docx` file.
  func package() throws(ZipWriter.Failure) -> [UInt8] {
    var zip = ZipWriter()
    try zip.add("[Content_Types].xml", text: Self.contentTypes)
    try zip.add("_rels/.rels", text: Self.packageRelationships)
    try zip.add("docProps/core.xml", text: coreProperties())
    try zip.add("word/document.xml", text: documentXML())
    try zip.add("word/styles.xml", text: Self.styles)
    try zip.add("word/_rels/document.xml.rels", text: Self.documentRelationships)
    return try zip.archive()
  }

  /// `word/document.xml`.
  func documentXML() -> String {
    var out = Self.xmlDeclaration
    out +=
      "<w:document xmlns:w=\"\(Self.mainNamespace)\" xmlns:r=\"\(Self.relationshipsNamespace)\">"
    out += "<w:body>"
    for block in blocks {
      switch block {
      case .paragraph(let paragraph): out += xml(paragraph)
      case .table(let table): out += xml(table)
      }
    }
    out += "<w:sectPr><w:pgSz w:w=\"12240\" w:h=\"15840\"/>"
    out += "<w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" "
    out += "w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/></w:sectPr>"
    out += "</w:body></w:document>\n"
    return out
  }

  private func xml(_ paragraph: Paragraph) -> String {
    var properties = ""
    if let style = paragraph.style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
    if paragraph.keepWithNext { properties += "<w:keepNext/>" }
    if paragraph.pageBreakBefore { properties += "<w:pageBreakBefore/>" }
    var out = "<w:p>"
    if !properties.isEmpty { out += "<w:pPr>\(properties)</w:pPr>" }
    for run in paragraph.runs where !run.text.isEmpty {
      out += "<w:r>"
      if run.bold || run.italic {
        out += "<w:rPr>" + (run.bold ? "<w:b/>" : "") + (run.italic ? "<w:i/>" : "") + "</w:rPr>"
      }
      let lines = run.text.split(separator: "\n", omittingEmptySubsequences: false)
      for (index, line) in lines.enumerated() {
        if index > 0 { out += "<w:br/>" }
        out += "<w:t xml:space=\"preserve\">\(MarkupEscaping.xml(String(line)))</w:t>"
      }
      out += "</w:r>"
    }
    return out + "</w:p>"
  }

  private func xml(_ table: Table) -> String {
    var out = "<w:tbl><w:tblPr><w:tblStyle w:val=\"ThemaTable\"/>"
    out += "<w:tblW w:w=\"\(table.columnWidths.reduce(0, +))\" w:type=\"dxa\"/>"
    out += "<w:tblBorders><w:top w:val=\"single\" w:sz=\"12\" w:space=\"0\" w:color=\"000000\"/>"
    out += "<w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"0\" w:color=\"000000\"/>"
    out += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
    out += "<w:tblCellMar><w:top w:w=\"40\" w:type=\"dxa\"/><w:left w:w=\"80\" w:type=\"dxa\"/>"
    out +=
      "<w:bottom w:w=\"40\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar>"
    out += "<w:tblLook w:val=\"0020\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" "
    out += "w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>"
    for width in table.columnWidths { out += "<w:gridCol w:w=\"\(width)\"/>" }
    out += "</w:tblGrid>"
    for row in table.rows {
      out += "<w:tr>"
      if row.isHeader { out += "<w:trPr><w:tblHeader/></w:trPr>" }
      for (index, cell) in row.cells.enumerated() {
        let width = index < table.columnWidths.count ? table.columnWidths[index] : 0
        out += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
        if row.isHeader {
          out += "<w:tcBorders><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"0\" "
          out += "w:color=\"000000\"/></w:tcBorders>"
        }
        if row.isShaded { out += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"EDEDED\"/>" }
        out += "</w:tcPr>"
        out += cell.isEmpty ? "<w:p/>" : cell.map(xml).joined()
        out += "</w:tc>"
      }
      out += "</w:tr>"
    }
    return out + "</w:tbl>"
  }

  private func coreProperties() -> String {
    Self.xmlDeclaration
      + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
      + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
      + "<dc:title>\(MarkupEscaping.xml(title))</dc:title><dc:creator>Thema</dc:creator>"
      + "</cp:coreProperties>\n"
  }

  static let xmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  static let mainNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  static let relationshipsNamespace =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  static let contentTypes =
    xmlDeclaration
    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    + "<Default Extension=\"rels\" "
    + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
    + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/"
    + "vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
    + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/"
    + "vnd.openxmlformats-package.core-properties+xml\"/>"
    + "</Types>\n"

  static let packageRelationships =
    xmlDeclaration
    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    + "<Relationship Id=\"rId1\" Type=\"\(relationshipsNamespace)/officeDocument\" "
    + "Target=\"word/document.xml\"/>"
    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
    + "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
    + "</Relationships>\n"

  static let documentRelationships =
    xmlDeclaration
    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    + "<Relationship Id=\"rId1\" Type=\"\(relationshipsNamespace)/styles\" Target=\"styles.xml\"/>"
    + "</Relationships>\n"

  static let styles =
    xmlDeclaration
    + "<w:styles xmlns:w=\"\(mainNamespace)\">"
    + "<w:docDefaults><w:rPrDefault><w:rPr>"
    + "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" "
    + "w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/>"
    + "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/><w:lang w:val=\"en-US\"/></w:rPr></w:rPrDefault>"
    + "<w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>"
    + "</w:pPr></w:pPrDefault></w:docDefaults>"
    + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
    + "<w:qFormat/></w:style>"
    + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/>"
    + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
    + "<w:pPr><w:spacing w:after=\"240\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"28\"/>"
    + "<w:szCs w:val=\"28\"/></w:rPr></w:style>"
    + "<w:style w:type=\"paragraph\" w:styleId=\"Caption\"><w:name w:val=\"caption\"/>"
    + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
    + "<w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/></w:pPr>"
    + "<w:rPr><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/></w:rPr></w:style>"
    + "<w:style w:type=\"paragraph\" w:styleId=\"TableText\"><w:name w:val=\"Table Text\"/>"
    + "<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:after=\"60\"/></w:pPr>"
    + "</w:style>"
    + "<w:style w:type=\"paragraph\" w:styleId=\"TableNote\"><w:name w:val=\"Table Note\"/>"
    + "<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:pPr><w:spacing w:before=\"120\"/></w:pPr>"
    + "<w:rPr><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr></w:style>"
    + "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\">"
    + "<w:name w:val=\"Normal Table\"/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
    + "<w:tblCellMar><w:left w:w=\"108\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/>"
    + "</w:tblCellMar></w:tblPr></w:style>"
    + "<w:style w:type=\"table\" w:styleId=\"ThemaTable\"><w:name w:val=\"Thema Quote Table\"/>"
    + "<w:basedOn w:val=\"TableNormal\"/><w:pPr><w:spacing w:after=\"60\"/></w:pPr>"
    + "<w:tblPr><w:tblBorders>"
    + "<w:top w:val=\"single\" w:sz=\"12\" w:space=\"0\" w:color=\"000000\"/>"
    + "<w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"0\" w:color=\"000000\"/>"
    + "</w:tblBorders></w:tblPr>"
    + "<w:tblStylePr w:type=\"firstRow\"><w:rPr><w:b/></w:rPr><w:tcPr><w:tcBorders>"
    + "<w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"0\" w:color=\"000000\"/>"
    + "</w:tcBorders></w:tcPr></w:tblStylePr></w:style>"
    + "</w:styles>\n"
}
