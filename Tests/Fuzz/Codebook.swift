// The libFuzzer entry point for the codebook parser (`Codebooks/*.md`): `.ci/fuzz codebook`.
// Seeds: Codebooks/*.md

/// Called by libFuzzer with each input; see `ParserTargets` for what is checked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCodebook(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzEntry.run("codebook", data, size)
}
