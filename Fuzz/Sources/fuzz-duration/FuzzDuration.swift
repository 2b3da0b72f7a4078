import FuzzSupport
import SOPRuntime

/// Fuzzes the duration parser both ways it is used: `DurationParser.parse` (a script's `90m`,
/// `set-time`'s argument) and `StandardTime` (a Waktu cell: ranges, "Sesuai kebutuhan",
/// blanks), then writes what was read in both styles and reads that back, as `save` and the
/// shell's display do.
///
/// Any input must give a duration or a `DurationError`; a crash or a trap is a finding.
func fuzzDuration(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let text = FuzzInput.text(bytes, count)
    do throws(DurationError) {
        let duration = try DurationParser.parse(text)
        for style in [DurationStyle.indonesian, .indonesian(dayWord: "hari kerja"), .short] {
            _ = try? DurationParser.parse(duration.formatted(style))
        }
        _ = duration.totalHours()
    } catch {
        _ = error.description
    }
    let cell = StandardTime(text)
    _ = (cell.amount, cell.lowerBound, cell.upperBound, cell.description)
    if let upper = cell.upperBound { _ = StandardTime(upper).amount }
    return 0
}

/// The program's entry point (see `LibFuzzer`): libFuzzer with `fuzzDuration` as the test.
@_cdecl("fuzz_duration_main")
func main(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    LibFuzzer.main(argc, argv) { bytes, count in fuzzDuration(bytes, count) }
}
