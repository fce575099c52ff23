/// The stable identities of codes for exchange with other tools.
extension Codebook {
  /// The GUID other tools know the code at `path` by: its pinned `guid` when it has one, or
  /// else one derived from the codebook's name and the path (`program-managers/T1/1/1a`), which
  /// stays the same as long as the code keeps its place. Revisions that move a code pin its
  /// GUID first, so a code keeps its identity through renames, moves and merges.
  public func guid(at path: CodePath) -> String {
    if let code = code(at: path), !code.guid.isEmpty { return code.guid }
    return Self.derivedGUID(codebook: name, path: path)
  }

  /// The GUID derived for a code without a pinned one.
  public static func derivedGUID(codebook: String, path: CodePath) -> String {
    GUID.derived(from: "\(codebook)/\(path.description)")
  }
}

extension Codebook {
  /// The GUID other tools know the set `name` by: the declared set's pinned `guid`, or one
  /// derived from the codebook's name and the set's (`program-managers/set:Barriers`).
  public func guid(ofSet name: String) -> String {
    if let declared = sets.first(where: { $0.name == name }), !declared.guid.isEmpty {
      return declared.guid
    }
    return GUID.derived(from: "\(self.name)/set:\(name)")
  }
}
