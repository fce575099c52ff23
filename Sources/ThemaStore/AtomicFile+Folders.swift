import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension AtomicFile {
  /// Creates the folder at `path` and any missing folders above it, each with mode 0755 less
  /// the user's umask: a umask of 077 keeps them private, and even a umask of 000 never makes
  /// a folder of the study writable by others (Foundation's `createDirectory` asks for 0777).
  public static func createFolder(_ path: String) throws {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
      return
    }
    let parent = (path as NSString).deletingLastPathComponent
    if !parent.isEmpty && parent != path { try createFolder(parent) }
    if mkdir(path, 0o755) != 0 && errno != EEXIST {
      throw FolderCreationError(path: path, reason: lastErrorText())
    }
  }
}

/// A folder could not be created.
public struct FolderCreationError: Error, LocalizedError {
  /// The folder.
  public var path: String
  /// Why, as the system says it.
  public var reason: String

  /// What went wrong, for a diagnostic.
  public var errorDescription: String? { "cannot create \(path): \(reason)" }
}
