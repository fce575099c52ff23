// The libFuzzer entry point for the CSV reader and the tables read from CSV (import attributes, speaker map): `.ci/fuzz csv`.
// Seeds: Transcripts/attributes.csv Exports/tables/*.csv Tests/Fixtures/Fuzz/Seeds/csv/*

/// Called by libFuzzer with each input; see `ParserTargets` for what is checked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzEntry.run("csv", data, size)
}
