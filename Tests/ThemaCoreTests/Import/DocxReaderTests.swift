import Testing

@testable import ThemaCore

@Suite struct DocxReaderTests {
  @Test func readsParagraphsRunsTabsBreaksAndTablesInOrder() throws {
    let paragraphs = try DocxReader.paragraphs(
      ImportFixture.bytes("Import/interview.docx"), limits: ZipLimits())
    #expect(
      paragraphs.map(\.text) == [
        "Interview with participant 12 (transcribed by the team)",
        "Interviewer: Thanks for joining. How did you hear about the program?",
        "P12: My case manager told me.\t(She insisted.)\nThen I went to the first session.",
        "Interviewer: And what happened next?",
        "P12",
        "We met every week for six months.",
        "Some weeks were practical; some were just talking.",
        "Interviewer\tWhat would you change?",
        "P12\tMore time.\nSix months went fast.",
      ])
    #expect(
      paragraphs.map(\.boldPrefix) == [
        nil, "Interviewer:", "P12:", "Interviewer:", "P12", nil, nil, nil, nil,
      ])
  }

  @Test func headersFootersAndCommentsAreNotRead() throws {
    let paragraphs = try DocxReader.paragraphs(
      ImportFixture.bytes("Import/interview.docx"), limits: ZipLimits())
    let all = paragraphs.map(\.text).joined(separator: "\n")
    #expect(!all.contains("CONFIDENTIAL"))
    #expect(!all.contains("Page 1"))
    #expect(!all.contains("Check the date"))
    #expect(!all.contains("And did you"))
    #expect(!all.contains("PAGE"))
  }

  @Test(arguments: [
    ("not-a-zip.docx", ImportProblem.zip(.notAZip)),
    ("truncated.docx", .zip(.truncated(missing: "the central directory's end record"))),
  ])
  func refusesDamagedDocuments(file: String, problem: ImportProblem) throws {
    let bytes = try ImportFixture.bytes("Import/" + file)
    #expect(throws: problem) { try DocxReader.paragraphs(bytes, limits: ZipLimits()) }
  }

  @Test func refusesACRCMismatch() throws {
    let bytes = try ImportFixture.bytes("Import/crc-mismatch.docx")
    do {
      _ = try DocxReader.paragraphs(bytes, limits: ZipLimits())
      Issue.record("a damaged document was read")
    } catch {
      guard case .zip(.crcMismatch(let entry, _, _)) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(entry == "word/document.xml")
    }
  }

  @Test func refusesAZipBomb() throws {
    let bytes = try ImportFixture.bytes("Import/bomb.docx")
    do {
      _ = try DocxReader.paragraphs(bytes, limits: ZipLimits())
      Issue.record("a zip bomb was opened")
    } catch {
      guard case .zip(.ratioTooHigh(let entry, _, _)) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(entry == "word/document.xml")
      #expect(error.message.contains("zip bomb"))
    }
  }

  @Test func refusesAnArchiveWithoutADocument() throws {
    #expect(throws: ImportProblem.docxWithoutDocument) {
      try DocxReader.paragraphs(ImportFixture.bytes("Zip/good.zip"), limits: ZipLimits())
    }
  }

  @Test func refusesOldWordPDFAndRTF() {
    let doc: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]
    for (bytes, name) in [
      (doc, "a.doc"), (Array("%PDF-1.7".utf8), "a.pdf"), (Array("{\\rtf1".utf8), "a.rtf"),
    ] {
      #expect(throws: ImportProblem.self) { try SourceFormat.isDocx(bytes, fileName: name) }
    }
  }
}
