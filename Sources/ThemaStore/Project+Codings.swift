import Foundation
import ThemaCore

/// One coder's codings file as read from disk, with the bytes it had, so a later save can tell
/// whether someone else changed the file in between.
public struct StoredSheet: Sendable {
  /// The codings read (an empty sheet when the file did not exist yet).
  public var sheet: CodingSheet
  /// The file's bytes when read; nil when it did not exist.
  public var contents: Data?
}

extension Project {
  /// Reads `coder`'s codings of `transcript` and checks them against it and `codebook`.
  ///
  /// A missing file is an empty sheet. Throws every problem found.
  public func readSheet(
    of coder: Coder, for transcript: Transcript, codebook: CodebookIndex
  ) throws(DiagnosticList) -> StoredSheet {
    let path = codingsPath(transcript.id, coder)
    guard let data = FileManager.default.contents(atPath: absolute(path)) else {
      return StoredSheet(sheet: CodingSheet(transcript: transcript.id, coder: coder), contents: nil)
    }
    let text: String
    do {
      text = try TextDecoding.strictUTF8(data)
    } catch {
      throw DiagnosticList(Diagnostic(.error, error, at: SourceLocation(file: display(path))))
    }
    let (sheet, problems) = checkedSheet(
      text, path: path, coder: coder, transcript: transcript, index: codebook)
    guard !problems.hasErrors else { throw DiagnosticList(problems) }
    return StoredSheet(sheet: sheet, contents: data)
  }

  /// Writes `sheet` to its codings file atomically (only when its content changed), creating
  /// the `codings/` folder when needed.
  ///
  /// - Parameter expected: the bytes the caller last read; when given and the file now holds
  ///   something else, nothing is written and `.changedOnDisk` is thrown.
  /// - Returns: the bytes now in the file.
  @discardableResult
  public func writeSheet(_ sheet: CodingSheet, expected: Data?? = nil) throws(SheetWriteError)
    -> Data
  {
    let path = codingsPath(sheet.transcript, sheet.coder)
    if let expected {
      let current = FileManager.default.contents(atPath: absolute(path))
      if current != expected { throw .changedOnDisk(file: display(path)) }
    }
    do {
      try AtomicFile.createFolder(absolute(codingsFolder(sheet.transcript)))
    } catch {
      throw .diagnostic(
        Diagnostic(
          .error,
          .cannotWrite(reason: "cannot create the codings folder: \(error.localizedDescription)"),
          at: SourceLocation(file: display(codingsFolder(sheet.transcript)))))
    }
    let data = Data(sheet.tsv().utf8)
    do {
      try AtomicFile.write(data, to: absolute(path), display: display(path))
    } catch {
      throw .diagnostic(error)
    }
    return data
  }

  /// Takes the lock on any project file, e.g. a consensus file.
  public func lockFile(_ relative: String, purpose: String, timeout: Double = 0) throws(Diagnostic)
    -> FileLock
  {
    try FileLock.acquire(
      absolute(relative), purpose: purpose, display: display(relative), timeout: timeout)
  }

  /// Takes the lock on `coder`'s codings file of `transcript`.
  public func lockSheet(
    of coder: Coder, for transcript: TranscriptID, purpose: String, timeout: Double = 0
  ) throws(Diagnostic) -> FileLock {
    let path = codingsPath(transcript, coder)
    do {
      try AtomicFile.createFolder(absolute(codingsFolder(transcript)))
    } catch {
      throw Diagnostic(
        .error,
        .cannotWrite(reason: "cannot create the codings folder: \(error.localizedDescription)"),
        at: SourceLocation(file: display(codingsFolder(transcript))))
    }
    return try FileLock.acquire(
      absolute(path), purpose: purpose, display: display(path), timeout: timeout)
  }
}

/// Why a codings file was not written.
public enum SheetWriteError: Error, Sendable {
  /// Someone else changed the file since it was read; it was left as they wrote it.
  case changedOnDisk(file: String)
  /// The file could not be written; the old content is intact.
  case diagnostic(Diagnostic)
}
