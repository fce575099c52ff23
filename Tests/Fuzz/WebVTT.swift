// The libFuzzer entry point for the WebVTT reader (Zoom and Teams captions): `.ci/fuzz vtt`.
// Seeds: Tests/Fixtures/Import/*.vtt Transcripts/*/original.vtt

/// Called by libFuzzer with each input; see `ParserTargets` for what is checked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWebVTT(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzEntry.run("vtt", data, size)
}
