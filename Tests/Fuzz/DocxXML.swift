// The libFuzzer entry point for the Word document XML reader (`word/document.xml`): `.ci/fuzz docx-xml`.
// Seeds: Tests/Fixtures/Fuzz/Seeds/docx-xml/*

/// Called by libFuzzer with each input; see `ParserTargets` for what is checked.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDocxXML(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzEntry.run("docx-xml", data, size)
}
