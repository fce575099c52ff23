import Foundation
import Testing

@testable import ThemaStore

@Suite struct ProjectLocationTests {
  @Test func findsTheStudyFromASubfolder() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("thema-\(UUID())").path
    defer { try? FileManager.default.removeItem(atPath: root) }
    for folder in ["Codebooks", "Transcripts/PM-01"] {
      try FileManager.default.createDirectory(
        atPath: root + "/" + folder, withIntermediateDirectories: true)
    }
    let project = try Project.locate(from: root + "/Transcripts/PM-01")
    #expect(project.root == (root as NSString).standardizingPath)
    #expect(project.displayPrefix == "../../")
  }
}
