import Testing

@testable import ThemaCLI

@Suite struct UsageTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var message: String
    var usage: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let cases: [Case] = [
    Case(
      arguments: ["stauts"], message: "Error: Unknown command 'stauts'. Did you mean 'status'?",
      usage: "  See 'thema --help' for more information."),
    Case(
      arguments: ["code", "PM-01", "--coderr", "alice"],
      message: "Error: Unknown option '--coderr'. Did you mean '--coder'?",
      usage: "  See 'thema code --help' for more information."),
    Case(
      arguments: ["code", "PM-01", "--coder"], message: "Error: Missing value for '--coder NAME'.",
      usage: "  See 'thema code --help' for more information."),
    Case(
      arguments: ["code", "--coder", "alice"], message: "Error: Missing expected argument '<ID>'.",
      usage: "  See 'thema code --help' for more information."),
    Case(
      arguments: ["code", "PM-01"], message: "Error: Missing expected option '--coder NAME'.",
      usage: "  See 'thema code --help' for more information."),
    Case(
      arguments: ["status", "extra"], message: "Error: Unexpected argument 'extra'.",
      usage: "  See 'thema status --help' for more information."),
    Case(
      arguments: ["codebook", "show", "--format", "pdf"],
      message:
        "Error: The value 'pdf' is invalid for '--format': expected one of tree, md, json, csv.",
      usage: "  See 'thema codebook show --help' for more information."),
    Case(
      arguments: ["codebook"],
      message:
        "Error: 'codebook' needs a subcommand: import, show, rename, move, merge, split, retire, "
        + "export.",
      usage: "  See 'thema --help' for more information."),
    Case(
      arguments: ["codebook", "shwo"],
      message: "Error: Unknown command 'codebook shwo'. Did you mean 'codebook show'?",
      usage: "  See 'thema --help' for more information."),
    Case(
      arguments: ["code", "PM-01", "--coder", "a", "--coder", "b"],
      message: "Error: Option '--coder' is given more than once; it takes one value.",
      usage: "  See 'thema code --help' for more information."),
    Case(
      arguments: ["status", "--no-color=yes"],
      message:
        "Error: The value 'yes' is invalid for '--no-color': expected no value (it is a flag).",
      usage: "  See 'thema status --help' for more information."),
  ]

  @Test(arguments: cases)
  func usageErrorsExit64WithTheUsageAndAHint(_ usage: Case) throws {
    let study = try TestStudy.sample()
    let before = study.snapshot()
    let result = study.run(usage.arguments)
    #expect(result.status == 64)
    #expect(result.out.isEmpty)
    let lines = result.err.split(separator: "\n").map(String.init)
    #expect(lines.first == usage.message)
    #expect(lines.contains { $0.hasPrefix("Usage: thema") })
    #expect(lines.last == usage.usage)
    #expect(study.snapshot() == before)
  }

  @Test func optionsTakeEqualsValuesAndDoubleDashEndsOptions() throws {
    let spec = CodeCommand.spec
    let parsed = try ArgumentParser.parse(["--coder=alice", "--", "--odd-id"], for: spec)
    #expect(parsed.value("--coder") == "alice")
    #expect(parsed.argument("ID") == "--odd-id")
  }
}

@Suite struct HelpTests {
  @Test func overviewListsEveryVisibleCommand() throws {
    let study = try TestStudy.empty()
    let result = study.run(["--help"])
    #expect(result.status == 0)
    for command in Thema.commands where !command.spec.isHidden {
      #expect(
        result.out.contains("  " + command.spec.name + " "), "\(command.spec.name) is missing")
    }
    #expect(!result.out.contains("__complete"))
    #expect(study.run([]).out == result.out)
  }

  @Test(arguments: Thema.commands.map { $0.spec.name })
  func everyCommandHasHelp(name: String) throws {
    let study = try TestStudy.empty()
    let result = study.run(name.split(separator: " ").map(String.init) + ["--help"])
    #expect(result.status == 0)
    #expect(result.out.hasPrefix("OVERVIEW: "))
    #expect(result.out.contains("\nUSAGE: thema \(name)"))
    #expect(result.out.contains("--project DIR"))
    for line in result.out.split(separator: "\n") {
      #expect(line.count <= 80, "help lines fit 80 columns: \(line)")
    }
    #expect(study.run(["help"] + name.split(separator: " ").map(String.init)).out == result.out)
  }

  @Test func versionPrintsTheVersion() throws {
    let result = try TestStudy.empty().run(["--version"])
    #expect(result.status == 0)
    #expect(result.out == "thema \(Thema.version)\n")
  }
}
