/// The code sets of a codebook: those declared with `Set:` lines and those codes name without
/// a declaration.
extension Codebook {
  /// Every set: the declared ones in order, then sets codes name without a declaration, in the
  /// order codes first name them.
  public var allSets: [CodeSet] {
    var result = sets
    var known = Set(sets.map(\.name))
    for entry in flattened() {
      for name in entry.code.sets where known.insert(name).inserted {
        result.append(CodeSet(name: name))
      }
    }
    return result
  }

  /// The paths of the codes in the set `name`, in codebook order.
  public func members(ofSet name: String) -> [CodePath] {
    flattened().filter { $0.code.sets.contains(name) }.map(\.path)
  }
}
