import Foundation

/// Files under `Tests/Fixtures/`, found from this source file's path (no SwiftPM resources).
enum ImportFixture {
  /// `Tests/Fixtures`.
  static let folder: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.appendingPathComponent("Fixtures").path
  }()

  /// The absolute path of a fixture, e.g. `Import/zoom.vtt`.
  static func path(_ relative: String) -> String { folder + "/" + relative }

  /// The bytes of a fixture.
  static func bytes(_ relative: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: path(relative))))
  }

  /// The text of a UTF-8 fixture.
  static func text(_ relative: String) throws -> String {
    String(decoding: try bytes(relative), as: UTF8.self)
  }
}
