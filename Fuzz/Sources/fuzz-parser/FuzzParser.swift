import FuzzSupport
import SOPShell

/// The parser runs on the stack sopsh gives it, so that nesting deep enough to overflow
/// that stack is a finding, and nesting that sopsh survives is not.
private let stack = LargeStackThread()

/// Fuzzes the language's lexer and parser through `SyntaxCheck.of`, which the prompt calls
/// on every line to decide whether to run it or ask for more: the whole `Parser` with the
/// shell's real command names, without running anything.
///
/// Any text must give complete, incomplete or invalid (with a message); a crash, a trap or a
/// stack overflow is a finding.
func fuzzParser(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = FuzzInput.text(bytes, count)
    stack.run {
        if case .invalid(let message) = SyntaxCheck.of(text) { _ = message.count }
    }
    return 0
}

/// The program's entry point (see `LibFuzzer`): libFuzzer with `fuzzParser` as the test.
@_cdecl("fuzz_parser_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    LibFuzzer.main(argc, argv) { bytes, count in fuzzParser(bytes, count) }
}
