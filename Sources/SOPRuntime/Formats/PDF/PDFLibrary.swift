import CSOPPDF
import Foundation

/// libSOPPDF.so (MuPDF and the C shim around it), loaded the first time a PDF is opened.
///
/// Linked into sopsh, MuPDF's 45 MB and their relocations cost every start of the shell two
/// milliseconds, PDF or not; loaded on demand they cost only the first PDF opened. The
/// library is looked for beside the running program (where `swift build` puts it), in
/// `../lib` from it (an installed layout), and at `$SOPSH_PDF_LIBRARY` if that is set.
struct PDFLibrary: @unchecked Sendable {
    typealias Open =
        @convention(c) (UnsafePointer<CChar>?, UnsafeMutablePointer<sop_pdf_status>?, UnsafeMutablePointer<CChar>?, Int) -> OpaquePointer?
    typealias OpenMemory =
        @convention(c) (UnsafePointer<UInt8>?, Int, UnsafeMutablePointer<sop_pdf_status>?, UnsafeMutablePointer<CChar>?, Int) ->
        OpaquePointer?
    typealias PageCount = @convention(c) (OpaquePointer?) -> Int32
    typealias ReadPage =
        @convention(c) (OpaquePointer?, Int32, Int32, Int32, UnsafeMutablePointer<sop_pdf_status>?, UnsafeMutablePointer<CChar>?, Int) ->
        UnsafeMutablePointer<sop_page>?
    typealias FreePage = @convention(c) (UnsafeMutablePointer<sop_page>?) -> Void
    typealias Close = @convention(c) (OpaquePointer?) -> Void

    let open: Open
    let openMemory: OpenMemory
    let pageCount: PageCount
    let readPage: ReadPage
    let freePage: FreePage
    let close: Close

    /// The library, or why it could not be loaded (the places looked in).
    static let shared: Result<PDFLibrary, PDFDocument.Failure> = load()

    static let fileName = "libSOPPDF.so"

    private static func load() -> Result<PDFLibrary, PDFDocument.Failure> {
        var tried: [String] = []
        var reasons: [String] = []
        for path in candidates() {
            tried.append(path)
            guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
                if FileManager.default.fileExists(atPath: path), let error = dlerror() { reasons.append(String(cString: error)) }
                continue
            }
            func symbol<T>(_ name: String, as type: T.Type) -> T? {
                dlsym(handle, name).map { unsafeBitCast($0, to: type) }
            }
            guard let open = symbol("sop_pdf_open", as: Open.self),
                let openMemory = symbol("sop_pdf_open_memory", as: OpenMemory.self),
                let pageCount = symbol("sop_pdf_page_count", as: PageCount.self),
                let readPage = symbol("sop_pdf_read_page", as: ReadPage.self),
                let freePage = symbol("sop_page_free", as: FreePage.self),
                let close = symbol("sop_pdf_close", as: Close.self)
            else {
                reasons.append("\(path) lacks the sop_pdf functions")
                continue
            }
            return .success(
                PDFLibrary(
                    open: open, openMemory: openMemory, pageCount: pageCount,
                    readPage: readPage, freePage: freePage, close: close))
        }
        let detail = reasons.isEmpty ? "looked in " + tried.joined(separator: ", ") : reasons.joined(separator: "; ")
        return .failure(.libraryMissing(detail))
    }

    private static func candidates() -> [String] {
        var paths: [String] = []
        if let override = ProcessInfo.processInfo.environment["SOPSH_PDF_LIBRARY"], !override.isEmpty { paths.append(override) }
        let program = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        paths.append(program.appendingPathComponent(fileName).path)
        paths.append(program.deletingLastPathComponent().appendingPathComponent("lib").appendingPathComponent(fileName).path)
        // A test bundle runs inside xctest; its own folder is where swift build put the library.
        if let bundle = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) {
            paths.append(URL(fileURLWithPath: bundle.bundlePath).deletingLastPathComponent().appendingPathComponent(fileName).path)
        }
        return paths
    }
}
