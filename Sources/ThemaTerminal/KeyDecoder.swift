/// Turns the bytes a terminal sends into keys: UTF-8 text, control characters, and the escape
/// sequences of arrows, Home/End, PgUp/PgDn, Insert/Delete and F1-F12 as xterm, rxvt, screen,
/// tmux, the Linux console, VS Code and macOS Terminal send them, with modifiers.
///
/// Pure: bytes in, keys out, no clock. A lone Esc cannot be told from the start of a sequence by
/// bytes alone, so the decoder holds an incomplete sequence back (`isWaiting`) and the caller,
/// after a short quiet time with no more input, calls `flush()` to read it as typed.
///
/// ## Sequences
/// - CSI `ESC [ params final`: `A` `B` `C` `D` arrows, `H` `F` Home/End, `Z` Shift-Tab, `P`-`S`
///   F1-F4, `~` with 1 Home, 2 Insert, 3 Delete, 4 End, 5 PgUp, 6 PgDn, 7 Home, 8 End, 11-15 F1-F5,
///   17-21 F6-F10, 23-24 F11-F12 (25-34 F13-F20). A second parameter is xterm's modifier
///   (`ESC [ 1 ; 5 A` is Ctrl-↑). rxvt's `^` (Ctrl), `$` (Shift) and `@` (Ctrl-Shift) stand for `~`
///   with modifiers, and `ESC [ a`-`d` are Shift-arrows. `ESC [ [ A`-`E` are the Linux console's
///   F1-F5. `ESC [ code ; mod u` is the fixterms/kitty form of a character with modifiers.
/// - SS3 `ESC O final`: arrows, Home/End and F1-F4 in application mode (VT100), `M` keypad Enter,
///   rxvt's `a`-`d` Ctrl-arrows, keypad digits and operators.
/// - `ESC` followed by any other key: that key with Alt (how terminals send Meta or Option).
/// - Control bytes: CR and LF are Enter, TAB is Tab, DEL and BS are Backspace, others are
///   Ctrl-letter (`0x12` is Ctrl-R).
/// - Invalid UTF-8 becomes U+FFFD; unknown escape sequences are dropped whole.
public struct KeyDecoder: Sendable {
  private var pending: [UInt8] = []

  /// Creates a decoder with nothing pending.
  public init() {}

  /// Whether bytes are held back as the possible start of a sequence; the caller should call
  /// `flush()` when no more input arrives within its escape timeout.
  public var isWaiting: Bool { !pending.isEmpty }

  /// Decodes `bytes` together with anything held back, returning the complete keys.
  public mutating func decode(_ bytes: some Sequence<UInt8>) -> [Key] {
    pending.append(contentsOf: bytes)
    return drain(final: false)
  }

  /// Reads what is held back as typed: a lone Esc, or Alt with a partial sequence's bytes.
  public mutating func flush() -> [Key] {
    drain(final: true)
  }

  private mutating func drain(final: Bool) -> [Key] {
    var keys: [Key] = []
    var index = 0
    while index < pending.count {
      switch Self.decodeOne(pending, from: index, final: final) {
      case .key(let key, let length):
        if let key { keys.append(key) }
        index += length
      case .incomplete:
        pending.removeFirst(index)
        return keys
      }
    }
    pending.removeAll(keepingCapacity: true)
    return keys
  }

  private enum Step {
    /// A key (nil when the bytes decode to nothing, such as an unknown sequence) and how many
    /// bytes it took.
    case key(Key?, Int)
    /// More bytes are needed to decide.
    case incomplete
  }

  private static func decodeOne(_ bytes: [UInt8], from start: Int, final: Bool) -> Step {
    let byte = bytes[start]
    if byte == 0x1B { return decodeEscape(bytes, from: start, final: final) }
    if byte < 0x20 || byte == 0x7F { return .key(controlKey(byte), 1) }
    return decodeUTF8(bytes, from: start, final: final)
  }

  private static func controlKey(_ byte: UInt8) -> Key {
    switch byte {
    case 0x0D, 0x0A: return .enter
    case 0x09: return .tab
    case 0x7F, 0x08: return .backspace
    case 0x00: return .control(" ")
    case 0x01...0x1A: return .control(Character(Unicode.Scalar(byte + 0x60)))
    default: return .control(Character(Unicode.Scalar(byte + 0x40)))
    }
  }

  private static func decodeUTF8(_ bytes: [UInt8], from start: Int, final: Bool) -> Step {
    let lead = bytes[start]
    let length: Int
    switch lead {
    case 0x00...0x7F: length = 1
    case 0xC2...0xDF: length = 2
    case 0xE0...0xEF: length = 3
    case 0xF0...0xF4: length = 4
    default: return .key(.character("\u{FFFD}"), 1)
    }
    var value = UInt32(lead) & (length == 1 ? 0x7F : UInt32(0xFF >> (length + 1)))
    for offset in 1..<length {
      guard start + offset < bytes.count else {
        return final ? .key(.character("\u{FFFD}"), bytes.count - start) : .incomplete
      }
      let next = bytes[start + offset]
      guard next & 0xC0 == 0x80 else { return .key(.character("\u{FFFD}"), offset) }
      value = value << 6 | UInt32(next & 0x3F)
    }
    guard let scalar = Unicode.Scalar(value), !isOverlong(value, length: length) else {
      return .key(.character("\u{FFFD}"), length)
    }
    return .key(.character(Character(scalar)), length)
  }

  private static func isOverlong(_ value: UInt32, length: Int) -> Bool {
    switch length {
    case 3: return value < 0x800
    case 4: return value < 0x10000 || value > 0x10FFFF
    default: return false
    }
  }

  private static func decodeEscape(_ bytes: [UInt8], from start: Int, final: Bool) -> Step {
    guard start + 1 < bytes.count else { return final ? .key(.escape, 1) : .incomplete }
    let next = bytes[start + 1]
    switch next {
    case UInt8(ascii: "["):
      return decodeCSI(bytes, from: start, final: final)
    case UInt8(ascii: "O"):
      return decodeSS3(bytes, from: start, final: final)
    case 0x1B:
      return .key(.escape, 1)
    default:
      switch decodeOne(bytes, from: start + 1, final: final) {
      case .incomplete: return .incomplete
      case .key(var key, let length):
        key?.modifiers.insert(.alt)
        return .key(key, length + 1)
      }
    }
  }

  private static func decodeSS3(_ bytes: [UInt8], from start: Int, final: Bool) -> Step {
    var index = start + 2
    var parameters: [UInt8] = []
    while index < bytes.count, isParameterByte(bytes[index]) {
      parameters.append(bytes[index])
      index += 1
    }
    guard index < bytes.count else {
      return final ? .key(Key(.character("O"), modifiers: .alt), 2) : .incomplete
    }
    let modifier = parseParameters(parameters).last ?? 1
    var key = cursorKey(bytes[index])
    switch bytes[index] {
    case UInt8(ascii: "M"): key = .enter
    case UInt8(ascii: "a"): key = Key(.up, modifiers: .control)
    case UInt8(ascii: "b"): key = Key(.down, modifiers: .control)
    case UInt8(ascii: "c"): key = Key(.right, modifiers: .control)
    case UInt8(ascii: "d"): key = Key(.left, modifiers: .control)
    case UInt8(ascii: "p")...UInt8(ascii: "y"):
      key = .character(Character(Unicode.Scalar(bytes[index] - UInt8(ascii: "p") + 0x30)))
    case UInt8(ascii: "j"): key = .character("*")
    case UInt8(ascii: "k"): key = .character("+")
    case UInt8(ascii: "m"): key = .character("-")
    case UInt8(ascii: "n"): key = .character(".")
    case UInt8(ascii: "o"): key = .character("/")
    case UInt8(ascii: "X"): key = .character("=")
    default: break
    }
    if modifier > 1 { key?.modifiers.formUnion(KeyModifiers(xtermParameter: modifier)) }
    return .key(key, index - start + 1)
  }

  private static func decodeCSI(_ bytes: [UInt8], from start: Int, final: Bool) -> Step {
    var index = start + 2
    // The Linux console's F1-F5: ESC [ [ A .. E.
    if index < bytes.count, bytes[index] == UInt8(ascii: "[") {
      guard index + 1 < bytes.count else {
        return final ? .key(Key(.character("["), modifiers: .alt), 2) : .incomplete
      }
      let letter = bytes[index + 1]
      let key: Key? =
        (UInt8(ascii: "A")...UInt8(ascii: "E")).contains(letter)
        ? Key(.function(Int(letter - UInt8(ascii: "A")) + 1)) : nil
      return .key(key, index + 2 - start)
    }
    var parameters: [UInt8] = []
    while index < bytes.count, isParameterByte(bytes[index]) || isPrivateMarker(bytes[index]) {
      parameters.append(bytes[index])
      index += 1
    }
    // Intermediate bytes (space to '/') other than rxvt's '$' final.
    while index < bytes.count, (0x20...0x2F).contains(bytes[index]),
      bytes[index] != UInt8(ascii: "$")
    {
      index += 1
    }
    guard index < bytes.count else {
      return final ? .key(Key(.character("["), modifiers: .alt), 2) : .incomplete
    }
    let finalByte = bytes[index]
    guard (0x40...0x7E).contains(finalByte) || finalByte == UInt8(ascii: "$") else {
      // Not a sequence after all: drop the introducer and read on.
      return .key(nil, index - start)
    }
    // Private sequences (`ESC [ ? ...`) are terminal reports, not keys.
    if parameters.contains(where: isPrivateMarker) { return .key(nil, index - start + 1) }
    let numbers = parseParameters(parameters)
    return .key(csiKey(final: finalByte, numbers: numbers), index - start + 1)
  }

  private static func csiKey(final: UInt8, numbers: [Int]) -> Key? {
    let modifier = numbers.count > 1 ? numbers[1] : 1
    var key = cursorKey(final)
    switch final {
    case UInt8(ascii: "Z"): key = .backTab
    case UInt8(ascii: "a"): return Key(.up, modifiers: .shift)
    case UInt8(ascii: "b"): return Key(.down, modifiers: .shift)
    case UInt8(ascii: "c"): return Key(.right, modifiers: .shift)
    case UInt8(ascii: "d"): return Key(.left, modifiers: .shift)
    case UInt8(ascii: "u"):
      guard let first = numbers.first, let scalar = Unicode.Scalar(UInt32(clamping: first)) else {
        return nil
      }
      if scalar.value == 0x1B {
        key = .escape
      } else if scalar.value < 0x20 || scalar.value == 0x7F {
        key = controlKey(UInt8(scalar.value))
      } else {
        key = .character(Character(scalar))
      }
    case UInt8(ascii: "~"), UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: "@"):
      key = tildeKey(numbers.first ?? 0)
      switch final {
      case UInt8(ascii: "^"): key?.modifiers.insert(.control)
      case UInt8(ascii: "$"): key?.modifiers.insert(.shift)
      case UInt8(ascii: "@"): key?.modifiers.formUnion([.control, .shift])
      default: break
      }
    default:
      break
    }
    if modifier > 1 { key?.modifiers.formUnion(KeyModifiers(xtermParameter: modifier)) }
    return key
  }

  /// The keys CSI and SS3 share by their final letter: arrows, Home, End, F1-F4.
  private static func cursorKey(_ final: UInt8) -> Key? {
    switch final {
    case UInt8(ascii: "A"): return .up
    case UInt8(ascii: "B"): return .down
    case UInt8(ascii: "C"): return .right
    case UInt8(ascii: "D"): return .left
    case UInt8(ascii: "H"): return .home
    case UInt8(ascii: "F"): return .end
    case UInt8(ascii: "P")...UInt8(ascii: "S"):
      return Key(.function(Int(final - UInt8(ascii: "P")) + 1))
    default: return nil
    }
  }

  private static func tildeKey(_ number: Int) -> Key? {
    switch number {
    case 1, 7: return .home
    case 2: return Key(.insert)
    case 3: return .delete
    case 4, 8: return .end
    case 5: return .pageUp
    case 6: return .pageDown
    case 11...15: return Key(.function(number - 10))
    case 17...21: return Key(.function(number - 11))
    case 23...26: return Key(.function(number - 12))
    case 28...29: return Key(.function(number - 13))
    case 31...34: return Key(.function(number - 14))
    default: return nil
    }
  }

  private static func isParameterByte(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":")
  }

  private static func isPrivateMarker(_ byte: UInt8) -> Bool {
    (0x3C...0x3F).contains(byte)
  }

  /// `1;5` as `[1, 5]`; empty parameters count as 1, sub-parameters after `:` are ignored.
  private static func parseParameters(_ bytes: [UInt8]) -> [Int] {
    guard !bytes.isEmpty else { return [] }
    return bytes.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false).map {
      part in
      let digits = part.prefix { (0x30...0x39).contains($0) }
      guard !digits.isEmpty else { return 1 }
      return digits.reduce(0) { min($0 * 10 + Int($1 - 0x30), 1_000_000) }
    }
  }
}
