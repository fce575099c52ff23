/// The kinds of transcript source `thema import` reads, as recorded in a transcript's
/// `source-format` attribute and shown in import summaries.
public enum SourceFormat: String, Hashable, Sendable, CaseIterable {
  /// Plain text with speaker labels (`Interviewer:`, `P3:`, `Participant 03:`) or none.
  case text
  /// Rev's text export: `Speaker 1 (00:02):` labels with times.
  case rev
  /// Otter.ai's text export: `Name  0:01` on its own line, the text below.
  case otter
  /// Zoom's in-meeting "Save transcript" text: `[Name] 11:02:09`, the text below.
  case zoomText = "zoom-text"
  /// Zoom's cloud-recording captions: WebVTT cues of `Name: text`.
  case zoomVTT = "zoom-vtt"
  /// Microsoft Teams captions: WebVTT cues with `<v Name>` voice spans.
  case teamsVTT = "teams-vtt"
  /// WebVTT captions without speaker names.
  case webVTT = "vtt"
  /// SubRip captions (`.srt`).
  case srt
  /// A Word document (`.docx`).
  case docx

  /// The container a file is read as, decided from its bytes and name before any text is
  /// decoded.
  enum Container: Hashable, Sendable {
    case text
    case webVTT
    case subRip
    case docx
  }

  /// Whether the bytes are a Word document (a ZIP archive, or named `.docx`); refuses kinds of
  /// file Thema does not read (old `.doc`, PDF, RTF) with a message saying what to do.
  static func isDocx(_ bytes: [UInt8], fileName: String) throws(ImportProblem) -> Bool {
    if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0x50, 0x4B, 0x05, 0x06])
    {
      return true
    }
    if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
      throw .unsupportedFormat(kind: "an old Word .doc (or other Office 97-2003) document")
    }
    if bytes.starts(with: Array("%PDF".utf8)) { throw .unsupportedFormat(kind: "a PDF") }
    if bytes.starts(with: Array("{\\rtf".utf8)) {
      throw .unsupportedFormat(kind: "an RTF document")
    }
    return fileExtension(fileName) == "docx"
  }

  /// The container of a text file: WebVTT when it is named `.vtt` or starts with `WEBVTT`,
  /// SubRip when it is named `.srt` or starts with a cue number and a timing line, else text.
  static func container(ofText text: String, fileName: String) -> Container {
    switch fileExtension(fileName) {
    case "vtt": return .webVTT
    case "srt": return .subRip
    default: break
    }
    let start = text.drop { $0.isWhitespace }
    if start.hasPrefix("WEBVTT") { return .webVTT }
    let lines = start.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)
    if lines.count >= 2, !lines[0].isEmpty, lines[0].trimmed().allSatisfy(\.isASCIIDigit),
      lines[1].contains("-->")
    {
      return .subRip
    }
    return .text
  }

  private static func fileExtension(_ fileName: String) -> String {
    guard let dot = fileName.lastIndex(of: "."), !fileName[dot...].contains("/") else { return "" }
    return fileName[fileName.index(after: dot)...].lowercased()
  }
}
