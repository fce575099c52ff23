import Foundation
import ThemaCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes files so that a reader, a crash or `kill -9` at any moment sees either the old
/// content or the new, never a mix.
///
/// ## Protocol
/// 1. Create a temporary file `.NAME.tmp-PID-RANDOM` in the target's own folder (a rename is
///    atomic only within one file system), exclusively (`O_EXCL`), with the target's
///    permissions when it exists (less write permission for others), else `0644` less the
///    user's umask.
/// 2. Write the whole content and `fsync` the temporary: its bytes are on disk.
/// 3. `rename` it over the target: readers see the old file or the new one, never a mix.
/// 4. `fsync` the folder: the rename itself is on disk, so a power cut cannot bring the old
///    file back after the write was reported done.
///
/// A process killed before step 3 leaves a temporary that no reader looks at; the next write
/// of the same file removes temporaries whose process is gone. Changes to several files at
/// once go through `Project.commit(_:)`, which adds a journal on top of this protocol.
public enum AtomicFile {
  /// Writes `data` to `path` atomically, only when the file's content differs.
  ///
  /// - Parameter display: the path to name in diagnostics.
  /// - Returns: whether the file was written.
  @discardableResult
  public static func write(_ data: Data, to path: String, display: String? = nil)
    throws(Diagnostic) -> Bool
  {
    if let existing = FileManager.default.contents(atPath: path), existing == data { return false }
    try replace(path, with: data, display: display ?? path)
    return true
  }

  /// Writes `text` as UTF-8; see `write(_:to:display:)`.
  @discardableResult
  public static func write(_ text: String, to path: String, display: String? = nil)
    throws(Diagnostic) -> Bool
  {
    try write(Data(text.utf8), to: path, display: display)
  }

  private static func replace(_ path: String, with data: Data, display: String) throws(Diagnostic) {
    let folder = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    removeStaleTemporaries(of: name, in: folder.isEmpty ? "." : folder)
    let temporary =
      (folder.isEmpty ? "" : folder + "/")
      + ".\(name).tmp-\(currentProcessID())-\(UInt32.random(in: 0...UInt32.max))"
    func failure(_ what: String) -> Diagnostic {
      Diagnostic(
        .error, .cannotWrite(reason: "\(what): \(lastErrorText())"),
        at: SourceLocation(file: display))
    }
    let fd = createTemporary(temporary, replacing: path)
    guard fd >= 0 else { throw failure("cannot create a temporary file") }
    var ok = true
    data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count, ok {
        let written = systemWrite(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          ok = false
        } else {
          offset += written
        }
      }
    }
    if !ok {
      let error = failure("cannot write")
      close(fd)
      unlink(temporary)
      throw error
    }
    if retryingOnInterrupt({ fsync(fd) }) != 0 {
      let error = failure("cannot flush to disk")
      close(fd)
      unlink(temporary)
      throw error
    }
    close(fd)
    if rename(temporary, path) != 0 {
      let error = failure("cannot replace the file")
      unlink(temporary)
      throw error
    }
    let folderFD = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if folderFD >= 0 {
      _ = fsync(folderFD)
      close(folderFD)
    }
  }

  /// Creates `temporary` for writing, exclusively, with the permissions `target` has (less
  /// write permission for others and the set-ID bits) or, for a new file, `0644` less the
  /// umask. Returns the descriptor, or -1 with `errno` set.
  static func createTemporary(_ temporary: String, replacing target: String) -> Int32 {
    let fd = retryingOnInterrupt { open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644) }
    var info = stat()
    if fd >= 0, stat(target, &info) == 0 {
      _ = fchmod(fd, info.st_mode & 0o775)
    }
    return fd
  }

  /// Removes temporary files of `name` left by processes that no longer run (a `kill -9`
  /// between creating and renaming one).
  static func removeStaleTemporaries(of name: String, in folder: String) {
    let prefix = ".\(name).tmp-"
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
    for entry in entries where entry.hasPrefix(prefix) {
      let pidText = entry.dropFirst(prefix.count).prefix { $0 != "-" }
      if let pid = Int32(pidText), pid != currentProcessID(), !processExists(pid) {
        unlink(folder + "/" + entry)
      }
    }
  }
}
