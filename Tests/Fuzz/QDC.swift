// The libFuzzer entry point for the REFI-QDA codebook reader (`.qdc`): `.ci/fuzz qdc`.
// Seeds: Tests/Fixtures/Refi/*.qdc Tests/Fixtures/Refi/Hostile/*.qdc
// Seeds: Tests/Fixtures/Fuzz/Seeds/xml/*

/// Called by libFuzzer with each input; see `ParserTargets` for what is checked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQDC(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzEntry.run("qdc", data, size)
}
