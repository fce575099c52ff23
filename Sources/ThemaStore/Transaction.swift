import Foundation
import ThemaCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file a transaction will write: its project-relative path and new content.
public struct PendingWrite: Hashable, Sendable {
  /// The project-relative path, e.g. `Transcripts/PM-01/codings/alice.tsv`.
  public var path: String
  /// The new content.
  public var data: Data

  /// Creates a pending write.
  public init(path: String, data: Data) {
    self.path = path
    self.data = data
  }
}

/// Writes several files as one step that completes or changes nothing, for changes that span
/// files, such as a codebook revision that migrates every coder's codings.
///
/// ## Protocol
/// 1. Take the transaction lock (`.thema/.transaction.lock`, an `flock` the system releases
///    when the holder dies): there is one journal, so writers take turns, and no process
///    finishes a journal whose writer is still at work.
/// 2. Write each new content to a temporary file beside its target (same folder, so the rename
///    below cannot cross file systems), with the target's permissions, and `fsync` it; then
///    `fsync` each of those folders, so the temporaries' names are on disk too.
/// 3. Write the journal, every (temporary, target) pair, atomically to `.thema/transaction`
///    (see `AtomicFile`): this is the commit point.
/// 4. Rename each temporary over its target, `fsync` the folders, remove the journal, `fsync`
///    `.thema/`, and let go of the lock.
///
/// A crash before step 3 leaves only temporaries (ignored by every reader, removed later):
/// nothing changed. A crash after it is finished by `recoverInterruptedTransaction()`, which
/// every command runs before reading the study: under the lock, it renames the temporaries
/// still there (a rename already done left none) and removes the journal.
extension Project {
  /// `.thema/transaction`
  public static let journalPath = ".thema/transaction"
  static let journalHeader = "thema transaction 1"
  /// How long a writer waits for another's transaction to end; they take milliseconds.
  static let transactionLockTimeout = 30.0

  /// Writes every file of `writes` whose content differs, all or nothing.
  /// - Returns: the paths written.
  @discardableResult
  public func commit(_ writes: [PendingWrite]) throws(Diagnostic) -> [String] {
    let lock = try lockTransactions(purpose: "writing a change to several files")
    let written = try commitLocked(writes)
    _ = consume lock
    return written
  }

  /// The body of `commit(_:)`; the caller holds the transaction lock.
  private func commitLocked(_ writes: [PendingWrite]) throws(Diagnostic) -> [String] {
    _ = try finishJournal()
    var pairs: [(temporary: String, target: String)] = []
    func abandon() {
      for pair in pairs { unlink(absolute(pair.temporary)) }
    }
    for write in writes {
      if FileManager.default.contents(atPath: absolute(write.path)) == write.data { continue }
      let folder = (write.path as NSString).deletingLastPathComponent
      let name = (write.path as NSString).lastPathComponent
      let temporary =
        (folder.isEmpty ? "" : folder + "/")
        + ".\(name).tmp-\(currentProcessID())-\(UInt32.random(in: 0...UInt32.max))"
      do {
        try AtomicFile.createFolder(absolute(folder))
        try Self.writeFlushed(write.data, to: absolute(temporary), replacing: absolute(write.path))
      } catch {
        abandon()
        throw Diagnostic(
          .error, .cannotWrite(reason: "\(error.localizedDescription); nothing was changed"),
          at: SourceLocation(file: display(write.path)))
      }
      pairs.append((temporary, write.path))
    }
    guard !pairs.isEmpty else { return [] }
    for folder in Set(pairs.map { (absolute($0.temporary) as NSString).deletingLastPathComponent })
    {
      Self.flushFolder(folder)
    }
    let journal =
      Self.journalHeader + "\n" + pairs.map { "\($0.temporary)\t\($0.target)\n" }.joined() + "end\n"
    do {
      try AtomicFile.createFolder(absolute(".thema"))
      try AtomicFile.write(
        journal, to: absolute(Self.journalPath), display: display(Self.journalPath))
    } catch {
      abandon()
      throw Diagnostic(
        .error, .cannotWrite(reason: "cannot write the transaction journal; nothing was changed"),
        at: SourceLocation(file: display(Self.journalPath)))
    }
    _ = try finishJournal()
    return pairs.map(\.target)
  }

  /// Finishes a transaction a crash interrupted after its commit point: renames every
  /// temporary that is still there over its target, then removes the journal. Waits while
  /// another process is in the middle of a transaction, whose journal is not a crashed one.
  /// - Returns: how many files it finished; 0 when there was nothing to do.
  public func recoverInterruptedTransaction() throws(Diagnostic) -> Int {
    guard FileManager.default.fileExists(atPath: absolute(Self.journalPath)) else { return 0 }
    let lock = try lockTransactions(purpose: "finishing an interrupted change")
    let finished = try finishJournal()
    _ = consume lock
    return finished
  }

  /// Takes the lock every transaction and recovery holds.
  private func lockTransactions(purpose: String) throws(Diagnostic) -> FileLock {
    do {
      try AtomicFile.createFolder(absolute(".thema"))
    } catch {
      throw Diagnostic(
        .error,
        .cannotWrite(reason: "cannot create the folder: \(error.localizedDescription)"),
        at: SourceLocation(file: display(".thema")))
    }
    return try FileLock.acquire(
      absolute(Self.journalPath), purpose: purpose, display: display(Self.journalPath),
      timeout: Self.transactionLockTimeout)
  }

  /// Carries out the journal, if there is one; the caller holds the transaction lock.
  private func finishJournal() throws(Diagnostic) -> Int {
    guard let data = FileManager.default.contents(atPath: absolute(Self.journalPath)),
      let text = String(data: data, encoding: .utf8)
    else { return 0 }
    let lines = text.split(separator: "\n").map(String.init)
    guard lines.first == Self.journalHeader, lines.last == "end" else {
      throw Diagnostic(
        .error,
        .cannotRead(reason: "the transaction journal is damaged; restore the study from git"),
        at: SourceLocation(file: display(Self.journalPath)))
    }
    var finished = 0
    var folders: Set<String> = []
    for line in lines.dropFirst().dropLast() {
      let parts = line.split(separator: "\t").map(String.init)
      guard parts.count == 2 else { continue }
      let temporary = absolute(parts[0])
      guard FileManager.default.fileExists(atPath: temporary) else { continue }
      guard rename(temporary, absolute(parts[1])) == 0 else {
        throw Diagnostic(
          .error, .cannotWrite(reason: "cannot finish an interrupted change: \(lastErrorText())"),
          at: SourceLocation(file: display(parts[1])))
      }
      folders.insert((absolute(parts[1]) as NSString).deletingLastPathComponent)
      finished += 1
    }
    for folder in folders { Self.flushFolder(folder) }
    unlink(absolute(Self.journalPath))
    Self.flushFolder(absolute(".thema"))
    return finished
  }

  private static func writeFlushed(_ data: Data, to path: String, replacing target: String) throws {
    let fd = AtomicFile.createTemporary(path, replacing: target)
    guard fd >= 0 else { throw TransactionIOError(reason: lastErrorText()) }
    defer { close(fd) }
    let ok = data.withUnsafeBytes { buffer -> Bool in
      var offset = 0
      while offset < buffer.count {
        let written = systemWrite(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return false
        }
        offset += written
      }
      return fsync(fd) == 0
    }
    guard ok else { throw TransactionIOError(reason: lastErrorText()) }
  }

  private static func flushFolder(_ folder: String) {
    let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if fd >= 0 {
      _ = fsync(fd)
      close(fd)
    }
  }
}

private struct TransactionIOError: Error, LocalizedError {
  var reason: String
  var errorDescription: String? { reason }
}
