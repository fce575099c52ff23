import Foundation

/// Transcript attributes from a project's variables: values given on a source itself, then
/// those of the cases that name the source (`<SourceRef>`), then ATLAS.ti document groups
/// (`<Set>`s of sources) named `variable: value` or `variable::value`. A variable's name
/// becomes the attribute's name in lowercase with other characters as `-` (`Date of
/// interview` becomes `date-of-interview`); a value goes on one line. When two give one
/// transcript different values, the first is kept, with a warning.
extension RefiProjectImportRun {
  /// The attributes of each source, by the source's GUID.
  mutating func sourceAttributes() -> [String: [String: String]] {
    var attributes: [String: [String: String]] = [:]
    var keys: [String: String?] = [:]
    let ids = Dictionary(
      sources.map { ($0.source.guid, $0.id.rawValue) }, uniquingKeysWith: { first, _ in first })
    func key(for variable: String) -> String? {
      if let known = keys[variable] { return known }
      let made = Self.attributeKey(document.variables[variable] ?? variable)
      if made == nil { warn(.unusableVariableName(document.variables[variable] ?? variable)) }
      keys[variable] = made
      return made
    }
    func set(_ key: String, _ value: String, on source: String) {
      guard let id = ids[source] else { return }
      let value = value.split(whereSeparator: \.isNewline).map { $0.trimmed() }
        .joined(separator: " ")
      if let kept = attributes[source]?[key] {
        if kept != value {
          warn(.conflictingAttribute(transcript: id, key: key, kept: kept, ignored: value))
        }
        return
      }
      attributes[source, default: [:]][key] = value
    }
    for source in sources {
      for value in source.source.values {
        if let key = key(for: value.variable) { set(key, value.value, on: source.source.guid) }
      }
    }
    for item in document.cases {
      if item.sources.isEmpty && item.selectionReferences > 0 {
        warn(.caseWithoutSources(name: item.name), line: item.line)
      }
      for value in item.values {
        guard let key = key(for: value.variable) else { continue }
        for source in item.sources { set(key, value.value, on: source) }
      }
    }
    for group in document.sets {
      guard let (name, value) = Self.variableAndValue(group.name),
        let key = Self.attributeKey(name)
      else { continue }
      for source in group.sources { set(key, value, on: source) }
    }
    return attributes
  }

  /// An attribute name made from a variable's name, or nil when none can be made.
  static func attributeKey(_ name: String) -> String? {
    var out = ""
    var pendingDash = false
    for scalar in name.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
      if scalar.properties.generalCategory == .nonspacingMark { continue }
      if IdentifierRule.isAlphanumeric(scalar) || scalar == "_" {
        if pendingDash { out += "-" }
        pendingDash = false
        out.unicodeScalars.append(scalar)
      } else if !out.isEmpty {
        pendingDash = true
      }
    }
    guard out != "id", Transcript.isValidAttributeKey(out) else { return nil }
    return out
  }

  /// `gender` and `female` from a group named `gender: female` or `gender::female`.
  static func variableAndValue(_ name: String) -> (String, String)? {
    guard let colon = name.firstIndex(of: ":") else { return nil }
    let variable = name[..<colon].trimmed()
    let value = name[colon...].drop { $0 == ":" }.trimmed()
    guard !variable.isEmpty, !value.isEmpty else { return nil }
    return (variable, value)
  }
}
