import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The fuzzers' deterministic little sibling, run by every `swift test`: each parser of
/// `ParserTargets` gets its seed files (the fixtures and sample study files its fuzz entry
/// point names) mutated at random, with a fixed seed, and must not crash, hang or break its
/// laws. Inputs the fuzzers found (`Tests/Fixtures/Fuzz/<target>/`) are replayed as well.
///
/// `THEMA_MUTATION_ROUNDS` sets the inputs per target (default 150); `THEMA_SEED` others.
@Suite struct MutationTests {
  static let inputsPerTarget =
    ProcessInfo.processInfo.environment["THEMA_MUTATION_ROUNDS"].flatMap { Int($0) } ?? 150
  static let seed =
    ProcessInfo.processInfo.environment["THEMA_SEED"].flatMap { UInt64($0) } ?? 20_261_123
  /// Longer than this for one input is a hang, even in a debug build on a busy machine.
  static let secondsPerInput = 10.0

  /// Each fuzz entry point's target name and seed patterns, from `Tests/Fuzz/*.swift`.
  static let entryPoints: [(target: String, seeds: [String])] = {
    repositoryFiles(in: "Tests/Fuzz").filter { $0.hasSuffix(".swift") }.compactMap { file in
      guard let text = try? repositoryFile("Tests/Fuzz/" + file),
        let call = text.range(of: "FuzzEntry.run(\""),
        let end = text[call.upperBound...].firstIndex(of: "\"")
      else { return nil }
      let seeds =
        text.split(separator: "\n").filter { $0.hasPrefix("// Seeds: ") }
        .flatMap { $0.dropFirst("// Seeds: ".count).split(separator: " ").map(String.init) }
      return (String(text[call.upperBound..<end]), seeds)
    }
  }()

  @Test func everyTargetHasAFuzzEntryPointAndSeeds() {
    let entries = Dictionary(Self.entryPoints.map { ($0.target, $0.seeds) }) { first, _ in first }
    for target in ParserTargets.all {
      let seeds = entries[target.name]
      #expect(seeds != nil, "no Tests/Fuzz entry point calls '\(target.name)'")
      #expect(!Self.files(matching: seeds ?? []).isEmpty, "'\(target.name)' has no seed files")
    }
    #expect(Set(entries.keys) == Set(ParserTargets.all.map(\.name)))
  }

  @Test(arguments: ParserTargets.all.map(\.name))
  func mutatedSeedsNeitherCrashNorHang(target name: String) throws {
    let target = try #require(ParserTargets.named(name))
    let seeds = Self.files(matching: Self.entryPoints.first { $0.target == name }?.seeds ?? [])
      .prefix(8).compactMap { FileManager.default.contents(atPath: repositoryRoot + "/" + $0) }
      .map { Array($0.prefix(64 * 1024)) }
    try #require(!seeds.isEmpty)
    var random = Xorshift(seed: Self.seed ^ UInt64(name.utf8.reduce(0) { $0 &* 31 &+ Int($1) }))
    for round in 0..<Self.inputsPerTarget {
      let base = seeds[round % seeds.count]
      let other = seeds[Int(random.next() % UInt64(seeds.count))]
      let input = Self.mutate(base, splicing: other, using: &random)
      try Self.expectClean(target, input, "round \(round) (seed \(Self.seed))")
    }
  }

  @Test func findingsOfTheFuzzersStayFixed() throws {
    for target in ParserTargets.all {
      for file in repositoryFiles(in: "Tests/Fixtures/Fuzz/\(target.name)") {
        let path = repositoryRoot + "/Tests/Fixtures/Fuzz/\(target.name)/" + file
        let input = try #require(FileManager.default.contents(atPath: path))
        try Self.expectClean(target, Array(input), file)
      }
    }
  }

  /// Runs `target` on `input`: it must keep its laws and finish in time.
  static func expectClean(_ target: ParserTargets.Target, _ input: [UInt8], _ label: String)
    throws
  {
    let start = Date()
    let violations = target.check(input)
    let seconds = Date().timeIntervalSince(start)
    #expect(violations.isEmpty, "\(target.name) \(label): \(violations) on \(Self.hex(input))")
    #expect(seconds < secondsPerInput, "\(target.name) \(label): \(seconds) s on \(hex(input))")
  }

  /// One to four random edits of `bytes`, the kinds libFuzzer makes: flip a bit, write an
  /// interesting byte, insert, erase, repeat a run, cut, or splice in part of `other`.
  static func mutate(_ bytes: [UInt8], splicing other: [UInt8], using random: inout Xorshift)
    -> [UInt8]
  {
    let interesting: [UInt8] = [
      0, 0xFF, 0x0A, 0x0D, 0x09, 0x20, 0x22, 0x23, 0x26, 0x2D, 0x3A,
      0x3C, 0x3E, 0x7C, 0x7F, 0x80, 0xC3, 0xE2,
    ]
    var out = bytes
    for _ in 0...(random.next() % 4) {
      let position = out.isEmpty ? 0 : Int(random.next() % UInt64(out.count))
      let length = min(out.count - position, Int(random.next() % 64))
      switch random.next() % 7 {
      case 0 where !out.isEmpty: out[position] ^= 1 << (random.next() % 8)
      case 1 where !out.isEmpty:
        out[position] = interesting[Int(random.next() % UInt64(interesting.count))]
      case 2:
        out.insert(contentsOf: (0..<length).map { _ in UInt8(random.next() & 0xFF) }, at: position)
      case 3: out.removeSubrange(position..<(position + length))
      case 4: out.insert(contentsOf: out[position..<(position + length)], at: position)
      case 5: out.removeLast(min(out.count, Int(random.next() % 256)))
      default:
        let start = other.isEmpty ? 0 : Int(random.next() % UInt64(other.count))
        out.insert(contentsOf: other[start..<min(other.count, start + 200)], at: position)
      }
    }
    return out
  }

  /// Repository files matching shell patterns such as `Transcripts/*/codings/*.tsv`.
  static func files(matching patterns: [String]) -> [String] {
    var found: [String] = []
    for pattern in patterns {
      var paths = [""]
      for part in pattern.split(separator: "/").map(String.init) {
        paths = paths.flatMap { folder -> [String] in
          guard part.contains("*") else { return [folder + part] }
          let names = repositoryFiles(in: folder.isEmpty ? "." : String(folder.dropLast()))
          return names.filter { fnmatch(part, $0, 0) == 0 }.map { folder + $0 }
        }.map { $0 + "/" }
      }
      found += paths.map { String($0.dropLast()) }.filter {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(
          atPath: repositoryRoot + "/" + $0, isDirectory: &isFolder) && !isFolder.boolValue
      }
    }
    return found.sorted()
  }

  static func hex(_ input: [UInt8]) -> String {
    input.prefix(48).map { String(format: "%02x", $0) }.joined() + (input.count > 48 ? "…" : "")
  }
}

/// xorshift64*: a seeded generator, so a failing round replays with the seed it names.
struct Xorshift {
  private var state: UInt64

  init(seed: UInt64) { state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed }

  mutating func next() -> UInt64 {
    state ^= state >> 12
    state ^= state << 25
    state ^= state >> 27
    return state &* 0x2545_F491_4F6C_DD1D
  }
}
