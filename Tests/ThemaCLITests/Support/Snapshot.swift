import Foundation
import Testing

/// Golden files in `Tests/ThemaCLITests/Snapshots/`. A test compares its output with one; set
/// `THEMA_RECORD_SNAPSHOTS=1` to write the files instead, then review them with `git diff`.
enum Snapshot {
  /// The folder of the golden files.
  static let folder = repositoryRoot + "/Tests/ThemaCLITests/Snapshots"

  /// Whether this run records golden files instead of comparing with them.
  static var isRecording: Bool {
    ProcessInfo.processInfo.environment["THEMA_RECORD_SNAPSHOTS"] == "1"
  }

  /// Expects `actual` to equal the golden file `name`, reporting the first differing line.
  static func expect(
    _ actual: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let path = folder + "/" + name
    if isRecording {
      try Data(actual.utf8).write(to: URL(fileURLWithPath: path))
      return
    }
    guard let expected = FileManager.default.contents(atPath: path) else {
      Issue.record(
        "no golden file \(name); record it with THEMA_RECORD_SNAPSHOTS=1 swift test",
        sourceLocation: sourceLocation)
      return
    }
    let expectedText = String(decoding: expected, as: UTF8.self)
    guard expectedText != actual else { return }
    Issue.record(
      Comment(rawValue: difference(expectedText, actual, name: name)),
      sourceLocation: sourceLocation)
  }

  /// A readable account of the first line where two texts differ.
  static func difference(_ expected: String, _ actual: String, name: String) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for index in 0..<max(old.count, new.count) {
      let a = index < old.count ? String(old[index]) : "(end of file)"
      let b = index < new.count ? String(new[index]) : "(end of file)"
      if a != b {
        return
          "\(name) differs at line \(index + 1):\n- \(a)\n+ \(b)\n"
          + "If the change is intended, re-record with THEMA_RECORD_SNAPSHOTS=1 swift test"
      }
    }
    return "\(name) differs in its line endings"
  }
}
