import Testing

@testable import ThemaCore

@Suite struct ImportOptionFilesTests {
  @Test func numbersCSVRecordsAcrossQuotedLineBreaks() throws {
    let text = "a,b\r\n\"two\nlines\",x\n\nlast,y\n"
    let records = try CSV.parseNumbered(text)
    #expect(records.map(\.line) == [1, 2, 4, 5])
    #expect(records.map(\.fields) == [["a", "b"], ["two\nlines", "x"], [""], ["last", "y"]])
  }

  @Test func readsASpeakerMapWithOrWithoutHeader() throws {
    let map = try SpeakerMap.parse(
      csv: "speaker,role\nDr. Jane Roe,Interviewer\n\"Roe, Jane\", Interviewer \n", file: "m.csv"
    ).get()
    #expect(map.map("dr.  jane roe") == "Interviewer")
    #expect(map.map("Roe, Jane") == "Interviewer")
    #expect(map.map("Maria") == "Maria")
    #expect(map.renames("DR. JANE ROE"))
  }

  @Test func refusesABadSpeakerMapRowWithItsLine() {
    let parsed = SpeakerMap.parse(csv: "Dr. Roe,Interviewer\nMaria\n", file: "m.csv")
    #expect(parsed.diagnostics.map(\.problem) == [.importing(.invalidSpeakerMapRow(found: 1))])
    #expect(parsed.diagnostics.first?.location?.line == 2)
  }

  @Test func readsAttributesKeyedByFileAndID() throws {
    let text = """
      file,id,Group,County,program type
      P03 interview.vtt,CAPP-03,Participant,Fresno,
      P04.docx,,Participant,Kern,Coaching

      """
    let table = try AttributeTable.parse(csv: text, file: "a.csv").get()
    let first = try #require(table.row(forFile: "sources/P03 interview.vtt", id: nil))
    #expect(first.id == "CAPP-03")
    #expect(first.attributes == ["group": "Participant", "county": "Fresno"])
    #expect(table.row(forFile: "P04.docx", id: nil)?.attributes["program-type"] == "Coaching")
    #expect(table.row(forFile: "other.txt", id: "CAPP-03") == nil)
  }

  @Test func readsAttributesKeyedByIDAlone() throws {
    let table = try AttributeTable.parse(csv: "id,wave\nPM-01,1\nPM-02,2\n", file: "a.csv").get()
    #expect(
      table.row(forFile: "Transcripts/PM-02/original.txt", id: "PM-02")?.attributes == ["wave": "2"]
    )
  }

  @Test(arguments: [
    ("group,county\nA,B\n", ImportProblem.attributesWithoutKeyColumn, 1),
    ("id,Wave #\nP1,1\n", .invalidAttributeColumn("Wave #"), 1),
    ("id,wave\nP1,1\nP1,2\n", .duplicateAttributesRow(key: "P1", firstLine: 2), 3),
    ("id,wave\nP1,1,extra\n", .extraFields(found: 3, expected: 2), 2),
    ("id,wave\nP1,\"1\n", .csv(.unclosedQuote(line: 2)), 2),
  ])
  func refusesBadAttributeFiles(text: String, problem: ImportProblem, line: Int) {
    let parsed = AttributeTable.parse(csv: text, file: "a.csv")
    #expect(parsed.diagnostics.map(\.problem) == [.importing(problem)])
    #expect(parsed.diagnostics.first?.location?.line == line)
    #expect(parsed.diagnostics.first?.location?.file == "a.csv")
  }

  @Test(arguments: [
    ("P03 interview (final).docx", "P03-interview-final"), ("PM-01.txt", "PM-01"),
    ("Entrevista_José.vtt", "Entrevista_Jose"), ("dir/CAPP.03.srt", "CAPP.03"),
    ("  .txt", nil), ("日本.txt", nil),
  ])
  func derivesIDsFromFileNames(fileName: String, expected: String?) {
    #expect(TranscriptID(fileName: fileName)?.rawValue == expected)
  }
}
