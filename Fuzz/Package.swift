// swift-tools-version: 6.0
// Coverage-guided fuzz targets for sopsh (libFuzzer). A package of its own, not part of the
// main one: everything here is built with `-sanitize=fuzzer,address`, which the shipped binary
// never is. scripts/fuzz builds and runs them; Fuzz/README.md says how and why.
import PackageDescription

/// One fuzz target: an executable whose single file gives libFuzzer the function to call
/// with each input (see Sources/FuzzSupport/LibFuzzer.swift).
func fuzzTarget(_ name: String, _ dependencies: [Target.Dependency]) -> Target {
    .executableTarget(name: name, dependencies: ["FuzzSupport"] + dependencies)
}

// The main package is named by its manifest name, not by its folder's, so that a checkout in
// a folder of any name builds.
let runtime = Target.Dependency.product(name: "SOPRuntime", package: "sopsh")
let shell = Target.Dependency.product(name: "SOPShell", package: "sopsh")

let package = Package(
    name: "sopsh-fuzz",
    dependencies: [.package(name: "sopsh", path: "..")],
    targets: [
        // libFuzzer's driver, declared for Swift.
        .target(name: "CLibFuzzer"),
        // What every target shares: libFuzzer's entry, bytes to text, the large stack, the scratch
        // folder, and opening, checking and saving an SOP.
        .target(name: "FuzzSupport", dependencies: ["CLibFuzzer", runtime]),
        fuzzTarget("fuzz-yaml", [runtime]),
        fuzzTarget("fuzz-table-text", [runtime]),
        // The PDF reader lives in a library of its own (loaded on demand); depending on it builds it.
        fuzzTarget("fuzz-pdf", [runtime, .product(name: "SOPPDF", package: "sopsh")]),
        fuzzTarget("fuzz-duration", [runtime]),
        fuzzTarget("fuzz-scenario", [runtime]),
        fuzzTarget("fuzz-parser", [shell]),
        fuzzTarget("fuzz-interpreter", [shell]),
    ],
    swiftLanguageModes: [.v6]
)
