// The libFuzzer entry point for the redaction list parser (`.thema/redactions.txt`) and the redactor: `.ci/fuzz redactions`.
// Seeds: Tests/Fixtures/Fuzz/Seeds/redactions/*

/// Called by libFuzzer with each input; see `ParserTargets` for what is checked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRedactions(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzEntry.run("redactions", data, size)
}
