import CSOPPDF

/// An open PDF, read through MuPDF (Sources/CMuPDF). Pages are read one at a time into value
/// types, so nothing of MuPDF's outlives a call.
final class PDFDocument {
    /// Why a PDF could not be read at all.
    enum Failure: Error, Sendable {
        /// Not a PDF, or damaged beyond what MuPDF can repair; MuPDF's own words.
        case cannotOpen(String)
        case encrypted
        /// A page that could not be read or that draws more than the bounds allow.
        case page(Int, String)
        /// libSOPPDF.so could not be loaded: where it was looked for, or the loader's words.
        case libraryMissing(String)
    }

    /// Bounds that keep a hostile file from holding sopsh for long: no SOP page comes near them.
    static let maxPoints: Int32 = 400_000
    static let maxGlyphs: Int32 = 200_000

    private let library: PDFLibrary
    private let handle: OpaquePointer
    let pageCount: Int

    init(path: String) throws(Failure) {
        library = try PDFLibrary.shared.get()
        var status = SOP_PDF_OK
        var message = [CChar](repeating: 0, count: 512)
        guard let handle = library.open(path, &status, &message, message.count) else {
            throw Self.failure(status, message)
        }
        self.handle = handle
        pageCount = Int(library.pageCount(handle))
    }

    init(bytes: [UInt8]) throws(Failure) {
        library = try PDFLibrary.shared.get()
        var status = SOP_PDF_OK
        var message = [CChar](repeating: 0, count: 512)
        guard let handle = library.openMemory(bytes, bytes.count, &status, &message, message.count) else {
            throw Self.failure(status, message)
        }
        self.handle = handle
        pageCount = Int(library.pageCount(handle))
    }

    deinit { library.close(handle) }

    /// Page `number` (1-based).
    func page(_ number: Int) throws(Failure) -> PDFPage {
        var status = SOP_PDF_OK
        var message = [CChar](repeating: 0, count: 512)
        guard
            let raw = library.readPage(
                handle, Int32(number - 1), Self.maxPoints, Self.maxGlyphs,
                &status, &message, message.count)
        else {
            throw .page(number, Self.text(message))
        }
        defer { library.freePage(raw) }
        if status != SOP_PDF_OK { throw .page(number, Self.text(message)) }
        let page = raw.pointee
        let glyphs = UnsafeBufferPointer(start: page.glyphs, count: Int(page.glyph_count)).compactMap(Self.glyph)
        let points = UnsafeBufferPointer(start: page.points, count: Int(page.point_count))
        let paths = UnsafeBufferPointer(start: page.paths, count: Int(page.path_count)).map { path in
            Self.path(path, points: points[Int(path.first_point)..<Int(path.first_point + path.point_count)])
        }
        let images = UnsafeBufferPointer(start: page.images, count: Int(page.image_count)).map(Self.image)
        return PDFPage(number: number, bounds: Self.box(page.bounds), glyphs: glyphs, paths: paths, images: images)
    }

    private static func glyph(_ glyph: sop_glyph) -> PDFGlyph? {
        guard let scalar = Unicode.Scalar(glyph.codepoint) else { return nil }
        return PDFGlyph(
            scalar: scalar, box: box(glyph.box), size: Double(glyph.size), line: Int(glyph.line),
            isVertical: abs(glyph.dir_y) > abs(glyph.dir_x))
    }

    private static func path(_ path: sop_path, points: Slice<UnsafeBufferPointer<sop_point>>) -> PDFPath {
        var subpaths: [PDFPath.Subpath] = []
        var current: PDFPath.Subpath?
        for point in points {
            let location = PDFPoint(x: Double(point.x), y: Double(point.y))
            switch Int(point.kind) {
            case Int(SOP_MOVE.rawValue):
                if let done = current, done.points.count > 1 { subpaths.append(done) }
                current = PDFPath.Subpath(points: [location], segments: [], isClosed: false)
            case Int(SOP_CLOSE.rawValue):
                current?.isClosed = true
            default:
                if current == nil {
                    current = PDFPath.Subpath(points: [location], segments: [], isClosed: false)
                    continue
                }
                current?.points.append(location)
                current?.segments.append(Int(point.kind) == Int(SOP_CURVE.rawValue) ? .curve : .line)
            }
        }
        if let done = current, done.points.count > 1 { subpaths.append(done) }
        return PDFPath(
            isFilled: path.filled != 0, isStroked: path.stroked != 0, gray: Double(path.gray),
            lineWidth: Double(path.line_width), box: box(path.box), subpaths: subpaths)
    }

    private static func image(_ image: sop_image) -> PDFImage {
        let count = Int(image.width) * Int(image.height)
        let ink = image.ink.map { pixels in UnsafeBufferPointer(start: pixels, count: count).map { $0 != 0 } }
        return PDFImage(
            box: box(image.box), width: Int(image.width), height: Int(image.height), ink: ink,
            a: Double(image.a), b: Double(image.b), c: Double(image.c), d: Double(image.d),
            e: Double(image.e), f: Double(image.f))
    }

    private static func box(_ rect: sop_rect) -> PDFBox {
        PDFBox(x0: Double(rect.x0), y0: Double(rect.y0), x1: Double(rect.x1), y1: Double(rect.y1))
    }

    private static func failure(_ status: sop_pdf_status, _ message: [CChar]) -> Failure {
        status == SOP_PDF_ENCRYPTED ? .encrypted : .cannotOpen(text(message))
    }

    private static func text(_ message: [CChar]) -> String {
        String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
