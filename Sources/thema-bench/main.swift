import Foundation

// thema-bench: benchmarks on generated corpora. Prints figures; asserts nothing.
//
//   swift run -c release thema-bench                 every benchmark at full size
//   swift run -c release thema-bench load --transcripts 100
//
// Each benchmark lives in its own file and is listed here.
let benchmarks: [any Benchmark.Type] = [
  LoadBenchmark.self,
  TableBenchmark.self,
  AgreementBenchmark.self,
  ImportBenchmark.self,
  PeersBenchmark.self,
  ScreenBenchmark.self,
]

var options = BenchOptions()
var selected: [String] = []
var arguments = Array(CommandLine.arguments.dropFirst())[...]
while let argument = arguments.popFirst() {
  func number() -> Int {
    guard let text = arguments.popFirst(), let value = Int(text), value > 0 else {
      FileHandle.standardError.write(
        Data("thema-bench: \(argument) takes a positive whole number\n".utf8))
      exit(64)
    }
    return value
  }
  switch argument {
  case "--transcripts": options.size.transcripts = number()
  case "--words": options.size.words = number()
  case "--codes": options.size.codes = number()
  case "--repetitions": options.repetitions = number()
  case "--corpus": options.corpus = arguments.popFirst()
  case "--help", "-h":
    print(
      "usage: thema-bench [NAME ...] [--transcripts N] [--words N] [--codes N] [--repetitions N] [--corpus DIR]\n"
    )
    for benchmark in benchmarks {
      print(
        "  \(benchmark.name.padding(toLength: 12, withPad: " ", startingAt: 0))\(benchmark.summary)"
      )
    }
    exit(0)
  default: selected.append(argument)
  }
}
let unknown = selected.filter { name in !benchmarks.contains { $0.name == name } }
if !unknown.isEmpty {
  FileHandle.standardError.write(
    Data("thema-bench: unknown benchmark \(unknown.joined(separator: ", ")); see --help\n".utf8))
  exit(64)
}
for benchmark in benchmarks where selected.isEmpty || selected.contains(benchmark.name) {
  print("\(benchmark.name): \(benchmark.summary)")
  do {
    for figure in try benchmark.run(options) {
      let value =
        figure.value.rounded() == figure.value
        ? String(Int(figure.value)) : String(format: "%.3f", figure.value)
      print("  \(figure.label): \(value)\(figure.unit.isEmpty ? "" : " " + figure.unit)")
    }
  } catch {
    print("  failed: \(error)")
    exit(1)
  }
}
