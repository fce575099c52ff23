import Foundation

/// The codebook as JSON and CSV, for scripts and spreadsheets.
extension Codebook {
  /// JSON with sorted keys and a `formatVersion`, stable for scripts:
  /// `{"codebook": {...}, "formatVersion": 1}`.
  public func json() -> String {
    struct Document: Encodable {
      let formatVersion = 1
      let codebook: Codebook
    }
    return JSONText.encode(Document(codebook: self))
  }

  /// One CSV row per code in codebook order: path, depth, level, id, name, definition, include,
  /// exclude, example, color, retired, description. By default a cell that a spreadsheet would
  /// run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading `'`.
  public func csv(options: CSV.Options = CSV.Options(neutralizeFormulas: true)) -> String {
    let header = [
      "path", "depth", "level", "id", "name", "definition", "include", "exclude", "example",
      "color", "retired", "description",
    ]
    let rows = flattened().map { entry -> [String] in
      let code = entry.code
      return [
        entry.path.description, "\(entry.depth)", levelName(depth: entry.depth), code.id, code.name,
        code.definition, code.include, code.exclude, code.example, code.color, code.retired,
        code.description,
      ]
    }
    return CSV.document(header: header, rows: rows, options: options)
  }
}

/// JSON text as Thema writes it: pretty, keys sorted, slashes unescaped, a final line break.
public enum JSONText {
  /// Encodes `value`; encoding Thema's own value types cannot fail, so a failure yields `{}`.
  public static func encode(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8)
    else { return "{}\n" }
    return text + "\n"
  }
}
