import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a command may know of the world it runs in: environment variables, the current folder
/// and which streams are terminals. Tests make their own.
public struct CommandEnvironment: Sendable {
  /// Environment variables.
  public var variables: [String: String]
  /// The folder the command was started in.
  public var currentFolder: String
  /// Whether standard input is a terminal.
  public var stdinIsTerminal: Bool
  /// Whether standard output is a terminal.
  public var stdoutIsTerminal: Bool
  /// Whether standard error is a terminal.
  public var stderrIsTerminal: Bool

  /// Creates an environment.
  public init(
    variables: [String: String] = [:], currentFolder: String,
    stdinIsTerminal: Bool = false, stdoutIsTerminal: Bool = false, stderrIsTerminal: Bool = false
  ) {
    self.variables = variables
    self.currentFolder = currentFolder
    self.stdinIsTerminal = stdinIsTerminal
    self.stdoutIsTerminal = stdoutIsTerminal
    self.stderrIsTerminal = stderrIsTerminal
  }

  /// The environment of this process.
  public static func current() -> CommandEnvironment {
    CommandEnvironment(
      variables: ProcessInfo.processInfo.environment,
      currentFolder: FileManager.default.currentDirectoryPath,
      stdinIsTerminal: isatty(0) == 1, stdoutIsTerminal: isatty(1) == 1,
      stderrIsTerminal: isatty(2) == 1)
  }

  /// Whether colour is wanted at all: not with `NO_COLOR` set (to anything) or `TERM=dumb`.
  public var allowsColor: Bool {
    variables["NO_COLOR"] == nil && variables["TERM"] != "dumb"
  }
}
