import Foundation
import ThemaCore
import ThemaStore

/// `thema codebook export NAME --format qdc`: a codebook for MAXQDA, NVivo, ATLAS.ti or
/// QualCoder, as a REFI-QDA Codebook Exchange file.
enum CodebookExportCommand: Command {
  static let spec = CommandSpec(
    name: "codebook export", group: .codebooks,
    abstract: "Export a codebook as REFI-QDA (.qdc) for MAXQDA, NVivo, ATLAS.ti or QualCoder",
    discussion: """
      Writes the codebook as a REFI-QDA Codebook Exchange file (namespace \
      urn:QDA-XML:codebook:1.0), to Exports/NAME.qdc unless --out says otherwise ('-' for \
      standard output). Each code goes out with its GUID, so importing the file again, here \
      or in the other program, keeps its identity; its name as 'ID Name' ('1a Peer role \
      clarity'), so other tools show the ID; its colour; and a description of labelled \
      paragraphs (Definition:, Include:, Exclude:, Example:) that 'thema codebook import' \
      reads back into fields. Codes marked 'Codable: no', and retired codes, go out as not \
      codable; code sets as REFI-QDA sets. The file has no place for the title, levels and \
      the codebook's description.
      """,
    arguments: [
      ArgumentSpec("NAME", help: "The codebook, e.g. program-managers", completion: .codebooks)
    ],
    options: [
      OptionSpec(
        "--format", value: "FORMAT", help: "qdc (REFI-QDA Codebook Exchange; the default)",
        choices: ["qdc"]),
      OptionSpec(
        "--out", value: "FILE",
        help: "Where to write (default Exports/NAME.qdc; '-' for standard output)",
        completion: .files),
    ],
    examples: [
      Example(
        "thema codebook export program-managers --format qdc",
        "Write Exports/program-managers.qdc for MAXQDA or NVivo."),
      Example(
        "thema codebook export capp-participants --out - | less", "Read it first."),
    ])

  static func run(_ context: inout CommandContext) throws -> Int32 {
    let (project, study) = try context.loadStudy()
    let codebook = try study.codebook(named: context.arguments.argument("NAME") ?? "")
    let text = codebook.qdc(origin: "Thema \(Thema.version)")
    let out = context.arguments.value("--out")
    if out == "-" {
      context.out.write(text)
      return 0
    }
    guard let out else {
      let destination = "\(Project.exportsFolder)/\(codebook.name).qdc"
      try project.createExportFolder(Project.exportsFolder)
      let written = try project.writeExport(Array(text.utf8), to: destination)
      context.out.write(
        (written
          ? "Wrote \(project.display(destination))"
          : "\(project.display(destination)) is up to date")
          + ": \(CodebookImportCommand.summary(codebook, warnings: 0)).\n")
      return 0
    }
    let path = try destination(out, project: project, context: context)
    let written = try AtomicFile.write(Data(text.utf8), to: path, display: out)
    context.out.write(
      (written ? "Wrote \(out)" : "\(out) is up to date")
        + ": \(CodebookImportCommand.summary(codebook, warnings: 0)).\n")
    return 0
  }

  /// The absolute path to write `out` to. Inside the study the rules of every export apply
  /// (never among Codebooks/, Transcripts/ or .thema/); a codebook holds no interview text
  /// beyond its examples, so it may also go anywhere outside the study, to hand to another
  /// program.
  private static func destination(_ out: String, project: Project, context: CommandContext)
    throws -> String
  {
    let absolute = out.hasPrefix("/") ? out : context.environment.currentFolder + "/" + out
    let folder = URL(fileURLWithPath: (absolute as NSString).deletingLastPathComponent)
      .resolvingSymlinksInPath().path
    let root = URL(fileURLWithPath: project.root).resolvingSymlinksInPath().path
    if folder == root || folder.hasPrefix(root + "/") {
      let relative = try project.exportDestination(out, from: context.environment.currentFolder)
      return project.absolute(relative)
    }
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder),
      isFolder.boolValue
    else {
      let shown = (out as NSString).deletingLastPathComponent
      throw Diagnostic(
        .error, .exporting(.outputFolderMissing(folder: shown.isEmpty ? "." : shown)))
    }
    if FileManager.default.fileExists(atPath: absolute, isDirectory: &isFolder),
      isFolder.boolValue
    {
      throw Diagnostic(.error, .exporting(.outputIsFolder(path: out)))
    }
    return absolute
  }
}
