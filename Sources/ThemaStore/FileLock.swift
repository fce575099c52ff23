import Foundation
import ThemaCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// An advisory lock (`flock`) on a file, held until the value goes away, so two Thema
/// processes never write the same coder's codings at once.
///
/// The lock lives in a hidden `.NAME.lock` file beside the locked file, which records who holds
/// it. The system releases it when the holder exits, even after `kill -9`.
public struct FileLock: ~Copyable {
  private let descriptor: Int32

  deinit {
    close(descriptor)
  }

  /// The path of the lock file that guards `path`.
  public static func lockPath(for path: String) -> String {
    let folder = (path as NSString).deletingLastPathComponent
    let name = (path as NSString).lastPathComponent
    return (folder.isEmpty ? "" : folder + "/") + ".\(name).lock"
  }

  /// Takes the lock on `path`, waiting up to `timeout` seconds for another holder to let go.
  ///
  /// - Parameters:
  ///   - purpose: what this process is doing, recorded for the message another process shows.
  ///   - display: the path to name in diagnostics.
  /// - Throws: `.locked` naming the holder, or `.cannotWrite`.
  public static func acquire(
    _ path: String, purpose: String, display: String, timeout: Double = 0
  ) throws(Diagnostic) -> FileLock {
    FileLock(
      descriptor: try lockedDescriptor(path, purpose: purpose, display: display, timeout: timeout))
  }

  /// Opens and locks the lock file of `path`, returning its descriptor.
  static func lockedDescriptor(
    _ path: String, purpose: String, display: String, timeout: Double
  ) throws(Diagnostic) -> Int32 {
    let lockFile = lockPath(for: path)
    let fd = retryingOnInterrupt { open(lockFile, O_RDWR | O_CREAT | O_CLOEXEC, 0o644) }
    guard fd >= 0 else {
      throw Diagnostic(
        .error, .cannotWrite(reason: "cannot create the lock file: \(lastErrorText())"),
        at: SourceLocation(file: display))
    }
    let deadline = Date().addingTimeInterval(timeout)
    while flock(fd, LOCK_EX | LOCK_NB) != 0 {
      guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
        let holder =
          (try? String(contentsOfFile: lockFile, encoding: .utf8))?.trimmingCharacters(
            in: .whitespacesAndNewlines) ?? ""
        close(fd)
        throw Diagnostic(
          .error, .locked(file: display, holder: holder.isEmpty ? "unknown process" : holder),
          at: SourceLocation(file: display))
      }
      usleep(20_000)
    }
    let host = localMachineName()
    let note = "\(purpose), process \(currentProcessID()) on \(host)\n"
    _ = ftruncate(fd, 0)
    _ = note.withCString { pwrite(fd, $0, strlen($0), 0) }
    return fd
  }
}

/// Several locks taken together and released together, for changes that span files (a
/// codebook revision locks every codings file it migrates). Taking them is all or nothing.
public struct FileLockSet: ~Copyable {
  private let descriptors: [Int32]

  /// Takes the lock on every path in `paths` (absolute path and display path), or none.
  public init(_ paths: [(path: String, display: String)], purpose: String) throws(Diagnostic) {
    var taken: [Int32] = []
    for entry in paths {
      do {
        taken.append(
          try FileLock.lockedDescriptor(
            entry.path, purpose: purpose, display: entry.display, timeout: 0))
      } catch {
        for fd in taken { close(fd) }
        throw error
      }
    }
    descriptors = taken
  }

  deinit {
    for fd in descriptors { close(fd) }
  }
}
