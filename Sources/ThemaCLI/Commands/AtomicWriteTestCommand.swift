import Foundation
import ThemaStore

/// `thema __atomic-write-test FILE`: writes two different contents to FILE in turn, forever,
/// through the same atomic write every command uses. Hidden; the test suite kills it with
/// `kill -9` at random moments and checks that FILE always holds one content or the other.
enum AtomicWriteTestCommand: Command {
  static let spec = CommandSpec(
    name: "__atomic-write-test", group: .shell,
    abstract: "Write two contents to a file in turn until killed (for the crash tests)",
    arguments: [ArgumentSpec("FILE", help: "The file to write")],
    options: [OptionSpec("--size", value: "BYTES", help: "Bytes per content (default 1000000)")],
    isHidden: true)

  /// The two contents, `a` and `b` repeated, each ending in a line break.
  static func content(_ letter: Character, size: Int) -> Data {
    Data(String(repeating: letter, count: max(1, size - 1)).utf8 + [10])
  }

  static func run(_ context: inout CommandContext) throws -> Int32 {
    let file = context.arguments.argument("FILE") ?? ""
    let size = try context.arguments.integer("--size", in: 1...100_000_000) ?? 1_000_000
    let contents = [content("a", size: size), content("b", size: size)]
    var turn = 0
    while true {
      try AtomicFile.write(contents[turn % 2], to: file)
      turn += 1
    }
  }
}
