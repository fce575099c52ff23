/// What every libFuzzer entry point does: runs the named target of `ParserTargets` and turns a
/// broken law into a crash, which libFuzzer records as a finding.
enum FuzzEntry {
  /// Runs the target `name` on the input libFuzzer passes; always returns 0 (keep the input).
  static func run(_ name: String, _ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let target = ParserTargets.named(name) else { fatalError("no fuzz target '\(name)'") }
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if let violation = target.check(bytes).first { fatalError(violation) }
    return 0
  }
}
