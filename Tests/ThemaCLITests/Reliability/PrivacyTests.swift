import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What Thema writes respects the user's umask and is never writable by others, whatever the
/// umask; and no command opens a network connection.
@Suite(.tags(.endToEnd)) struct PrivacyTests {
  /// Commands that create files and folders of every kind: a new coder's codings, a new
  /// transcript, a consensus and decision log, a multi-file revision with its journal and log,
  /// exports.
  static let writers: [[String]] = [
    ["code", "PM-08", "--coder", "dana", "--new-coder", "--apply", "S2=T1/1a"],
    ["import", "SOURCE", "--id", "NEW-01", "--codebook", "program-managers"],
    ["resolve", "PM-05", "--lead", "lee", "--auto", "agreements"],
    ["codebook", "rename", "T1/1a", "--id", "1z", "--by", "lee"],
    ["export", "--all"],
  ]

  /// Runs every writer as a real process under `umask`, and returns the study.
  static func study(writtenUnder umask: String) throws -> (TestStudy, [String: Int]) {
    let thema = try ThemaProcess.find()
    let study = try TestStudy.sample()
    let before = modes(in: study.root)
    let source = study.root + "/../thema-source-\(UUID().uuidString).txt"
    try Data("Interviewer: How was it?\n\nP1: It went well.\n".utf8).write(
      to: URL(fileURLWithPath: source))
    defer { try? FileManager.default.removeItem(atPath: source) }
    for arguments in writers {
      let words = arguments.map { $0 == "SOURCE" ? source : $0 }
      let command = "umask \(umask) && exec \"$0\" \"$@\""
      let run = try ThemaProcess(binary: "/bin/sh").run(
        ["-c", command, thema.binary] + words, in: study.root)
      #expect(run.outcome == .exited(0), "thema \(words.joined(separator: " "))")
    }
    let after = modes(in: study.root)
    return (study, after.filter { before[$0.key] == nil })
  }

  /// The permission bits of every file and folder below `root`, by relative path.
  static func modes(in root: String) -> [String: Int] {
    var modes: [String: Int] = [:]
    let enumerator = FileManager.default.enumerator(atPath: root)
    while let path = enumerator?.nextObject() as? String {
      var info = stat()
      if lstat(root + "/" + path, &info) == 0 { modes[path] = Int(info.st_mode & 0o777) }
    }
    return modes
  }

  @Test func newFilesFollowTheUmask() throws {
    let (_, created) = try Self.study(writtenUnder: "077")
    #expect(created.count > 10, "\(created.keys.sorted())")
    let open = created.filter { $0.value & 0o077 != 0 }
    #expect(open.isEmpty, "readable by others under umask 077: \(open)")
  }

  @Test func nothingIsWritableByOthersEvenUnderAnOpenUmask() throws {
    let (study, _) = try Self.study(writtenUnder: "000")
    let writable = Self.modes(in: study.root).filter { $0.value & 0o002 != 0 }
    #expect(writable.isEmpty, "writable by others under umask 000: \(writable)")
  }

  /// Under strace, when it is installed: no process of any command makes a socket.
  @Test func noCommandOpensANetworkConnection() throws {
    guard
      let strace = ["/usr/bin/strace", "/bin/strace"].first(where: {
        FileManager.default.isExecutableFile(atPath: $0)
      })
    else {
      print("Skipping the network check: strace is not installed.")
      return
    }
    let thema = try ThemaProcess.find()
    let study = try TestStudy.sample()
    let trace = study.root + "/../thema-strace-\(UUID().uuidString).txt"
    defer { try? FileManager.default.removeItem(atPath: trace) }
    for arguments in [
      ["code", "PM-04", "--coder", "alice", "--apply", "S2=T1/1a"], ["agree"],
      ["resolve", "PM-05", "--lead", "lee", "--auto", "agreements"], ["export", "--all"],
      ["check"], ["status"],
    ] {
      // LeakSanitizer cannot run under ptrace: off for a `swift test --sanitize=address` run.
      let run = try ThemaProcess(binary: strace).run(
        ["-f", "-qq", "-e", "trace=socket,connect", "-o", trace, thema.binary] + arguments,
        in: study.root, environment: ["ASAN_OPTIONS": "detect_leaks=0"])
      #expect(run.outcome == .exited(0), "thema \(arguments.joined(separator: " "))")
      let calls = (try? String(contentsOfFile: trace, encoding: .utf8)) ?? ""
      #expect(
        !calls.contains("socket(") && !calls.contains("connect("),
        "thema \(arguments.joined(separator: " ")): \(calls)")
    }
  }

  /// No source file uses an API that reaches the network.
  @Test func theSourcesNameNoNetworkAPI() throws {
    let forbidden = [
      "URLSession", "FoundationNetworking", "URLRequest", "NWConnection", "CFSocket",
      "getaddrinfo", "gethostbyname", "socket(", "connect(", "Host.current", "hostName",
      "Data(contentsOf: URL(string", "String(contentsOf: URL(string",
    ]
    let enumerator = FileManager.default.enumerator(atPath: repositoryRoot + "/Sources")
    var found: [String] = []
    while let path = enumerator?.nextObject() as? String {
      guard path.hasSuffix(".swift"),
        let text = try? String(
          contentsOfFile: repositoryRoot + "/Sources/" + path, encoding: .utf8)
      else { continue }
      for name in forbidden where text.contains(name) { found.append("\(path): \(name)") }
    }
    #expect(found.isEmpty, "\(found)")
  }
}
