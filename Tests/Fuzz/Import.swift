// The libFuzzer entry point for the whole import, bytes to transcript (decoding, format detection, every reader, segmenting, redaction): `.ci/fuzz import`.
// Seeds: Tests/Fixtures/Import/* Transcripts/*/original.*

/// Called by libFuzzer with each input; see `ParserTargets` for what is checked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImport(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzEntry.run("import", data, size)
}
