import FuzzSupport
import SOPRuntime

/// Fuzzes `open FILE.yaml` and `save`: our YAML format read, checked, written and read again
/// (`OpenCheckSave`).
func fuzzYAML(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    OpenCheckSave.run(FuzzInput.data(bytes, count), file: "fuzz.yaml") { text, file throws(SOPReadError) in
        try SOPYAMLReader.read(text, file: file)
    }
    return 0
}

/// The program's entry point (see `LibFuzzer`): libFuzzer with `fuzzYAML` as the test.
@_cdecl("fuzz_yaml_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    LibFuzzer.main(argc, argv) { bytes, count in fuzzYAML(bytes, count) }
}
