// The libFuzzer entry point for the transcript parser (`Transcripts/<ID>/transcript.txt`): `.ci/fuzz transcript`.
// Seeds: Transcripts/*/transcript.txt

/// Called by libFuzzer with each input; see `ParserTargets` for what is checked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTranscript(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzEntry.run("transcript", data, size)
}
