import Foundation

/// Reads an SOP from a signed PDF in the standard's form: the cover's fields from its text,
/// the steps from the table's rows, and who does each step and where it leads from the
/// flowchart drawn in the Pelaksana columns (see docs/import.md).
///
/// What cannot be recovered makes a draft with `import.` diagnostics placed by page and step;
/// a PDF that cannot be read at all (a scan, an encrypted or damaged file, a document without
/// a flowchart table) is refused with a message that says which.
public enum PDFImporter {
    /// No SOP is longer; a bound keeps a hostile file from holding sopsh for long.
    public static let pageLimit = 200

    public static func read(file path: String) throws(SOPReadError) -> LoadedSOP {
        let document: PDFDocument
        do { document = try PDFDocument(path: path) } catch { throw refusal(error, file: path) }
        return try read(document, file: path)
    }

    /// Reads a PDF held in memory (the fuzz target's way in).
    public static func read(bytes: [UInt8], file: String?) throws(SOPReadError) -> LoadedSOP {
        let document: PDFDocument
        do { document = try PDFDocument(bytes: bytes) } catch { throw refusal(error, file: file) }
        return try read(document, file: file)
    }

    /// Whether `data` starts like a PDF, whatever the file is called.
    public static func looksLikePDF(_ data: Data) -> Bool {
        data.prefix(1024).range(of: Data("%PDF-".utf8)) != nil
    }

    private static func read(_ document: PDFDocument, file: String?) throws(SOPReadError) -> LoadedSOP {
        let first = SourceLocation(file: file, page: 1)
        guard document.pageCount > 0 else {
            throw SOPReadError("the PDF has no pages", at: first, hint: "check that the file was saved completely")
        }
        guard document.pageCount <= pageLimit else {
            throw SOPReadError(
                "the PDF has \(document.pageCount) pages; sopsh reads SOPs of at most \(pageLimit) pages",
                at: first, hint: "split the document, or check that this is the SOP you meant")
        }
        var pages: [PDFPage] = []
        for number in 1...document.pageCount {
            do { pages.append(try document.page(number)) } catch { throw refusal(error, file: file) }
        }
        if pages.allSatisfy({ $0.glyphs.allSatisfy { $0.scalar.properties.isWhitespace } }) {
            let scanned = pages.contains { !$0.images.isEmpty }
            throw SOPReadError(
                scanned ? "the PDF is a scan: its pages are pictures with no text layer" : "the PDF has no text",
                at: first,
                hint: scanned
                    ? "run it through OCR (for example `ocrmypdf`) or open the original Word file's PDF export"
                    : "check that this is the SOP you meant to open")
        }
        return try PDFReading(pages: pages, file: file).result()
    }

    private static func refusal(_ failure: PDFDocument.Failure, file: String?) -> SOPReadError {
        switch failure {
        case .encrypted:
            SOPReadError(
                "the PDF is encrypted and needs a password", at: SourceLocation(file: file, page: 1),
                hint: "save an unprotected copy (for example `qpdf --decrypt`) and open that")
        case .cannotOpen(let reason):
            SOPReadError(
                "the PDF cannot be read: \(reason)", at: SourceLocation(file: file, page: 1),
                hint: "the file may be damaged or cut short; download or export it again")
        case .libraryMissing(let detail):
            SOPReadError(
                "this sopsh cannot read PDFs: its PDF reader \(PDFLibrary.fileName) did not load (\(detail))",
                at: SourceLocation(file: file, page: 1),
                hint:
                    "build every product (`swift build`, not only --product sopsh) so that \(PDFLibrary.fileName) lies beside sopsh, or set SOPSH_PDF_LIBRARY to its path"
            )
        case .page(let number, let reason):
            SOPReadError(
                "page \(number) cannot be read: \(reason)", at: SourceLocation(file: file, page: number),
                hint: "the file may be damaged; download or export it again")
        }
    }
}

/// One PDF being read: the pages, then the cover and the table found on them.
struct PDFReading {
    let pages: [PDFPage]
    let file: String?

    func result() throws(SOPReadError) -> LoadedSOP {
        var coverLines: [(cell: PDFBox, line: PlacedLine)] = []
        var coverPage = 1
        var table: PDFTable?
        var drawings: [Int: FlowDrawing] = [:]
        for page in pages {
            let grid = RuleGrid(page: page)
            let lines = PlacedLine.lines(of: page.glyphs, cell: grid.cell(around:))
            if let header = PDFTable.header(on: page, grid: grid, lines: lines) {
                if table == nil {
                    let top = topOfHeader(header, lines)
                    let above = lines.filter { $0.line.box.y1 <= top + 1 }
                    if coverLines.isEmpty, !above.isEmpty { coverPage = page.number }
                    coverLines += above
                    table = header
                }
                table?.readRows(on: page, grid: grid, from: header.headerBottom, geometry: header.columns)
            } else if table == nil {
                if coverLines.isEmpty { coverPage = page.number }
                coverLines += lines
            } else {
                table?.readRows(on: page, grid: grid, from: page.bounds.y0)
            }
            if let area = table?.flowchartArea(on: page.number) {
                drawings[page.number] = FlowDrawing(paths: page.paths, images: page.images, in: area)
            }
        }
        guard let table, !table.rows.isEmpty else {
            throw SOPReadError(
                "the PDF has no flowchart table: no page has a row headed No and Kegiatan (or Uraian Kegiatan)",
                at: SourceLocation(file: file, page: 1),
                hint: "sopsh reads SOPs in the SOP AP form (Permen PANRB No. 35 Tahun 2012); check that this is one")
        }
        let cover = PDFCover(lines: coverLines, page: coverPage, file: file)
        var reading = PDFSteps(
            table: table, drawings: drawings, pages: pages, file: file,
            sourceMap: cover.sourceMap, findings: cover.findings)
        let steps = reading.build()
        var roles = reading.roles
        var sourceMap = reading.sourceMap
        var findings = reading.findings
        roles.attach(cover.groups, shared: cover.sharedQualifications, sourceMap: &sourceMap, findings: &findings)
        let sop = SOP(identity: cover.identity, roles: roles, steps: steps)
        return LoadedSOP(sop: sop, sourceMap: sourceMap, diagnostics: findings.relocated(onPage).inDocumentOrder)
    }

    /// A location the text reader gave by line is, in a PDF, the page that line stood on.
    private func onPage(_ location: SourceLocation) -> SourceLocation {
        location.page == nil ? SourceLocation(file: file, page: location.line) : location
    }

    /// Where the table starts: the top of the cell that says No.
    private func topOfHeader(_ header: PDFTable, _ lines: [(cell: PDFBox, line: PlacedLine)]) -> Double {
        guard let column = header.columns.first(where: { $0.kind == .number }) else { return header.headerBottom }
        let heading = lines.first { entry in
            entry.line.box.center.x > column.x0 && entry.line.box.center.x < column.x1
                && entry.line.box.y1 <= header.headerBottom && ["no", "no.", "nomor"].contains(entry.line.text.matchKey)
        }
        return heading?.cell.y0 ?? header.headerBottom
    }

}
