/// The code report as JSON for scripts: sorted keys, `formatVersion` 1.
extension CodeReport {
  /// The report as JSON:
  /// `{"formatVersion": 1, "kind": "codeReport", "codebook": ..., "sections": [...]}`; optional
  /// values (`span`, `start`, `splitBy`, `splitValue`) are written as null when absent.
  public func json() -> String {
    JSONText.encode(CodeReportDocument(self))
  }
}

private struct CodeReportDocument: Encodable {
  let report: CodeReport

  init(_ report: CodeReport) {
    self.report = report
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: JSONKey.self)
    try container.encode(1, forKey: "formatVersion")
    try container.encode("codeReport", forKey: "kind")
    try container.encode(report.codebook, forKey: "codebook")
    try container.encode(report.title, forKey: "title")
    try container.encode(report.includesChildren, forKey: "includesChildren")
    try container.encode(report.context, forKey: "context")
    try container.encode(report.splitBy, forKey: "splitBy")
    try container.encode(report.interviews, forKey: "interviews")
    try container.encode(report.notes, forKey: "notes")
    try container.encode(report.sections.map(SectionDocument.init), forKey: "sections")
  }
}

private struct SectionDocument: Encodable {
  let section: CodeReport.Section

  init(_ section: CodeReport.Section) {
    self.section = section
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: JSONKey.self)
    try container.encode(section.path.description, forKey: "path")
    try container.encode(section.label, forKey: "label")
    try container.encode(section.name, forKey: "name")
    try container.encode(section.definition, forKey: "definition")
    try container.encode(section.codingCount, forKey: "codings")
    try container.encode(section.groups.count, forKey: "interviews")
    let split = section.split.map {
      [
        "value": AnyCount.text($0.value), "interviews": .number($0.interviews),
        "total": .number($0.total), "codings": .number($0.codings),
      ]
    }
    try container.encode(split, forKey: "split")
    try container.encode(section.groups.map(GroupDocument.init), forKey: "groups")
  }
}

private struct GroupDocument: Encodable {
  let group: CodeReport.Group

  init(_ group: CodeReport.Group) {
    self.group = group
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: JSONKey.self)
    try container.encode(group.transcript.rawValue, forKey: "transcript")
    try container.encode(group.attribution, forKey: "attribution")
    try container.encode(group.splitValue, forKey: "splitValue")
    try container.encode(group.items.map(ItemDocument.init), forKey: "items")
  }
}

private struct ItemDocument: Encodable {
  let item: CodeReport.Item

  init(_ item: CodeReport.Item) {
    self.item = item
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: JSONKey.self)
    try container.encode(item.segment.rawValue, forKey: "segment")
    try container.encode(item.speaker, forKey: "speaker")
    try container.encode(item.start?.description, forKey: "start")
    try container.encode(item.code.description, forKey: "code")
    try container.encode(item.span?.description, forKey: "span")
    try container.encode(item.isStarred, forKey: "starred")
    try container.encode(item.isUnsure, forKey: "unsure")
    try container.encode(item.text, forKey: "text")
    try container.encode(item.memo, forKey: "memo")
    try container.encode(item.coders.map(\.rawValue), forKey: "coders")
    func context(_ segments: [CodeReport.ContextSegment]) -> [[String: String]] {
      segments.map { ["segment": $0.segment.rawValue, "speaker": $0.speaker, "text": $0.text] }
    }
    try container.encode(context(item.before), forKey: "before")
    try container.encode(context(item.after), forKey: "after")
  }
}

/// A string or a whole number, for small JSON objects of mixed values.
private enum AnyCount: Encodable {
  case text(String)
  case number(Int)

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .text(let text): try container.encode(text)
    case .number(let number): try container.encode(number)
    }
  }
}

/// A JSON object key given as a string literal.
private struct JSONKey: CodingKey, ExpressibleByStringLiteral {
  var stringValue: String
  var intValue: Int? { nil }

  init(stringValue: String) {
    self.stringValue = stringValue
  }

  init?(intValue: Int) {
    nil
  }

  init(stringLiteral value: String) {
    self.stringValue = value
  }
}
