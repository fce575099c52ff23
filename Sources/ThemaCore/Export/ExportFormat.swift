/// The file formats of reports and tables.
///
/// Stability: `json` is for scripts and keeps its shape within a `formatVersion`; `csv` keeps
/// its columns; the others are for people and may read better in later versions.
public enum ExportFormat: String, Hashable, Sendable, CaseIterable {
  /// Markdown with pipe tables, for GitHub and Pandoc.
  case md
  /// RFC 4180 CSV, for spreadsheets.
  case csv
  /// One self-contained, printable HTML page.
  case html
  /// A Word document (Office Open XML).
  case docx
  /// A LaTeX `longtable` with `booktabs` rules.
  case tex
  /// JSON with sorted keys and a `formatVersion`.
  case json

  /// The formats `thema table` writes.
  public static let tableFormats: [ExportFormat] = [.md, .csv, .html, .docx, .tex, .json]
  /// The formats `thema report` writes.
  public static let reportFormats: [ExportFormat] = [.md, .html, .csv, .json]

  /// The file name extension, without the dot.
  public var fileExtension: String { rawValue }

  /// The format a file name's extension names (`table.docx`), or nil.
  public init?(fileName: String) {
    guard let dot = fileName.lastIndex(of: "."),
      let format = ExportFormat(rawValue: fileName[fileName.index(after: dot)...].lowercased())
    else { return nil }
    self = format
  }
}

/// How quote tables and code reports are written, apart from their content.
public struct ExportStyle: Sendable {
  /// CSV options; formula neutralizing is on unless turned off on purpose.
  public var csv: CSV.Options

  /// Creates a style; CSV cells that could run as spreadsheet formulas are neutralized.
  public init(csv: CSV.Options = CSV.Options(neutralizeFormulas: true)) {
    self.csv = csv
  }
}

extension QuoteTable {
  /// The table in `format`, as the bytes of a file.
  public func rendered(as format: ExportFormat, style: ExportStyle = ExportStyle())
    throws(ExportProblem) -> [UInt8]
  {
    switch format {
    case .md: return Array(markdown().utf8)
    case .csv: return Array(csv(options: style.csv).utf8)
    case .html: return Array(html().utf8)
    case .docx: return try docx()
    case .tex: return Array(latex().utf8)
    case .json: return Array(json().utf8)
    }
  }
}

extension CodeReport {
  /// The report in `format` (Markdown, HTML, CSV or JSON; other formats give Markdown), as the
  /// bytes of a file.
  public func rendered(as format: ExportFormat, style: ExportStyle = ExportStyle()) -> [UInt8] {
    switch format {
    case .html: return Array(html().utf8)
    case .csv: return Array(csv(options: style.csv).utf8)
    case .json: return Array(json().utf8)
    case .md, .docx, .tex: return Array(markdown().utf8)
    }
  }
}
