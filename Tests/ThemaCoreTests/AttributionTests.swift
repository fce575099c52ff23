import Testing

@testable import ThemaCore

@Suite struct AttributionTests {
  func transcript(_ attributes: [String: String]) throws -> Transcript {
    Transcript(id: try #require(TranscriptID(rawValue: "PM-01")), attributes: attributes)
  }

  @Test func theDefaultIsTheIDWithGroupAndCounty() throws {
    let text = Attribution.standard.text(
      for: try transcript(["group": "Program manager", "county": "Los Angeles", "arm": "x"]))
    #expect(text == "PM-01, Program manager, Los Angeles")
  }

  @Test(arguments: [
    ("{group}, {county} County", "PM-01, Program manager, Los Angeles County"),
    ("{county} County", "PM-01, Los Angeles County"),
    ("Participant {id} ({group})", "Participant PM-01 (Program manager)"),
    ("{arm}, {group}", "PM-01, Program manager"),
    ("Participant {id} ({arm}), {county}", "PM-01, Los Angeles"),
    ("", "PM-01"),
    ("{ group }", "PM-01"),
  ])
  func templatesLeaveOutPartsWithMissingAttributes(template: String, expected: String) throws {
    let attribution = try? Attribution(parsing: template)
    let transcript = try transcript(["group": "Program manager", "county": "Los Angeles"])
    if template == "{ group }" {
      #expect(attribution == nil, "a space is not part of an attribute name")
    } else {
      #expect(try #require(attribution).text(for: transcript) == expected)
    }
  }

  @Test(arguments: [
    ("{group", ExportProblem.invalidAttribution(template: "{group", placeholder: nil)),
    ("group}", .invalidAttribution(template: "group}", placeholder: nil)),
    ("{{group}}", .invalidAttribution(template: "{{group}}", placeholder: nil)),
    ("{Group}", .invalidAttribution(template: "{Group}", placeholder: "Group")),
    ("{}", .invalidAttribution(template: "{}", placeholder: "")),
  ])
  func refusesMalformedTemplates(template: String, problem: ExportProblem) {
    #expect(throws: problem) { try Attribution(parsing: template) }
  }

  @Test func listsTheAttributesItNeeds() throws {
    let attribution = try Attribution(parsing: "{id} {group}, {county}, {group}")
    #expect(attribution.attributeNames == ["group", "county"])
  }
}
