import Foundation
import Testing

@testable import ThemaCLI

/// The sample study's transcripts are made by `thema import` from the originals kept beside
/// them (text files, one Zoom `.vtt`, one Word `.docx`) and `Transcripts/attributes.csv`.
@Suite struct SampleStudyImportTests {
  /// The IDs of the sample transcripts and their source files, from the repository.
  private func sources() throws -> [(id: String, file: String)] {
    let folder = repositoryRoot + "/Transcripts"
    let ids = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
      FileManager.default.fileExists(atPath: folder + "/" + $0 + "/transcript.txt")
    }.sorted()
    return try ids.map { id in
      let originals = try FileManager.default.contentsOfDirectory(atPath: folder + "/" + id)
        .filter { $0.hasPrefix("original.") }
      let file = try #require(originals.first, "\(id) has no original")
      #expect(originals.count == 1)
      return (id, file)
    }
  }

  @Test func importingTheOriginalsRecreatesEveryTranscriptByteForByte() throws {
    let study = try TestStudy.empty()
    let sources = try sources()
    #expect(sources.count == 12)
    #expect(Set(sources.map { ($0.file as NSString).pathExtension }) == ["txt", "vtt", "docx"])
    try FileManager.default.removeItem(atPath: study.root + "/Codebooks")
    try FileManager.default.copyItem(
      atPath: repositoryRoot + "/Codebooks", toPath: study.root + "/Codebooks")
    for source in sources {
      let relative = "Transcripts/\(source.id)/\(source.file)"
      try FileManager.default.createDirectory(
        atPath: study.root + "/Transcripts/" + source.id, withIntermediateDirectories: true)
      try FileManager.default.copyItem(
        atPath: repositoryRoot + "/" + relative, toPath: study.root + "/" + relative)
    }
    try FileManager.default.copyItem(
      atPath: repositoryRoot + "/Transcripts/attributes.csv",
      toPath: study.root + "/Transcripts/attributes.csv")
    let files = sources.map { "Transcripts/\($0.id)/\($0.file)" }
    let arguments = ["import"] + files + ["--attributes", "Transcripts/attributes.csv"]
    let result = study.run(arguments)
    #expect(result.status == 0, "\(result.err)")
    #expect(result.err.isEmpty, "no warnings: \(result.err)")
    #expect(result.out.hasSuffix("Total: 12 files, 496 segments; 12 created.\n"))
    for source in sources {
      let expected = try String(
        contentsOfFile: repositoryRoot + "/Transcripts/\(source.id)/transcript.txt",
        encoding: .utf8)
      let written = try #require(study.read("Transcripts/\(source.id)/transcript.txt"))
      #expect(written == expected, "Transcripts/\(source.id)/transcript.txt differs")
    }
    // Importing again changes nothing.
    let again = study.run(arguments)
    #expect(again.status == 0, "\(again.err)")
    #expect(again.out.hasSuffix("Total: 12 files, 496 segments; 12 unchanged.\n"))
  }

  @Test func theSampleStudyIsAlreadyWhatItsOriginalsImportTo() throws {
    let study = try TestStudy.sample()
    let files = try sources().map { "Transcripts/\($0.id)/\($0.file)" }
    let before = study.snapshot()
    let result = study.run(
      ["import"] + files + ["--attributes", "Transcripts/attributes.csv", "--dry-run"])
    #expect(result.status == 0, "\(result.err)")
    #expect(result.out.contains("Total: 12 files, 496 segments; 12 unchanged."))
    #expect(study.snapshot() == before)
  }
}
