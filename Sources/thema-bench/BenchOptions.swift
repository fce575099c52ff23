import Foundation

/// The command line of `thema-bench`.
struct BenchOptions: Sendable {
  enum OutputFormat: String, Sendable {
    case table
    case json
  }

  var size = CorpusSize.archive
  var repetitions = 5
  var format = OutputFormat.table
  /// Where to write the generated study and keep it, so `thema` can be timed on it by hand.
  var corpus: String?
  /// A corpus folder made by `shared/bench/gen_corpus.py`, for the `peers` stage.
  var peers: String?
  /// Run every stage in this process instead of one child process each (for profilers).
  var inProcess = false
  /// Stage names as given; empty for every stage.
  var stages: [String] = []

  /// A usage error: the message and exit status 64.
  struct UsageError: Error {
    var message: String
  }

  static let usage = """
    usage: thema-bench [STAGE ...] [--size small|study|archive] [--format table|json]
                       [--repetitions N] [--corpus DIR] [--peers DIR] [--in-process]
                       [--transcripts N] [--words N] [--codes N] [--agreement RATE]

    Generates a deterministic study, times each stage over --repetitions runs (median and
    min-max) on the monotonic clock, and reports peak memory (getrusage) and the issue's
    budgets (set for --size archive). Each stage runs in a thema-bench process of its own,
    so its peak memory is its own; --in-process runs them all here, for a profiler.

      --size NAME        small (20 x 2,000 words), study (100 x 5,000) or archive (default:
                         1,000 x 10,000 words, about 300,000 codings per coder)
      --corpus DIR       write the generated study to DIR and keep it, to time thema on it
                         (cd DIR && time thema agree); reused when it is already there
      --peers DIR        the peer tools' corpus (python3 shared/bench/gen_corpus.py DIR): build
                         a study from it and time thema as whole processes beside the peers
      --repetitions N    runs per stage (default 5)
      --format FORMAT    table (default) or json (sorted keys, formatVersion 1)
      --transcripts N, --words N, --codes N, --agreement RATE
                         change the size (it is then called custom)

    Stages (default: all; the thema-* stages need thema built beside thema-bench, e.g.
    swift build -c release):
    """

  /// Parses the arguments after the program name.
  static func parse(_ words: [String]) throws(UsageError) -> BenchOptions {
    var options = BenchOptions()
    var rest = words[...]
    var changed = false
    while let word = rest.popFirst() {
      func value() throws(UsageError) -> String {
        guard let text = rest.popFirst() else { throw UsageError(message: "\(word) needs a value") }
        return text
      }
      func number() throws(UsageError) -> Int {
        let text = try value()
        guard let number = Int(text), number > 0 else {
          throw UsageError(message: "\(word) takes a positive whole number, not '\(text)'")
        }
        return number
      }
      switch word {
      case "--size":
        let name = try value()
        guard let preset = CorpusSize.presets.first(where: { $0.name == name }) else {
          throw UsageError(message: "--size is small, study or archive, not '\(name)'")
        }
        options.size = preset
      case "--transcripts":
        options.size.transcripts = try number()
        changed = true
      case "--words":
        options.size.words = try number()
        changed = true
      case "--codes":
        options.size.codes = try number()
        changed = true
      case "--agreement":
        let text = try value()
        guard let rate = Double(text), (0...1).contains(rate) else {
          throw UsageError(message: "--agreement is a rate from 0 to 1, not '\(text)'")
        }
        options.size.agreement = rate
        changed = true
      case "--repetitions": options.repetitions = try number()
      case "--format":
        let text = try value()
        guard let format = OutputFormat(rawValue: text) else {
          throw UsageError(message: "--format is table or json, not '\(text)'")
        }
        options.format = format
      case "--corpus": options.corpus = absolute(try value())
      case "--peers": options.peers = absolute(try value())
      case "--in-process": options.inProcess = true
      default:
        guard !word.hasPrefix("-") else {
          throw UsageError(message: "unknown option \(word); see --help")
        }
        options.stages.append(word)
      }
    }
    if changed {
      // Name the size after a preset it matches, so a child process given the numbers
      // reports the same name.
      let named = CorpusSize.presets.first {
        var copy = options.size
        copy.name = $0.name
        return copy == $0
      }
      options.size.name = named?.name ?? "custom"
    }
    return options
  }

  /// The options that give a child process the same study and runs.
  var childArguments: [String] {
    var arguments = [
      "--in-process", "--format", "json", "--repetitions", String(repetitions),
      "--transcripts", String(size.transcripts), "--words", String(size.words),
      "--codes", String(size.codes), "--agreement", String(size.agreement),
    ]
    if let corpus { arguments += ["--corpus", corpus] }
    if let peers { arguments += ["--peers", peers] }
    return arguments
  }

  private static func absolute(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
  }
}
