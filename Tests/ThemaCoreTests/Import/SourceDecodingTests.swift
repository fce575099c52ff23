import Foundation
import Testing

@testable import ThemaCore

@Suite struct SourceDecodingTests {
  @Test func readsUTF8WithAndWithoutByteOrderMark() throws {
    let plain = try TextDecoding.source(Array("P3: café\n".utf8))
    let marked = try TextDecoding.source([0xEF, 0xBB, 0xBF] + Array("P3: café\n".utf8))
    #expect(plain.text == "P3: café\n")
    #expect(marked.text == "P3: café\n")
    #expect(plain.encoding == .utf8 && marked.encoding == .utf8)
    #expect(plain.warnings.isEmpty && marked.warnings.isEmpty)
  }

  @Test func readsUTF16InBothByteOrders() throws {
    // "Né" with a BOM: N = 0x004E, é = 0x00E9.
    let little = try TextDecoding.source([0xFF, 0xFE, 0x4E, 0x00, 0xE9, 0x00])
    let big = try TextDecoding.source([0xFE, 0xFF, 0x00, 0x4E, 0x00, 0xE9])
    #expect(little.text == "Né" && little.encoding == .utf16LE)
    #expect(big.text == "Né" && big.encoding == .utf16BE)
  }

  @Test func warnsAboutDamagedUTF16() throws {
    // An unpaired high surrogate, 0xD800.
    let damaged = try TextDecoding.source([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00])
    #expect(damaged.text == "A\u{FFFD}B")
    #expect(damaged.warnings == [.invalidUTF16])
  }

  @Test func fallsBackToWindows1252WithAWarning() throws {
    // 0x93 and 0x94 are curly double quotes, 0xE9 is é, 0x80 the euro sign.
    let source = try TextDecoding.source([0x93, 0x43, 0x61, 0x66, 0xE9, 0x94, 0x20, 0x80])
    #expect(source.text == "\u{201C}Café\u{201D} €")
    #expect(source.encoding == .windows1252)
    #expect(source.warnings == [.decodedAsWindows1252])
  }

  @Test func normalizesLineEndsSpacesAndComposition() throws {
    let bytes = Array(
      "A\r\nB\rC\u{00A0}D\u{200B}E\u{202F}F e\u{0301}\u{2028}G\u{2029}H\u{000B}I".utf8)
    let source = try TextDecoding.source(bytes)
    #expect(source.text == "A\nB\nC DE F \u{00E9}\nG\n\nH\nI")
    #expect(source.warnings.isEmpty)
  }

  @Test func removesStrayControlCharactersWithAWarning() throws {
    var bytes = Array(String(repeating: "word ", count: 40).utf8)
    bytes.insert(0x07, at: 10)
    let source = try TextDecoding.source(bytes)
    #expect(!source.text.unicodeScalars.contains("\u{07}"))
    #expect(source.warnings == [.controlCharactersRemoved(count: 1)])
  }

  @Test(arguments: [
    ([UInt8](), ImportProblem.emptySource),
    (Array("  \n\n \t\n".utf8), .emptySource),
    ([0x50, 0x00, 0x33, 0x00], .binarySource),
    ((0..<200).map { UInt8($0 % 32 == 10 ? 65 : $0 % 32) }, .binarySource),
  ])
  func refusesWhatIsNotText(bytes: [UInt8], problem: ImportProblem) {
    #expect(throws: problem) { try TextDecoding.source(bytes) }
  }

  @Test func keepsAsciiTextUntouched() {
    let text = "Interviewer: Hello.\n\nP3:\tHi.\n"
    let (normalized, removed) = TextDecoding.normalizeSource(text)
    #expect(normalized == text)
    #expect(removed == 0)
  }

  @Test func stableStartersAreTheSameInNFC() {
    let ranges: [ClosedRange<UInt32>] = [
      0...0x2FF, 0x0370...0x0373, 0x0375...0x037D, 0x037F...0x0386, 0x0388...0x03FF,
      0x0400...0x0482, 0x048A...0x04FF, 0x2010...0x2027, 0x2030...0x205E,
      0x4E00...0x9FFF, 0x1F300...0x1FAFF,
    ]
    var unstable: [UInt32] = []
    for range in ranges {
      for value in range {
        guard let scalar = Unicode.Scalar(value), TextDecoding.isStableStarter(value) else {
          unstable.append(value)
          continue
        }
        let alone = String(scalar)
        // A starter with no decomposition, that composes with neither an ASCII letter nor a
        // Latin letter with an accent before it.
        if scalar.properties.canonicalCombiningClass != .notReordered
          || alone.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(
            alone.unicodeScalars) == false
          || ("e" + alone).precomposedStringWithCanonicalMapping != "e" + alone
          || ("\u{E9}" + alone).precomposedStringWithCanonicalMapping != "\u{E9}" + alone
        {
          unstable.append(value)
        }
      }
    }
    #expect(unstable.isEmpty)
  }

  @Test(arguments: [
    "café “quoted” — done… 東京 😊 Москва",
    "Zoë said e\u{301}e\u{301}\nand Ελλάδα\u{387} A\u{30A}\n\nP3: q\u{323}\u{307}",
    "\u{301}starts with a mark\nÅngström \u{212B} \u{2126}",
  ])
  func normalizesLineByLineAsTheWholeText(text: String) {
    let (normalized, _) = TextDecoding.normalizeSource(text)
    #expect(normalized == text.precomposedStringWithCanonicalMapping)
    #expect(
      normalized.unicodeScalars.elementsEqual(
        text.precomposedStringWithCanonicalMapping.unicodeScalars))
  }
}
