// The libFuzzer entry point for the REFI-QDA project archive reader (`.qdpx`, a ZIP of the
// project XML and its source texts): `.ci/fuzz qdpx`.
// Seeds: Tests/Fixtures/Refi/*.qdpx

/// Called by libFuzzer with each input; see `ParserTargets` for what is checked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQDPX(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzEntry.run("qdpx", data, size)
}
