// The libFuzzer entry point for the DEFLATE decoder: `.ci/fuzz inflate`.
// Seeds: Tests/Fixtures/Deflate/*.deflate

/// Called by libFuzzer with each input; see `ParserTargets` for what is checked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInflate(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzEntry.run("inflate", data, size)
}
