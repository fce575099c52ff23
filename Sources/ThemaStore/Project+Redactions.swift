import Foundation
import ThemaCore

extension Project {
  /// `.thema/redactions.txt`: the study's names to redact (see `RedactionList`); it holds real
  /// names, so `.thema/` stays out of git.
  public static let redactionListPath = ".thema/redactions.txt"

  /// The study's redaction list; empty when the file does not exist.
  public func readRedactionList() throws(DiagnosticList) -> RedactionList {
    let path = Self.redactionListPath
    guard FileManager.default.fileExists(atPath: absolute(path)) else { return RedactionList() }
    let text: String
    do {
      text = try readText(path)
    } catch {
      throw DiagnosticList(error)
    }
    return try RedactionList.parse(text, file: display(path)).get()
  }

  /// Adds `entries` whose names the study's list does not have yet, writing the list atomically
  /// (creating `.thema/`). Returns how many names were added.
  @discardableResult
  public func mergeIntoRedactionList(_ entries: [RedactionList.Entry]) throws(DiagnosticList)
    -> Int
  {
    var list = try readRedactionList()
    let before = list.entries.count
    list.merge(entries)
    let added = list.entries.count - before
    guard added > 0 else { return 0 }
    let path = Self.redactionListPath
    do {
      try AtomicFile.createFolder(absolute(".thema"))
    } catch {
      throw DiagnosticList(
        Diagnostic(
          .error, .cannotWrite(reason: "cannot create .thema/: \(error.localizedDescription)"),
          at: SourceLocation(file: display(path))))
    }
    do {
      try AtomicFile.write(list.text(), to: absolute(path), display: display(path))
    } catch {
      throw DiagnosticList(error)
    }
    return added
  }
}
