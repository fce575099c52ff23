import ThemaCore
import ThemaStore

/// `thema codebook show`: the codebook tree with IDs, names and definitions.
enum CodebookShowCommand: Command {
  static let spec = CommandSpec(
    name: "codebook show", group: .codebooks,
    abstract: "Show a codebook: its tree of IDs and names, with definitions",
    discussion: """
      Without NAME, shows every codebook of the study. The tree shows each code's ID, name and \
      definition (--brief leaves definitions out). --format md prints the canonical Markdown, \
      json every field for scripts, csv one row per code for a spreadsheet.
      """,
    arguments: [
      ArgumentSpec(
        "NAME", help: "The codebook, e.g. program-managers", optional: true, completion: .codebooks)
    ],
    options: [
      OptionSpec(
        "--format", value: "FORMAT", help: "tree (default), md, json or csv",
        choices: ["tree", "md", "json", "csv"]),
      OptionSpec("--brief", help: "Tree only: IDs and names without definitions"),
    ],
    examples: [
      Example("thema codebook show program-managers", "The program-manager codebook as a tree."),
      Example(
        "thema codebook show capp-participants --format csv > codes.csv", "As a spreadsheet."),
    ])

  static func run(_ context: inout CommandContext) throws -> Int32 {
    let (_, study) = try context.loadStudy()
    let names: [String]
    if let name = context.arguments.argument("NAME") {
      _ = try study.codebook(named: name)
      names = [name]
    } else {
      names = study.codebookNames
    }
    let format = context.arguments.value("--format") ?? "tree"
    let brief = context.arguments.flag("--brief")
    var parts: [String] = []
    for name in names {
      guard let codebook = study.codebooks[name] else { continue }
      switch format {
      case "md": parts.append(codebook.markdown())
      case "json": parts.append(codebook.json())
      case "csv": parts.append(codebook.csv())
      default: parts.append(tree(codebook, brief: brief, style: context.outStyle))
      }
    }
    if names.isEmpty {
      context.err.write("The study has no codebooks yet; add one to Codebooks/.\n")
    }
    context.out.write(parts.joined(separator: format == "tree" || format == "md" ? "\n" : ""))
    return 0
  }

  static func tree(_ codebook: Codebook, brief: Bool, style: TextStyle) -> String {
    var text = style.bold("\(codebook.name): \(codebook.title)") + "\n"
    if !codebook.levels.isEmpty {
      text += style.dim("Levels: " + codebook.levels.joined(separator: ", ")) + "\n"
    }
    let sets = codebook.allSets.map { "\($0.name) (\(codebook.members(ofSet: $0.name).count))" }
    if !sets.isEmpty { text += style.dim("Sets: " + sets.joined(separator: ", ")) + "\n" }
    let index = CodebookIndex(codebook)
    let idWidth = index.entries.map { $0.code.id.count + 2 * ($0.depth - 1) }.max() ?? 4
    for entry in index.entries {
      let indent = String(repeating: "  ", count: entry.depth - 1)
      let label = indent + entry.code.id
      let padding = String(repeating: " ", count: max(1, idWidth - label.count + 2))
      if entry.depth == 1 { text += "\n" }
      let name = entry.depth == 1 ? style.bold(entry.code.name) : entry.code.name
      let grouping = entry.code.isCodable ? "" : style.dim(" (not codable)")
      text += style.bold(label) + padding + name + grouping + "\n"
      if !brief && !entry.code.definition.isEmpty {
        let wrapped = TextWrap.indented(
          entry.code.definition, width: Help.width, indent: idWidth + 2)
        text += style.dim(wrapped) + "\n"
      }
    }
    return text
  }
}
