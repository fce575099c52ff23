/// How a quote names who said it: the transcript's pseudonymous ID followed by some of its
/// attributes, e.g. `PM-01, Program manager, Los Angeles`.
///
/// ## Format
/// A template of comma-separated parts, each text with `{attribute}` placeholders:
/// ```
/// {group}, {county}                  PM-01, Program manager, Los Angeles   (the default)
/// {group}, {county} County           PM-01, Program manager, Los Angeles County
/// Participant {id} ({arm})           Participant PM-01 (CAPP coaching)
/// ```
/// A part whose placeholders name an attribute the transcript lacks (or has empty) is left
/// out, so one template serves transcripts with different attributes. The ID is always shown:
/// when the template has no `{id}`, the ID comes first. Placeholder names are attribute keys
/// (lowercase letters, digits, `-`, `_`) or `id`.
public struct Attribution: Hashable, Sendable {
  /// The template as written.
  public let template: String
  private let parts: [[Piece]]

  private enum Piece: Hashable, Sendable {
    case text(String)
    case attribute(String)
  }

  /// The default: the participant's group and county after the ID.
  public static let standard = Attribution(validTemplate: "{group}, {county}")

  /// Parses a template; throws `.invalidAttribution` when a brace is unbalanced or a
  /// placeholder is not an attribute name.
  public init(parsing template: String) throws(ExportProblem) {
    var parts: [[Piece]] = []
    for rawPart in template.split(separator: ",", omittingEmptySubsequences: false) {
      var pieces: [Piece] = []
      var text = ""
      var name: String?
      for character in rawPart {
        if var current = name {
          if character == "}" {
            guard current == "id" || Transcript.isValidAttributeKey(current) else {
              throw .invalidAttribution(template: template, placeholder: current)
            }
            pieces.append(.attribute(current))
            name = nil
          } else if character == "{" {
            throw .invalidAttribution(template: template, placeholder: nil)
          } else {
            current.append(character)
            name = current
          }
        } else if character == "{" {
          if !text.isEmpty { pieces.append(.text(text)) }
          text = ""
          name = ""
        } else if character == "}" {
          throw .invalidAttribution(template: template, placeholder: nil)
        } else {
          text.append(character)
        }
      }
      guard name == nil else { throw .invalidAttribution(template: template, placeholder: nil) }
      if !text.isEmpty { pieces.append(.text(text)) }
      parts.append(Self.trimmed(pieces))
    }
    self.template = template
    self.parts = parts.filter { !$0.isEmpty }
  }

  private init(validTemplate: String) {
    do {
      self = try Attribution(parsing: validTemplate)
    } catch {
      self.template = validTemplate
      self.parts = []
    }
  }

  /// The attribute names the template uses, in order, without `id`.
  public var attributeNames: [String] {
    var seen: Set<String> = []
    return parts.flatMap { $0 }.compactMap { piece in
      if case .attribute(let name) = piece, name != "id", seen.insert(name).inserted {
        return name
      }
      return nil
    }
  }

  /// The attribution of a quote from `transcript`, e.g. `PM-01, Program manager, Los Angeles`.
  public func text(for transcript: Transcript) -> String {
    var shown: [String] = []
    var mentionsID = false
    for part in parts {
      var text = ""
      var complete = true
      var partMentionsID = false
      for piece in part {
        switch piece {
        case .text(let literal):
          text += literal
        case .attribute("id"):
          text += transcript.id.rawValue
          partMentionsID = true
        case .attribute(let name):
          let value = (transcript.attributes[name] ?? "").trimmed()
          if value.isEmpty { complete = false }
          text += value
        }
      }
      if complete && !text.trimmed().isEmpty {
        shown.append(text.trimmed())
        mentionsID = mentionsID || partMentionsID
      }
    }
    if !mentionsID { shown.insert(transcript.id.rawValue, at: 0) }
    return shown.joined(separator: ", ")
  }

  private static func trimmed(_ pieces: [Piece]) -> [Piece] {
    var pieces = pieces
    if case .text(let first)? = pieces.first {
      let kept = String(first.drop { $0 == " " })
      if kept.isEmpty { pieces.removeFirst() } else { pieces[0] = .text(kept) }
    }
    if case .text(let last)? = pieces.last {
      let kept = String(last.trimmingTrailingWhitespace())
      if kept.isEmpty { pieces.removeLast() } else { pieces[pieces.count - 1] = .text(kept) }
    }
    return pieces
  }
}
