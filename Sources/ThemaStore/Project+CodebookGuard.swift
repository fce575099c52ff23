import Foundation
import ThemaCore

/// Keeps codings from landing under a code name a revision has just retired.
///
/// A command that codes or resolves reads the codebook, resolves code references against it,
/// then writes. A codebook revision (rename, move, merge, split) that commits in between would
/// leave the write naming the old path: a coding of a code the codebook no longer has, and a
/// study `thema check` refuses. So revisions hold the codebook's lock while they run, and a
/// writer takes the same lock around its write and first checks that the codebook is still the
/// one it read (`codebookGuard`).
extension Project {
  /// Takes the lock on `codebook`'s file, waiting up to `timeout` seconds, and checks that the
  /// file still holds `codebook`; throws when a revision changed it since it was read.
  public func codebookGuard(_ codebook: Codebook, purpose: String, timeout: Double = 10)
    throws(Diagnostic) -> FileLock
  {
    let path = codebookPath(codebook.name)
    let lock = try lockFile(path, purpose: purpose, timeout: timeout)
    let text = try readText(path)
    let current = Codebook.parse(markdown: text, name: codebook.name, file: display(path)).value
    guard current == codebook else {
      throw Diagnostic(
        .error, .codebookChangedMeanwhile(codebook: codebook.name),
        at: SourceLocation(file: display(path)))
    }
    return lock
  }
}
