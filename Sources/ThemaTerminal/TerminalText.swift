/// Text from files (names of coders, speakers, codes and files, segment text, memos) made safe
/// to print to a terminal: control characters become visible escapes, so a name like
/// `ev\u{1B}]0;pwned\u{7}il` cannot set the window title, clear the screen, move the cursor or
/// hide text.
///
/// What counts as a control: C0 controls other than tab and line feed, DEL, C1 controls
/// (U+0080 to U+009F, which some terminals read as escape sequences), and the bidirectional
/// overrides and isolates (U+202A to U+202E, U+2066 to U+2069) that can make text read in a
/// different order than it is stored. Each is shown as `\u{1B}`.
public enum TerminalText {
  /// Whether `scalar` is shown as an escape rather than printed.
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A: return false
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  /// `text` with every control character shown as an escape, e.g. `\u{1B}`.
  public static func escapingControls(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isControl(scalar) {
        out.append(contentsOf: escape(scalar).unicodeScalars)
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }

  /// What a stream writes to a terminal: `text` with control characters escaped, except the
  /// sequences Thema's own output uses: SGR styling (`ESC [ 1;31 m`), erase to the end of the
  /// line (`ESC [ K`), and a carriage return that starts one (a progress line redrawn).
  public static func filteredForTerminal(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    let scalars = Array(text.unicodeScalars)
    var out = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\u{1B}", let end = styleSequenceEnd(scalars, from: index) {
        out.append(contentsOf: scalars[index..<end])
        index = end
        continue
      }
      if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\u{1B}",
        let end = styleSequenceEnd(scalars, from: index + 1), scalars[end - 1] == "K"
      {
        out.append(contentsOf: scalars[index..<end])
        index = end
        continue
      }
      if isControl(scalar) {
        out.append(contentsOf: escape(scalar).unicodeScalars)
      } else {
        out.append(scalar)
      }
      index += 1
    }
    return String(out)
  }

  /// The end of an SGR (`ESC [ digits;... m`) or erase-line (`ESC [ K`) sequence that starts at
  /// `start`, or nil when none does.
  private static func styleSequenceEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
    guard start + 2 < scalars.count, scalars[start + 1] == "[" else { return nil }
    var index = start + 2
    while index < scalars.count, index - start < 24 {
      let scalar = scalars[index]
      if scalar == "m" || (scalar == "K" && index == start + 2) { return index + 1 }
      guard scalar == ";" || ("0"..."9").contains(scalar) else { return nil }
      index += 1
    }
    return nil
  }

  private static func escape(_ scalar: Unicode.Scalar) -> String {
    "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
  }
}
