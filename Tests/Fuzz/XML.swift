// The libFuzzer entry point for the safe XML reader under REFI-QDA exchange (`XMLTree.parse`):
// `.ci/fuzz xml`.
// Seeds: Tests/Fixtures/Fuzz/Seeds/xml/* Tests/Fixtures/Fuzz/Seeds/docx-xml/*

/// Called by libFuzzer with each input; see `ParserTargets` for what is checked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzEntry.run("xml", data, size)
}
