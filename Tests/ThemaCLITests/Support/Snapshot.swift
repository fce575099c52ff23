import Foundation
import Testing
import ThemaTerminal

/// Golden files in `Tests/ThemaCLITests/Snapshots/`: screen frames (`<name>.txt`: the frame's
/// text, styled runs and cursor) and exported reports and tables. Run the tests with
/// `THEMA_RECORD_SNAPSHOTS=1` to write them anew; a mismatch is reported with a line diff.
enum Snapshot {
  static let folder: String = {
    var url = URL(fileURLWithPath: #filePath)
    url.deleteLastPathComponent()
    url.deleteLastPathComponent()
    return url.appendingPathComponent("Snapshots").path
  }()

  static var isRecording: Bool {
    ProcessInfo.processInfo.environment["THEMA_RECORD_SNAPSHOTS"] == "1"
  }

  /// Compares `frame` with the golden file `name`.
  static func expect(
    _ frame: Frame, _ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let actual = frame.snapshot
    let path = folder + "/\(name).txt"
    if isRecording {
      try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      try? Data(actual.utf8).write(to: URL(fileURLWithPath: path))
    }
    guard let data = FileManager.default.contents(atPath: path),
      let expected = String(data: data, encoding: .utf8)
    else {
      let text =
        "No golden frame Snapshots/\(name).txt; run the tests with THEMA_RECORD_SNAPSHOTS=1 to "
        + "record it, then read it before committing."
      Issue.record(Comment(rawValue: text), sourceLocation: sourceLocation)
      return
    }
    if expected != actual {
      let text =
        "The frame differs from Snapshots/\(name).txt (- expected, + actual):\n"
        + lineDiff(expected, actual)
      Issue.record(Comment(rawValue: text), sourceLocation: sourceLocation)
    }
  }

  /// Expects `actual` (an exported report or table) to equal the golden file `name` (a file name
  /// with its extension), with a line diff on a mismatch.
  static func expect(
    _ actual: String, matches name: String,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
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
      Comment(
        rawValue: "\(name) differs (- expected, + actual); if the change is intended, re-record "
          + "with THEMA_RECORD_SNAPSHOTS=1 swift test:\n" + lineDiff(expectedText, actual)),
      sourceLocation: sourceLocation)
  }

  /// A line diff of two texts: lines only in `old` with `-`, only in `new` with `+`, shared
  /// lines next to changes with two spaces.
  static func lineDiff(_ old: String, _ new: String) -> String {
    let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var lines: [(String, String)] = []
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
      if i < a.count, j < b.count, a[i] == b[j] {
        lines.append((" ", a[i]))
        i += 1
        j += 1
      } else if j < b.count, i == a.count || table[i][j + 1] >= table[i + 1][j] {
        lines.append(("+", b[j]))
        j += 1
      } else {
        lines.append(("-", a[i]))
        i += 1
      }
    }
    let changed = Set(lines.indices.filter { lines[$0].0 != " " })
    return lines.indices.filter { index in
      changed.contains(index) || changed.contains(index - 1) || changed.contains(index + 1)
    }.map { "\(lines[$0].0) \(lines[$0].1)" }.joined(separator: "\n")
  }
}
