import ThemaCore
import ThemaStore

/// Everything a running command works with: its parsed arguments, output streams, styles and
/// the environment, plus helpers to find and load the study.
public struct CommandContext {
  /// The command line, parsed.
  public let arguments: ParsedArguments
  /// Results go here.
  public var out: OutputStream
  /// Diagnostics and progress go here.
  public var err: OutputStream
  /// The world the command runs in.
  public let environment: CommandEnvironment
  /// Styling for `out`.
  public let outStyle: TextStyle
  /// Styling for `err`.
  public let errStyle: TextStyle
  private var showsProgress = false

  /// Creates a context.
  public init(
    arguments: ParsedArguments, out: OutputStream, err: OutputStream,
    environment: CommandEnvironment
  ) {
    self.arguments = arguments
    self.out = out
    self.err = err
    self.environment = environment
    let color = environment.allowsColor && !arguments.flag("--no-color")
    self.outStyle = TextStyle(isEnabled: color && environment.stdoutIsTerminal)
    self.errStyle = TextStyle(isEnabled: color && environment.stderrIsTerminal)
  }

  /// The study's folder: `--project`, or the nearest one above the current folder.
  public func project() throws(Diagnostic) -> Project {
    try Project.locate(from: environment.currentFolder, override: arguments.value("--project"))
  }

  /// The study's folder, after finishing any change a crash interrupted (see
  /// `Project.recoverInterruptedTransaction`), with a note when there was one.
  public mutating func openProject() throws -> Project {
    let project = try project()
    let finished = try project.recoverInterruptedTransaction()
    if finished > 0 {
      warn([
        Diagnostic(
          .note, .interruptedChangeFinished(files: finished),
          at: SourceLocation(file: project.display(Project.journalPath)))
      ])
    }
    return project
  }

  /// Loads the whole study. Warnings are printed; when any file has errors, every problem is
  /// thrown so that nothing is computed from, or written over, a broken study.
  public mutating func loadStudy() throws -> (Project, Study) {
    let project = try openProject()
    progress("Reading the study…")
    let loaded = project.load()
    endProgress()
    if loaded.diagnostics.hasErrors {
      throw StudyHasErrors(diagnostics: loaded.diagnostics)
    }
    warn(loaded.diagnostics)
    return (project, loaded.study)
  }

  /// Prints diagnostics to standard error.
  public mutating func warn(_ diagnostics: [Diagnostic]) {
    DiagnosticPrinter.print(diagnostics, to: &err, style: errStyle)
  }

  /// Shows `text` as a progress line on standard error, when it is a terminal.
  public mutating func progress(_ text: String) {
    guard environment.stderrIsTerminal else { return }
    err.write("\r\u{1B}[K" + text)
    showsProgress = true
  }

  /// Clears the progress line.
  public mutating func endProgress() {
    guard showsProgress else { return }
    err.write("\r\u{1B}[K")
    showsProgress = false
  }
}

/// The study could not be loaded cleanly; the CLI prints every problem and a hint to run
/// `thema check`.
public struct StudyHasErrors: Error, Sendable {
  /// Every problem found while loading, warnings included.
  public var diagnostics: [Diagnostic]
}

/// A subcommand: its spec and what it does.
public protocol Command: Sendable {
  /// Its name, options and help.
  static var spec: CommandSpec { get }
  /// Runs it and returns the exit status (0 on success). Errors thrown are printed by the CLI:
  /// `UsageError` exits 64; diagnostics and other failures exit 1.
  static func run(_ context: inout CommandContext) throws -> Int32
}
