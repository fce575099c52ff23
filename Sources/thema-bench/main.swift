import Foundation

// thema-bench: times Thema's stages on a generated study. Prints figures; asserts nothing.
//
//   swift run -c release thema-bench --size archive      every stage at the issue's size
//   swift run -c release thema-bench load agree --size study --format json
//
// Stages are listed in BenchRunner.stages; each lives in its own file.

let options: BenchOptions
let stages: [Stage]
do {
  let words = Array(CommandLine.arguments.dropFirst())
  if words.contains("--help") || words.contains("-h") {
    print(BenchOptions.usage)
    for stage in BenchRunner.stages {
      print("  \(stage.name.padding(toLength: 14, withPad: " ", startingAt: 0))\(stage.summary)")
    }
    print("  exports       every export-* stage; thema: every thema-* stage")
    exit(0)
  }
  options = try BenchOptions.parse(words)
  stages = try BenchRunner.selected(options.stages, peers: options.peers != nil)
} catch {
  FileHandle.standardError.write(Data("thema-bench: \(error.message)\n".utf8))
  exit(64)
}
let report = BenchRunner.run(options, stages: stages)
switch options.format {
case .table: print(report.table(), terminator: "")
case .json:
  do {
    print(try report.json(), terminator: "")
  } catch {
    FileHandle.standardError.write(Data("thema-bench: cannot write JSON: \(error)\n".utf8))
    exit(1)
  }
}
exit(report.failure == nil ? 0 : 1)
