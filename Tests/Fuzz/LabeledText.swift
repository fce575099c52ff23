// The libFuzzer entry point for the labeled text reader (plain text, Otter, Rev, Zoom's saved text): `.ci/fuzz text`.
// Seeds: Tests/Fixtures/Import/*.txt Transcripts/*/original.txt

/// Called by libFuzzer with each input; see `ParserTargets` for what is checked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLabeledText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzEntry.run("text", data, size)
}
