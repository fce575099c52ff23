import Foundation
import ThemaCore

extension Project {
  /// Checks a user's `--out` path and returns it relative to the project root.
  ///
  /// The file must be inside the study's folder (after following symbolic links), not among
  /// its inputs (`Codebooks/`, `Transcripts/`, `.thema/`), in a folder that exists, and not
  /// itself a folder. Nothing is created.
  ///
  /// - Parameter currentFolder: the folder relative paths start from.
  public func exportDestination(_ path: String, from currentFolder: String) throws(Diagnostic)
    -> String
  {
    func failure(_ problem: ExportProblem) -> Diagnostic {
      Diagnostic(.error, .exporting(problem))
    }
    let manager = FileManager.default
    let joined = path.hasPrefix("/") ? path : currentFolder + "/" + path
    let absolutePath = Self.standardized(joined)
    let name = (absolutePath as NSString).lastPathComponent
    guard !path.hasSuffix("/"), !name.isEmpty, name != ".", name != ".." else {
      throw failure(.outputIsFolder(path: path))
    }
    let root = Self.resolvingLinks(self.root)
    let folder = (absolutePath as NSString).deletingLastPathComponent
    guard
      Self.isInside(Self.standardized(folder), root: Self.standardized(self.root))
        || Self.isInside(folder, root: root)
    else { throw failure(.outputOutsideProject(path: path)) }
    var isDirectory: ObjCBool = false
    guard manager.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue
    else {
      let shown = (path as NSString).deletingLastPathComponent
      throw failure(.outputFolderMissing(folder: shown.isEmpty ? "." : shown))
    }
    let resolvedFolder = Self.resolvingLinks(folder)
    guard Self.isInside(resolvedFolder, root: root) else {
      throw failure(.outputOutsideProject(path: path))
    }
    let relative =
      resolvedFolder == root ? name : String(resolvedFolder.dropFirst(root.count + 1)) + "/" + name
    let top = String(relative.split(separator: "/").first ?? "")
    if [Self.codebooksFolder, Self.transcriptsFolder, ".thema"].contains(top) {
      throw failure(.outputAmongInputs(path: path, folder: top))
    }
    if manager.fileExists(atPath: absolute(relative), isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      throw failure(.outputIsFolder(path: path))
    }
    return relative
  }

  /// Writes an export atomically to a project-relative path, only when its content changed.
  ///
  /// - Returns: whether the file was written.
  @discardableResult
  public func writeExport(_ bytes: [UInt8], to relative: String) throws(Diagnostic) -> Bool {
    try AtomicFile.write(Data(bytes), to: absolute(relative), display: display(relative))
  }

  /// Creates a project-relative folder (and those above it) for exports, when missing.
  public func createExportFolder(_ relative: String) throws(Diagnostic) {
    do {
      try AtomicFile.createFolder(absolute(relative))
    } catch {
      throw Diagnostic(
        .error, .cannotWrite(reason: "cannot create the folder: \(error.localizedDescription)"),
        at: SourceLocation(file: display(relative)))
    }
  }

  /// The bytes of a project file, or nil when it does not exist.
  public func existingBytes(_ relative: String) -> [UInt8]? {
    FileManager.default.contents(atPath: absolute(relative)).map { [UInt8]($0) }
  }

  private static func isInside(_ path: String, root: String) -> Bool {
    path == root || path.hasPrefix(root + "/")
  }

  private static func resolvingLinks(_ path: String) -> String {
    let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    return resolved.count > 1 && resolved.hasSuffix("/") ? String(resolved.dropLast()) : resolved
  }
}
