/// How a Thema code's text fields travel in a REFI-QDA `<Description>`, which other tools show
/// as one plain-text note.
///
/// ## Format
/// ```
/// Shared experience as the basis of the peer relationship.   <- the code's description
///
/// Definition: Lived experience named as a condition of hiring.
///
/// Include: Job postings that ask for lived experience.
///
/// Exclude: How it helps with clients (use 1b).
///
/// Example: "If it's not your own experience, it's a different position."
///
/// Retired: 2026-11-23: merged into 1b                         <- only for a retired code
/// ```
/// Paragraphs are separated by blank lines. A paragraph whose first line starts with one of the
/// labels `Definition:`, `Include:`, `Exclude:`, `Example:` or `Retired:` (any case) is that
/// field, its value running to the end of the paragraph; every other paragraph is description,
/// so a note written in another tool comes in whole. Line breaks become LF, tabs four spaces,
/// and trailing spaces go, as in the Markdown codebook. A field written twice keeps both values,
/// a blank line apart. Limits of the layout: a description paragraph that itself starts with a
/// label comes back as that field, and a blank line inside a field's value ends the field (the
/// rest comes back as description).
public struct RefiDescription: Hashable, Sendable {
  /// The free description.
  public var description = ""
  /// `Definition:`
  public var definition = ""
  /// `Include:`
  public var include = ""
  /// `Exclude:`
  public var exclude = ""
  /// `Example:`
  public var example = ""
  /// `Retired:`
  public var retired = ""

  /// The labels, in the order written.
  public static let labels = ["Definition", "Include", "Exclude", "Example", "Retired"]

  /// Creates an empty description.
  public init() {}

  /// The text fields of `code`.
  public init(_ code: Code) {
    description = code.description
    definition = code.definition
    include = code.include
    exclude = code.exclude
    example = code.example
    retired = code.retired
  }

  /// Splits a `<Description>`'s text into the description and the labelled fields.
  public init(parsing text: String) {
    var descriptionParagraphs: [String] = []
    for paragraph in Self.paragraphs(Self.cleaned(text)) {
      guard let (label, value) = Self.labelled(paragraph) else {
        descriptionParagraphs.append(paragraph)
        continue
      }
      let current = self[label]
      self[label] = current.isEmpty ? value : current + "\n\n" + value
    }
    description = descriptionParagraphs.joined(separator: "\n\n")
  }

  /// The `<Description>` text: the description, then each non-empty field as a labelled
  /// paragraph; empty when the code has none of them.
  public var text: String {
    var paragraphs: [String] = description.isEmpty ? [] : [description]
    for label in Self.labels where !self[label].isEmpty {
      paragraphs.append("\(label): \(self[label])")
    }
    return paragraphs.joined(separator: "\n\n")
  }

  /// Copies the fields into `code`.
  public func apply(to code: inout Code) {
    code.description = description
    code.definition = definition
    code.include = include
    code.exclude = exclude
    code.example = example
    code.retired = retired
  }

  private subscript(label: String) -> String {
    get {
      switch label {
      case "Definition": definition
      case "Include": include
      case "Exclude": exclude
      case "Example": example
      default: retired
      }
    }
    set {
      switch label {
      case "Definition": definition = newValue
      case "Include": include = newValue
      case "Exclude": exclude = newValue
      case "Example": example = newValue
      default: retired = newValue
      }
    }
  }

  /// Text as Thema's line-oriented files can hold it: LF line ends, no tabs, no trailing
  /// spaces on a line, no blank lines at either end.
  static func cleaned(_ text: String) -> String {
    var unified = String.UnicodeScalarView()
    var afterCR = false
    for scalar in text.unicodeScalars {
      defer { afterCR = scalar == "\r" }
      switch scalar {
      case "\r": unified.append("\n")
      case "\n": if !afterCR { unified.append("\n") }
      case "\t": unified.append(contentsOf: "    ".unicodeScalars)
      case "\u{0}"..."\u{1F}", "\u{7F}": break
      default: unified.append(scalar)
      }
    }
    let lines = String(unified).split(onASCII: 0x0A).map { String($0.trimmingTrailingWhitespace()) }
    let first = lines.firstIndex { !$0.isEmpty } ?? lines.endIndex
    let last = lines.lastIndex { !$0.isEmpty } ?? first
    return first < lines.endIndex ? lines[first...last].joined(separator: "\n") : ""
  }

  /// The paragraphs of cleaned text: runs of non-empty lines.
  private static func paragraphs(_ text: String) -> [String] {
    var result: [String] = []
    var current: [Substring] = []
    for line in text.split(onASCII: 0x0A) {
      if line.isEmpty {
        if !current.isEmpty { result.append(current.joined(separator: "\n")) }
        current = []
      } else {
        current.append(line)
      }
    }
    if !current.isEmpty { result.append(current.joined(separator: "\n")) }
    return result
  }

  /// The label and value of a paragraph that starts with `Label:`, or nil.
  private static func labelled(_ paragraph: String) -> (String, String)? {
    for label in labels {
      let prefix = paragraph.prefix(label.count + 1)
      guard prefix.lowercased() == label.lowercased() + ":" else { continue }
      let rest = paragraph.dropFirst(label.count + 1)
      if rest.isEmpty { return (label, "") }
      if rest.hasPrefix(" ") { return (label, String(rest.dropFirst())) }
      if rest.hasPrefix("\n") { return (label, String(rest)) }
    }
    return nil
  }
}
