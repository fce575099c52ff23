import Foundation
import Testing
import ThemaStore

/// Kills a real `thema` process with SIGKILL in the middle of atomic writes and checks that the
/// file always holds one whole content or the other.
@Suite struct CrashTests {
  static let binary = repositoryRoot + "/.build/debug/thema"

  @Test func killNineNeverLeavesAMixedFile() throws {
    guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
      Issue.record("the thema binary is missing at \(Self.binary); 'swift test' builds it")
      return
    }
    let study = try TestStudy.empty()
    let file = study.root + "/codings.tsv"
    let size = 2_000_000
    let a = Data(String(repeating: "a", count: size - 1).utf8 + [10])
    let b = Data(String(repeating: "b", count: size - 1).utf8 + [10])
    try a.write(to: URL(fileURLWithPath: file))
    var seen: Set<Data> = []
    for round in 0..<12 {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: Self.binary)
      process.arguments = ["__atomic-write-test", file, "--size", "\(size)"]
      let inode = Self.inode(of: file)
      try process.run()
      // Wait until the writer has replaced the file at least once (the machine may be busy),
      // then kill it at a varying moment within its next writes.
      let deadline = Date().addingTimeInterval(20)
      while Self.inode(of: file) == inode && Date() < deadline { usleep(1_000) }
      usleep(UInt32.random(in: 0...25_000))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let now = try Data(contentsOf: URL(fileURLWithPath: file))
      #expect(now == a || now == b, "round \(round): the file holds a mix of \(now.count) bytes")
      seen.insert(now)
    }
    #expect(seen.count == 2, "the writer should have completed writes of both contents")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: study.root).filter {
      $0.contains(".tmp-")
    }
    try AtomicFile.write(Data("after\n".utf8), to: file)
    let remaining = try FileManager.default.contentsOfDirectory(atPath: study.root).filter {
      $0.contains(".tmp-")
    }
    #expect(
      remaining.isEmpty, "the next write removes temporaries the killed writers left: \(leftovers)")
  }

  static func inode(of path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.systemFileNumber] as? Int) ?? -1
  }
}
