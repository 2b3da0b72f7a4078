import FuzzSupport
import SOPRuntime

/// Fuzzes `open FILE.txt` and `save`: the standard's table text as PDF extraction gives it,
/// read by the importer (which repairs what it can and reports each guess), checked, saved as
/// YAML and opened again (`OpenCheckSave`), which is how a user turns an extracted SOP into
/// our format.
func fuzzTableText(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    OpenCheckSave.run(FuzzInput.data(bytes, count), file: "fuzz.txt") { text, file throws(SOPReadError) in
        try TableTextImporter.read(text, file: file)
    }
    return 0
}

/// The program's entry point (see `LibFuzzer`): libFuzzer with `fuzzTableText` as the test.
@_cdecl("fuzz_table_text_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    LibFuzzer.main(argc, argv) { bytes, count in fuzzTableText(bytes, count) }
}
