// The libFuzzer entry point for the SubRip (`.srt`) reader: `.ci/fuzz srt`.
// Seeds: Tests/Fixtures/Import/*.srt Tests/Fixtures/Fuzz/Seeds/srt/*

/// Called by libFuzzer with each input; see `ParserTargets` for what is checked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSubRip(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzEntry.run("srt", data, size)
}
