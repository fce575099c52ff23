import Foundation
import Testing

@testable import ThemaCore

/// Projects from other tools: an NVivo-style project made here (UTF-16 positions, CRLF, a
/// byte-order mark), the real ATLAS.ti sample (without its texts, and with texts put back at
/// the positions its quotations name), and the hand-written sample with cases and variables.
@Suite struct RefiProjectImporterTests {
  typealias A = RefiTestArchive

  // MARK: NVivo

  /// The text as NVivo for Windows writes it: a byte-order mark, CRLF line breaks, an emoji.
  static let nvivoText =
    "Interviewer: How did you come to this work? 😀\r\n\r\nP1: I started as a volunteer.\r\n"
    + "It grew from there, and I stayed.\r\n\r\nInterviewer: Thank you.\r\n"

  /// UTF-16 positions of `needle` in `text` (after the byte-order mark), as NVivo counts.
  static func utf16Range(of needle: String, in text: String, from: String? = nil) throws
    -> (Int, Int)
  {
    let lower = try #require(text.range(of: needle))
    var upper = lower
    if let from { upper = try #require(text.range(of: from)) }
    let start = text.utf16.distance(from: text.startIndex, to: lower.lowerBound)
    let end = text.utf16.distance(from: text.startIndex, to: upper.upperBound)
    return (start, end)
  }

  /// An NVivo-style project: selections made by Ana, every coding credited to an admin.
  static func nvivoProject() throws -> [UInt8] {
    let volunteer = try utf16Range(of: "volunteer", in: nvivoText)
    let crossing = try utf16Range(of: "from there", in: nvivoText, from: "Thank you")
    let emoji = try utf16Range(of: "P1: I started", in: nvivoText)
    let end = nvivoText.utf16.count
    func selection(_ guid: Int, _ range: (Int, Int), code: Int) -> String {
      """
      <PlainTextSelection guid="{5E1EC710-0000-4000-8000-00000000000\(guid)}" name="Reference \(guid)"
        startPosition="\(range.0)" endPosition="\(range.1)" creatingUser="\(A.userGUID(1))">
        <Coding guid="C0D1D600-0000-4000-8000-00000000000\(guid)" creatingUser="\(A.userGUID(2))">
          <CodeRef targetGUID="\(A.codeGUID(code).uppercased())"/>
        </Coding>
      </PlainTextSelection>
      """
    }
    let xml = A.project(
      """
      <Users>
        <User guid="\(A.userGUID(1))" name="Ana Silva"/>
        <User guid="\(A.userGUID(2))" name="NVivo Admin"/>
      </Users>
      \(A.codeBook(["Motivation", "Staying"]))
      <Sources>
        <TextSource guid="50000000-0000-4000-8000-000000000001" name="Interview P1.docx"
          plainTextPath="internal://50000000-0000-4000-8000-000000000001.txt">
          \(selection(1, volunteer, code: 1))
          \(selection(2, crossing, code: 2))
          \(selection(3, emoji, code: 1))
          \(selection(4, (end - 12, end), code: 2))
        </TextSource>
      </Sources>
      """, origin: "NVivo 12 (Windows)")
    var archive = A()
    archive.add("project.qde", text: xml)
    archive.add(
      "Sources/50000000-0000-4000-8000-000000000001.txt",
      [0xEF, 0xBB, 0xBF] + Array(nvivoText.utf8))
    return archive.bytes()
  }

  /// Each coding as `coder segment code span` with the text the span covers.
  static func codings(_ result: RefiProjectImport) -> [String] {
    var lines: [String] = []
    for transcript in result.transcripts {
      for (coder, sheet) in (result.sheets[transcript.id] ?? [:]).sorted(by: { $0.key < $1.key }) {
        for coding in sheet.codings {
          let text = transcript.segments.first { $0.id == coding.segment }?.text ?? ""
          let quoted = coding.span.flatMap { $0.slice(of: text) }.map(String.init) ?? "(all)"
          lines.append("\(coder) \(coding.segment) \(coding.code) \(quoted)")
        }
      }
    }
    return lines
  }

  @Test func nvivoPositionsLandOnTheSameWords() throws {
    let imported = RefiProjectImporter.importArchive(try Self.nvivoProject(), file: "p1.qdpx")
    #expect(!imported.diagnostics.hasErrors, "\(imported.diagnostics)")
    let result = try #require(imported.value)
    #expect(result.scheme == .utf16)
    #expect(result.transcripts.map(\.id.rawValue) == ["Interview-P1"])
    let transcript = try #require(result.transcripts.first)
    #expect(transcript.segments.map(\.speaker) == ["Interviewer", "P1", "Interviewer"])
    #expect(transcript.attributes["source"] == "Interview P1.docx")
    #expect(
      Self.codings(result) == [
        "ana-silva S2 1 I started",
        "ana-silva S2 1 volunteer",
        "ana-silva S2 2 from there, and I stayed.",
        "ana-silva S3 2 (all)",
        "ana-silva S3 2 Thank you",
      ])
  }

  @Test func theCreditOptionGivesCodingsToTheUserEachNames() throws {
    let imported = RefiProjectImporter.importArchive(
      try Self.nvivoProject(), file: "p1.qdpx", options: RefiImportOptions(credit: .coding))
    let result = try #require(imported.value)
    #expect(result.coders.map(\.rawValue) == ["nvivo-admin"])
  }

  @Test func positionsCountedTheWrongWayAreReported() throws {
    let imported = RefiProjectImporter.importArchive(
      try Self.nvivoProject(), file: "p1.qdpx",
      options: RefiImportOptions(positions: .codePoints))
    let result = try #require(imported.value)
    #expect(result.scheme == .codePoints)
    #expect(!Self.codings(result).contains("ana-silva S2 1 volunteer"))
    #expect(
      imported.diagnostics.contains {
        if case .refiProject(.selectionNotPlaced(_, _, _, .pastEnd)) = $0.problem { return true }
        return false
      })
  }

  // MARK: ATLAS.ti

  @Test func theATLAStiSampleBringsItsCodesAndSaysWhatItLacks() throws {
    let imported = RefiProjectImporter.importArchive(
      try A.fixture("atlasti-8.4-standard-project.qdpx"), file: "atlas.qdpx")
    #expect(!imported.diagnostics.hasErrors, "\(imported.diagnostics)")
    let result = try #require(imported.value)
    let codebook = try #require(result.codebook)
    #expect(codebook.name == "atlas-ti-standard-project")
    #expect(codebook.title == "ATLAS.ti standard project")
    #expect(codebook.flattened().count == 14)
    #expect(result.transcripts.isEmpty)
    #expect(result.summary.projectEntry == "Project.qde")
    #expect(result.summary.textSources == 6)
    #expect(result.summary.sourcesWithoutText == 6)
    #expect(result.summary.otherSources == 6)
    #expect(result.summary.selections == 5)
    let missing = imported.diagnostics.filter {
      if case .refiProject(.sourceWithoutText) = $0.problem { return true }
      return false
    }
    #expect(missing.count == 6)
    #expect(missing.allSatisfy { $0.severity == .warning && $0.location?.line != nil })
    #expect(
      missing.map(\.message).contains {
        $0.hasPrefix("text source 'Simon.docx' has no text")
          && $0.contains("its 3 coded selections could not be placed")
      })
  }

  /// The ATLAS.ti sample's project with texts where its quotations say: built in "LF space"
  /// (ATLAS.ti counts CRLF as one) and written with CRLF line breaks.
  static func atlasWithTexts() throws -> [UInt8] {
    func text(_ pieces: [(Int, String)], length: Int) -> String {
      var out = ""
      for (position, quote) in pieces {
        while out.unicodeScalars.count < position - 1 {
          out += out.unicodeScalars.count % 40 == 39 ? "\n" : "w"
        }
        if out.unicodeScalars.count < position { out += "\n" }
        out += quote
      }
      while out.unicodeScalars.count < length { out += " filler" }
      return out.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n"
    }
    let dietCoke = text(
      [(139, "Oh, that was great. See you tomorrow? Eleven thirty. Mm.\n")], length: 200)
    let mabel = text(
      [
        (
          0,
          "I'm a single mum with an 8 month old and a toddler and breakfast is mayhem. The "
            + "baby has porridge, I have coffee."
        )
      ], length: 420)
    let simon = text(
      [
        (215, "I did try the gluten free bread, but it was always so soggy,"),
        (
          513,
          "But to be honest, I used to have a much bigger breakfast, and these days I find "
            + "myself snacking about"
        ),
      ], length: 910)
    var archive = A()
    let original = try ZipReader(A.fixture("atlasti-8.4-standard-project.qdpx"))
    archive.add("Project.qde", try #require(try original.contents(ofEntryNamed: "Project.qde")))
    archive.add("Sources/230B768E-5A3D-42B7-BE92-2A3721177944.txt", text: dietCoke)
    archive.add("Sources/B2F54555-0D2D-43B2-B40C-2A1C048F5F1C.txt", text: mabel)
    archive.add("sources/c1c745f7-8e4d-48b2-9710-655afe7e54fa.TXT", text: simon)
    return archive.bytes()
  }

  @Test func withItsTextsTheATLAStiSampleImportsItsQuotationsExactly() throws {
    let imported = RefiProjectImporter.importArchive(try Self.atlasWithTexts(), file: "atlas.qdpx")
    #expect(!imported.diagnostics.hasErrors, "\(imported.diagnostics)")
    let result = try #require(imported.value)
    #expect(result.scheme == .codePointsLF)
    #expect(result.evidence == .names(matched: 4, of: 5))
    #expect(
      result.transcripts.map(\.id.rawValue) == ["1994-Diet-Coke-Diet-Coke-Break", "Mabel", "Simon"])
    #expect(result.coders.map(\.rawValue) == ["friedrich-markgraf"])
    let codings = Self.codings(result)
    #expect(codings.count == 7)
    // The Diet Coke quotation is a paragraph of its own: a whole-segment coding of code 6
    // (Coke::diet Coke); the others land on exactly the words their names give.
    #expect(codings.contains("friedrich-markgraf S5 6 (all)"))
    #expect(
      codings.contains(
        "friedrich-markgraf S7 2 I did try the gluten free bread, but it was always so soggy,"))
    #expect(
      codings.contains {
        $0.hasPrefix(
          "friedrich-markgraf S14 1 But to be honest, I used to have a much bigger breakfast, and "
            + "these days I find myself snacking about")
      })
    let simon = try #require(result.transcripts.first { $0.id.rawValue == "Simon" })
    #expect(simon.attributes["gender"] == "male")
    #expect(simon.attributes["age"] == "67")
    let mabel = try #require(result.transcripts.first { $0.id.rawValue == "Mabel" })
    #expect(mabel.attributes["gender"] == "female")
    let memos = result.sheets.values.flatMap(\.values).flatMap(\.codings).map(\.memo)
    #expect(memos.contains("why does Simon feel the need to do this?"))
  }

  // MARK: Notes, cases and groups

  @Test func notesBecomeMemosAndCodeDescriptionsAndGroupsAttributes() throws {
    let note = { (number: Int, text: String) in
      "<Note guid=\"a0000000-0000-4000-8000-00000000000\(number)\" name=\"N\(number)\">"
        + "<PlainTextContent>\(text)</PlainTextContent></Note>"
    }
    let xml = A.project(
      """
      <CodeBook><Codes>
        <Code guid="\(A.codeGUID(1))" name="Greeting" isCodable="true">
          <Description>Saying hello.</Description>
          <NoteRef targetGUID="a0000000-0000-4000-8000-000000000001"/>
        </Code>
      </Codes></CodeBook>
      <Variables><Variable guid="b0000000-0000-4000-8000-000000000001" name="Wave"
        typeOfVariable="Integer"/></Variables>
      <Cases>
        <Case guid="d0000000-0000-4000-8000-000000000001" name="P1">
          <VariableValue><VariableRef targetGUID="b0000000-0000-4000-8000-000000000001"/>
            <IntegerValue>1</IntegerValue></VariableValue>
          <SourceRef targetGUID="50000000-0000-4000-8000-000000000001"/>
        </Case>
        <Case guid="d0000000-0000-4000-8000-000000000002" name="Part of P1">
          <SelectionRef targetGUID="60000000-0000-4000-8000-000000000001"/>
        </Case>
      </Cases>
      <Sources>
        <TextSource guid="50000000-0000-4000-8000-000000000001" name="P1">
          <PlainTextContent>Interviewer: Hi.

      P1: Hello there.</PlainTextContent>
          <PlainTextSelection guid="60000000-0000-4000-8000-000000000001" startPosition="22"
            endPosition="27" creatingUser="\(A.userGUID(1))">
            <Description>A comment</Description>
            <Coding guid="70000000-0000-4000-8000-000000000001">
              <CodeRef targetGUID="\(A.codeGUID(1))"/>
              <NoteRef targetGUID="a0000000-0000-4000-8000-000000000003"/>
            </Coding>
            <NoteRef targetGUID="a0000000-0000-4000-8000-000000000002"/>
          </PlainTextSelection>
        </TextSource>
      </Sources>
      <Notes>\(note(1, "Code note.") + note(2, "Selection note.") + note(3, "Coding note.")
        + note(4, "Project memo."))</Notes>
      <Sets>
        <Set guid="e0000000-0000-4000-8000-000000000001" name="Wave: 2">
          <MemberSource targetGUID="50000000-0000-4000-8000-000000000001"/></Set>
        <Set guid="e0000000-0000-4000-8000-000000000002" name="gender::female">
          <MemberSource targetGUID="50000000-0000-4000-8000-000000000001"/></Set>
      </Sets>
      """)
    let imported = RefiProjectImporter.importProjectFile(Array(xml.utf8), file: "p.qde")
    #expect(!imported.diagnostics.hasErrors, "\(imported.diagnostics)")
    let result = try #require(imported.value)
    #expect(result.codebook?.codes.first?.description == "Saying hello.\n\nCode note.")
    let transcript = try #require(result.transcripts.first)
    #expect(transcript.attributes["wave"] == "1")
    #expect(transcript.attributes["gender"] == "female")
    #expect(Self.codings(result) == ["user-00000000 S2 1 Hello"])
    let coding = try #require(result.sheets[transcript.id]?.values.first?.codings.first)
    #expect(coding.memo == "A comment\n\nSelection note.\n\nCoding note.")
    let messages = imported.diagnostics.map(\.message)
    #expect(messages.contains("P1 gets two values of 'wave': '1' was kept, '2' left out"))
    #expect(
      messages.contains(
        "case 'Part of P1' covers only parts of documents, so its variables could not become "
          + "attributes of a transcript"))
    #expect(
      messages.contains(
        "1 note not attached to a code or selection (project memos) was left out"))
  }

  // MARK: The hand-written sample

  @Test func casesAndVariablesBecomeAttributesAndLinkedNotesMemos() throws {
    var archive = A()
    archive.add("project.qde", try A.fixture("ornio_hand_authored_project.qde"))
    archive.add(
      "sources/11111111-1111-1111-1111-111111111111.txt",
      text: "Diet and health are closely linked, she said.")
    let imported = RefiProjectImporter.importArchive(archive.bytes(), file: "ornio.qdpx")
    #expect(!imported.diagnostics.hasErrors, "\(imported.diagnostics)")
    let result = try #require(imported.value)
    let transcript = try #require(result.transcripts.first)
    #expect(transcript.id.rawValue == "Interview-1")
    #expect(transcript.attributes["age"] == "34")
    #expect(transcript.attributes["consented"] == "true")
    #expect(
      Self.codings(result) == [
        "researcher-a S1 1/1a Diet and health", "researcher-a S1 1/1a/1a1 health are clo",
      ])
    let first = try #require(result.sheets[transcript.id]?.values.first?.codings.first)
    #expect(first.memo == "Remember to follow up on diet-related comments.")
    #expect(
      imported.diagnostics.contains {
        $0.message == "Thema codes text: 1 audio, 1 PDF, 1 picture, 1 video and their 5 selections "
          + "were left out"
      })
  }
}
