import FuzzSupport
import SOPRuntime

/// Fuzzes `open FILE.pdf` and `save`: any bytes as a PDF, read by MuPDF (through the C shim
/// that catches its errors) and the importer, checked, saved as YAML and opened again
/// (`OpenCheckSave`). A damaged, truncated or hostile PDF must give a `SOPReadError` or a
/// draft; a crash in MuPDF or in the importer is a finding.
func fuzzPDF(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = FuzzInput.data(bytes, count)
    OpenCheckSave.run(loading: { () throws(SOPReadError) in try PDFImporter.read(bytes: [UInt8](data), file: "fuzz.pdf") })
    return 0
}

/// The program's entry point (see `LibFuzzer`): libFuzzer with `fuzzPDF` as the test.
@_cdecl("fuzz_pdf_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    LibFuzzer.main(argc, argv) { bytes, count in fuzzPDF(bytes, count) }
}
