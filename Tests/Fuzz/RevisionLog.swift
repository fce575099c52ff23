// The libFuzzer entry point for the codebook revision log parser (`Codebooks/<name>.changes`): `.ci/fuzz revision-log`.
// Seeds: Tests/Fixtures/Fuzz/Seeds/revision-log/*

/// Called by libFuzzer with each input; see `ParserTargets` for what is checked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRevisionLog(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzEntry.run("revision-log", data, size)
}
