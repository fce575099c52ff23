import ThemaTerminal

/// Text broken into lines that fit a width in terminal columns, each line remembering where it
/// starts in the text (in Unicode scalars, the unit of coding spans), so a screen can highlight
/// a span or a search match on the lines it draws.
///
/// Lines break after spaces; a word wider than the line is cut; line breaks in the text are
/// kept. Wide characters count two columns and combining marks none.
public struct WrappedText: Hashable, Sendable {
  /// One line: its text and the scalar offset of its first character in the whole text.
  public struct Line: Hashable, Sendable {
    /// The characters of the line, without the spaces it was broken at.
    public var text: Substring
    /// The offset of the line's first scalar in the whole text.
    public var start: Int
  }

  /// The lines, at least one (empty for empty text).
  public let lines: [Line]

  /// Wraps `text` to `width` columns (at least 1).
  public init(_ text: String, width: Int) {
    let width = max(1, width)
    var lines: [Line] = []
    var offset = 0
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      Self.wrap(paragraph, startingAt: offset, width: width, into: &lines)
      offset += paragraph.unicodeScalars.count + 1
    }
    self.lines = lines.isEmpty ? [Line(text: "", start: 0)] : lines
  }

  private static func wrap(
    _ paragraph: Substring, startingAt base: Int, width: Int, into lines: inout [Line]
  ) {
    var lineStart = paragraph.startIndex
    var lineStartOffset = base
    var lineWidth = 0
    // The last place to break: the end of the words before it and the start of the next word.
    var breakEnd: Substring.Index?
    var breakNext: (index: Substring.Index, offset: Int, width: Int)?
    var index = paragraph.startIndex
    var offset = base
    while index < paragraph.endIndex {
      let character = paragraph[index]
      let next = paragraph.index(after: index)
      let scalars = character.unicodeScalars.count
      if character == " " {
        if breakEnd == nil || paragraph[paragraph.index(before: index)] != " " {
          breakEnd = index
        }
        lineWidth += 1
        index = next
        offset += scalars
        breakNext = (index, offset, lineWidth)
        continue
      }
      let characterWidth = DisplayWidth.of(character)
      if lineWidth + characterWidth > width && index > lineStart {
        if let end = breakEnd, let resume = breakNext, end > lineStart {
          lines.append(Line(text: paragraph[lineStart..<end], start: lineStartOffset))
          lineStart = resume.index
          lineStartOffset = resume.offset
          lineWidth -= resume.width
        } else {
          lines.append(Line(text: paragraph[lineStart..<index], start: lineStartOffset))
          lineStart = index
          lineStartOffset = offset
          lineWidth = 0
        }
        breakEnd = nil
        breakNext = nil
        if lineWidth + characterWidth > width && index > lineStart {
          continue
        }
      }
      lineWidth += characterWidth
      index = next
      offset += scalars
    }
    var end = paragraph.endIndex
    while end > lineStart, paragraph[paragraph.index(before: end)] == " " {
      end = paragraph.index(before: end)
    }
    lines.append(Line(text: paragraph[lineStart..<end], start: lineStartOffset))
  }
}
