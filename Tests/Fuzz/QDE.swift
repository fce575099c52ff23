// The libFuzzer entry point for the REFI-QDA project reader (`project.qde`, texts inline):
// `.ci/fuzz qde`.
// Seeds: Tests/Fixtures/Refi/*.qde

/// Called by libFuzzer with each input; see `ParserTargets` for what is checked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQDE(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzEntry.run("qde", data, size)
}
