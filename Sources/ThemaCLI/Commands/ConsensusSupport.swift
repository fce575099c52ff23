import Foundation
import ThemaCore
import ThemaStore

/// What `thema diff` and `thema resolve` share: choosing the two coders and comparing them.
enum ConsensusSupport {
  /// The `--coders A,B` option.
  static let codersOption = OptionSpec(
    "--coders", value: "A,B", help: "The two coders to compare (default: the two who coded it)",
    completion: .coders)

  /// The transcript, its codebook and the plan comparing its two coders.
  static func plan(_ study: Study, _ arguments: ParsedArguments) throws -> (
    Transcript, CodebookIndex, ResolutionPlan
  ) {
    let transcript = try study.transcript(named: arguments.argument("ID") ?? "")
    let codebook = CodebookIndex(try study.codebook(for: transcript))
    let sheets = study.sheets[transcript.id] ?? [:]
    let coders: [Coder]
    if let text = arguments.value("--coders") {
      let names = text.split(separator: ",").map { $0.trimmed() }
      guard names.count == 2 else {
        throw UsageError.invalidValue(
          option: "--coders", value: text, expected: "two coders, e.g. alice,bob")
      }
      coders = try names.map { name in
        guard let coder = Coder(rawValue: name) else { throw Problem.invalidCoderName(name) }
        guard sheets[coder] != nil else {
          throw CommandFailure("\(name) has not coded \(transcript.id)" + codedBy(sheets))
        }
        return coder
      }
    } else {
      coders = sheets.keys.sorted()
      guard coders.count == 2 else {
        if coders.count < 2 {
          throw CommandFailure(
            "comparing needs two coders, and \(transcript.id) is coded by "
              + (coders.isEmpty ? "nobody yet" : "\(coders[0]) only")
              + "; have a second coder code it ('thema code \(transcript.id) --coder NAME')")
        }
        throw CommandFailure(
          "\(transcript.id) is coded by \(coders.map(\.rawValue).joined(separator: ", ")); choose two with --coders A,B"
        )
      }
    }
    guard let first = sheets[coders[0]], let second = sheets[coders[1]] else {
      throw CommandFailure("\(transcript.id) lacks a coder's codings")
    }
    return (
      transcript, codebook,
      ResolutionPlan(transcript: transcript, first: first, second: second, codebook: codebook)
    )
  }

  private static func codedBy(_ sheets: [Coder: CodingSheet]) -> String {
    sheets.isEmpty
      ? "" : " (coded by " + sheets.keys.sorted().map(\.rawValue).joined(separator: ", ") + ")"
  }

  /// Now as ISO 8601 UTC, for decision records.
  static func now() -> String {
    let formatter = ISO8601DateFormatter()
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: Date())
  }

  /// `S12:T1/1a` read against the codebook.
  static func key(_ text: String, codebook: CodebookIndex) throws -> ItemKey {
    guard let colon = text.firstIndex(of: ":"),
      let segment = SegmentID(rawValue: String(text[..<colon]))
    else {
      throw Problem.malformedSegmentReference(text)
    }
    return ItemKey(
      segment: segment, code: try codebook.resolve(String(text[text.index(after: colon)...])))
  }

  /// How one side's codings read in a listing: `✓ 15-120 ★` or `-`.
  static func side(_ codings: [Coding]) -> String {
    guard !codings.isEmpty else { return "-" }
    return codings.map { coding in
      var text = coding.span.map { "✓ \($0)" } ?? "✓ whole segment"
      if coding.isQuote { text += " ★" }
      if coding.flags.contains(.unsure) { text += " ?" }
      return text
    }.joined(separator: ", ")
  }
}
