// The libFuzzer entry point for the decision log parser (`decisions.jsonl`): `.ci/fuzz decisions`.
// Seeds: Transcripts/*/decisions.jsonl

/// Called by libFuzzer with each input; see `ParserTargets` for what is checked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecisions(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzEntry.run("decisions", data, size)
}
