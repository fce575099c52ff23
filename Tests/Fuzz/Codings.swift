// The libFuzzer entry point for the codings parser (`codings/<coder>.tsv`, `consensus.tsv`): `.ci/fuzz codings`.
// Seeds: Transcripts/*/codings/*.tsv Transcripts/*/consensus.tsv

/// Called by libFuzzer with each input; see `ParserTargets` for what is checked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCodings(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzEntry.run("codings", data, size)
}
