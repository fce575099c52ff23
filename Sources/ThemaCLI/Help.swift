import ThemaTerminal

/// The text of `thema --help` and `thema <command> --help`.
enum Help {
  static let width = 80

  /// Help for one command.
  static func command(_ spec: CommandSpec) -> String {
    let overview = TextWrap.lines(spec.abstract, width: width - 10)
    var text = "OVERVIEW: " + overview.joined(separator: "\n          ") + "\n"
    if !spec.discussion.isEmpty {
      text += "\n" + TextWrap.indented(spec.discussion, width: width, indent: 0) + "\n"
    }
    text += "\nUSAGE: " + wrapUsage(spec.usage) + "\n"
    if !spec.arguments.isEmpty {
      text += "\nARGUMENTS:\n"
      for argument in spec.arguments {
        text += entry("<\(argument.name)>", argument.help)
      }
    }
    text += "\nOPTIONS:\n"
    for option in spec.allOptions {
      var label = option.short.map { "\($0), " } ?? ""
      label += option.name
      if let value = option.valueName { label += " \(value)" }
      var help = option.help
      if !option.choices.isEmpty && !help.contains(option.choices[0]) {
        help += " (" + option.choices.joined(separator: ", ") + ")"
      }
      text += entry(label, help)
    }
    if !spec.examples.isEmpty {
      text += "\nEXAMPLES:\n"
      for example in spec.examples {
        text += "  " + wrapCommand(example.command) + "\n"
        text += TextWrap.indented(example.explanation, width: width, indent: 6) + "\n"
      }
    }
    return text
  }

  /// Help for `thema` itself: every command by group.
  static func overview(_ commands: [any Command.Type], version: String) -> String {
    var text = """
      OVERVIEW: Thema \(version), a terminal workbench for qualitative interview coding.

      Import transcripts, keep codebooks as Markdown, code in the terminal, measure inter-rater
      agreement, resolve disagreements, and export code reports and thematic quote tables.
      Everything lives in one study folder (Codebooks/, Transcripts/, Exports/) that a team shares
      with git.

      USAGE: thema <command> [options]

      """
    let visible = commands.map { $0.spec }.filter { !$0.isHidden }
    for group in CommandGroup.allCases {
      let specs = visible.filter { $0.group == group }
      guard !specs.isEmpty else { continue }
      text += "\n\(group.rawValue):\n"
      for spec in specs {
        text += entry(spec.name, spec.abstract, labelWidth: 18)
      }
    }
    text += "\nOPTIONS:\n"
    for option in CommandSpec.globalOptions {
      var label = option.short.map { "\($0), " } ?? ""
      label += option.name
      if let value = option.valueName { label += " \(value)" }
      text += entry(label, option.help)
    }
    text += entry("--version", "Show the version")
    text += "\n  See 'thema <command> --help' for more about a command.\n"
    return text
  }

  /// The lines for a usage error: the message, the usage and where to read more.
  static func usageError(_ error: UsageError, spec: CommandSpec?, style: TextStyle) -> String {
    var text = "\(style.error("Error:")) \(error.message)\n"
    if let spec {
      text += "Usage: " + wrapUsage(spec.usage) + "\n"
      text += "  See 'thema \(spec.name) --help' for more information.\n"
    } else {
      text += "Usage: thema <command> [options]\n"
      text += "  See 'thema --help' for more information.\n"
    }
    return text
  }

  private static func entry(_ label: String, _ help: String, labelWidth: Int = 24) -> String {
    let labelColumn = 2 + labelWidth
    let wrapped = TextWrap.lines(help, width: width - labelColumn)
    var text = "  " + label
    if DisplayWidth.of(label) + 2 >= labelColumn - 1 {
      text += "\n" + String(repeating: " ", count: labelColumn)
    } else {
      text += String(repeating: " ", count: labelColumn - 2 - DisplayWidth.of(label))
    }
    text += wrapped.first ?? ""
    for line in wrapped.dropFirst() {
      text += "\n" + String(repeating: " ", count: labelColumn) + line
    }
    return text + "\n"
  }

  /// A long example command split over lines with shell continuations.
  private static func wrapCommand(_ command: String) -> String {
    let lines = TextWrap.lines(command, width: width - 6)
    return lines.joined(separator: " \\\n      ")
  }

  private static func wrapUsage(_ usage: String) -> String {
    let words = usage.split(separator: " ")
    var lines: [String] = []
    var line = ""
    var depth = 0
    var chunk = ""
    // Keep bracketed groups together so an option and its value never break apart.
    for word in words {
      chunk += (chunk.isEmpty ? "" : " ") + word
      depth += word.filter { $0 == "[" }.count - word.filter { $0 == "]" }.count
      guard depth <= 0 else { continue }
      if !line.isEmpty && line.count + 1 + chunk.count > width - 7 {
        lines.append(line)
        line = "  "
      }
      line += (line.isEmpty || line == "  " ? "" : " ") + chunk
      chunk = ""
      depth = 0
    }
    if !chunk.isEmpty { line += " " + chunk }
    lines.append(line)
    return lines.joined(separator: "\n      ")
  }
}
