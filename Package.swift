// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "sopsh",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sopsh", targets: ["sopsh"]),
        .library(name: "SOPRuntime", targets: ["SOPRuntime"]),
        .library(name: "SOPShell", targets: ["SOPShell"]),
        // MuPDF and the C shim around it, loaded by SOPRuntime only when a PDF is opened.
        .library(name: "SOPPDF", type: .dynamic, targets: ["CMuPDF"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0")
    ],
    targets: [
        // libedit's variadic C API wrapped in static inline functions (see Sources/CLibEdit/shim.h).
        .systemLibrary(
            name: "CLibEdit",
            path: "Sources/CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
        ),
        // The PDF reader's C interface (types only): SOPRuntime looks its functions up in libSOPPDF.
        .systemLibrary(name: "CSOPPDF", path: "Sources/CSOPPDF"),
        // MuPDF, wrapped in a few C functions that catch its longjmp errors (see sop_pdf.h).
        // libmupdf-dev ships static archives only, so its private libraries are listed here.
        .target(
            name: "CMuPDF",
            publicHeadersPath: ".",
            cSettings: [.headerSearchPath("../CSOPPDF")],
            linkerSettings: [
                .linkedLibrary("mupdf"), .linkedLibrary("mupdf-third"), .linkedLibrary("mujs"),
                .linkedLibrary("gumbo"), .linkedLibrary("openjp2"), .linkedLibrary("jbig2dec"),
                .linkedLibrary("jpeg"), .linkedLibrary("freetype"), .linkedLibrary("harfbuzz"),
                .linkedLibrary("png16"), .linkedLibrary("brotlidec"), .linkedLibrary("brotlicommon"),
                .linkedLibrary("z"), .linkedLibrary("m")
            ]
        ),
        // The truth about SOPs: model, formats, checker, time. No terminal code.
        .target(
            name: "SOPRuntime",
            dependencies: [
                "CSOPPDF",
                .product(name: "Yams", package: "Yams"),
                .product(name: "OrderedCollections", package: "swift-collections")
            ]
        ),
        // The shell: line editor, command language, rendering.
        .target(
            name: "SOPShell",
            dependencies: [
                "SOPRuntime",
                "CLibEdit",
                .product(name: "OrderedCollections", package: "swift-collections")
            ]
        ),
        .executableTarget(
            name: "sopsh",
            dependencies: [
                "SOPShell",
                .product(name: "ArgumentParser", package: "swift-argument-parser")
            ]
        ),
        // The simulator's benchmark (scripts/bench-simulation); not a product.
        .executableTarget(name: "sopsh-bench", dependencies: ["SOPRuntime"]),
        .testTarget(name: "SOPRuntimeTests", dependencies: ["SOPRuntime", .product(name: "Yams", package: "Yams")]),
        // Drives the real sopsh binary; depending on it makes `swift test` build it.
        .testTarget(name: "SOPShellTests", dependencies: ["sopsh", "SOPRuntime"])
    ],
    swiftLanguageModes: [.v6]
)
