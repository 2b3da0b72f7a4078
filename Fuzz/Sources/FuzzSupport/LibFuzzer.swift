import CLibFuzzer

/// How a fuzz target starts libFuzzer.
///
/// SwiftPM links an executable on Linux with `--defsym main=<module>_main`, so that tests can
/// call an executable's code; with `-parse-as-library` (which `-sanitize=fuzzer` needs, so
/// that libFuzzer's `main` is the only one) nothing defines `<module>_main` and the link fails
/// (swiftlang/swift-package-manager#8731). So each target defines `<module>_main` itself with
/// `@_cdecl` and hands its test function to libFuzzer's driver, which is what libFuzzer's own
/// `main` does.
public enum LibFuzzer {
    /// What libFuzzer calls with each input; return 0, or -1 to keep an input out of the corpus.
    public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    /// Runs libFuzzer with the process's arguments (`-max_total_time=60`, corpus folders, …).
    public static func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                            _ testOneInput: TestOneInput) -> CInt {
        var count = argc
        var arguments = argv
        return LLVMFuzzerRunDriver(&count, &arguments, testOneInput)
    }
}
