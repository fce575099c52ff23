// The libFuzzer entry point for the ZIP reader (`.docx` archives): `.ci/fuzz zip`.
// Seeds: Tests/Fixtures/Zip/*.zip Tests/Fixtures/Import/*.docx Exports/tables/*.docx

/// Called by libFuzzer with each input; see `ParserTargets` for what is checked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzZip(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzEntry.run("zip", data, size)
}
