/// A `.qdpx` archive opened in memory: its one project file (`*.qde`) and the source files
/// beside it. Nothing is ever unpacked to disk.
///
/// ## Format
/// A ZIP archive holding one `.qde` file (usually `project.qde`; any name, any case) and a
/// `sources/` (or `Sources/`) folder of files named by GUID, which the project refers to as
/// `internal://GUID.txt`, `relative://GUID.txt` or a bare name.
///
/// Safety: entry names come from another tool, so an archive with an entry that climbs out of
/// its folder (`../`), an absolute path, or a symbolic link is refused as a whole; the ZIP
/// reader's limits refuse zip bombs; source paths are looked up among the archive's entries
/// only, never on disk.
struct RefiProjectArchive: Sendable {
  /// The project file's name inside the archive, e.g. `project.qde`.
  let projectEntry: String
  /// The project file's bytes.
  let project: [UInt8]
  private let reader: ZipReader
  private let folder: String

  /// Opens `bytes` within `limits`.
  init(_ bytes: [UInt8], limits: ZipLimits) throws(RefiProjectProblem) {
    do {
      reader = try ZipReader(bytes, limits: limits)
    } catch {
      throw .zip(error)
    }
    for entry in reader.entries {
      if let reason = Self.unsafe(entry) { throw .unsafeEntryName(entry.name, reason) }
    }
    let projects = reader.entries.filter {
      !$0.name.hasSuffix("/") && $0.name.lowercased().hasSuffix(".qde")
    }
    guard let entry = projects.first else {
      throw .noProjectFile(entries: reader.entries.count)
    }
    guard projects.count == 1 else { throw .severalProjectFiles(projects.map(\.name)) }
    projectEntry = entry.name
    let parts = entry.name.split(separator: "/")
    folder = parts.dropLast().map { $0 + "/" }.joined()
    do {
      project = try reader.contents(of: entry)
    } catch {
      throw .zip(error)
    }
  }

  /// The bytes of the source file `path` refers to (`internal://NAME`, `relative://NAME`, or a
  /// bare `NAME`), looked up in the archive's `sources/` folder (any case) and then anywhere in
  /// it by file name; nil when the archive does not hold it or the path points outside it
  /// (`absolute://`, `file://`, `..`).
  func source(at path: String) throws(RefiProjectProblem) -> [UInt8]? {
    var name = path.trimmed()[...]
    for scheme in ["internal://", "relative://"] where name.lowercased().hasPrefix(scheme) {
      name = name.dropFirst(scheme.count)
    }
    while name.hasPrefix("/") { name = name.dropFirst() }
    guard !name.isEmpty, !name.contains("://"),
      !name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..")
    else { return nil }
    let wanted = name.lowercased()
    let base = wanted.split(separator: "/").last.map(String.init) ?? wanted
    let candidates = [
      folder.lowercased() + "sources/" + wanted, "sources/" + wanted, folder.lowercased() + wanted,
    ]
    let entry =
      candidates.lazy.compactMap { candidate in
        reader.entries.first { $0.name.lowercased() == candidate }
      }.first
      ?? reader.entries.first {
        !$0.name.hasSuffix("/")
          && $0.name.lowercased().split(separator: "/").last.map(String.init)
            == base
      }
    guard let entry else { return nil }
    do {
      return try reader.contents(of: entry)
    } catch {
      throw .zip(error)
    }
  }

  /// Why an entry's name is unsafe, or nil.
  static func unsafe(_ entry: ZipReader.Entry) -> RefiProjectProblem.UnsafeName? {
    if entry.isSymbolicLink { return .symbolicLink }
    let name = entry.name
    if name.hasPrefix("/") || name.hasPrefix("\\") { return .absolute }
    let scalars = Array(name.unicodeScalars.prefix(2))
    if scalars.count == 2, scalars[1] == ":", scalars[0].properties.isAlphabetic {
      return .absolute
    }
    if name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).contains("..") {
      return .parentFolder
    }
    return nil
  }
}
