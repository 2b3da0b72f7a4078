/// What one page of a PDF holds for the importer: its text, character by character with boxes,
/// and the vector paths it draws (table rules, flowchart symbols, arrows).
struct PDFPage: Sendable {
    /// 1-based, as a reader counts pages.
    var number: Int
    var bounds: PDFBox
    var glyphs: [PDFGlyph]
    var paths: [PDFPath]
    /// The pictures drawn on it: a page of pictures and no text is a scan, and a flowchart
    /// pasted as a picture is read from its ink.
    var images: [PDFImage]
}

/// A picture on a page and, when it is small enough to hold a flowchart, where it has ink.
struct PDFImage: Sendable {
    var box: PDFBox
    var width: Int
    var height: Int
    /// One value per pixel, row by row from the top: whether the pixel shows dark ink.
    var ink: [Bool]?
    /// The matrix from the picture's unit square to the page.
    var a: Double, b: Double, c: Double, d: Double, e: Double, f: Double

    /// Where the centre of pixel (`x`, `y`) stands on the page.
    func point(x: Double, y: Double) -> PDFPoint {
        let u = (x + 0.5) / Double(width)
        let v = (y + 0.5) / Double(height)
        return PDFPoint(x: a * u + c * v + e, y: b * u + d * v + f)
    }

    /// Page points per pixel, across and down; nil for a rotated or skewed picture.
    var scale: (x: Double, y: Double)? {
        guard abs(b) < 1e-3, abs(c) < 1e-3, width > 0, height > 0 else { return nil }
        return (abs(a) / Double(width), abs(d) / Double(height))
    }
}

/// One character as drawn.
struct PDFGlyph: Sendable {
    var scalar: Unicode.Scalar
    var box: PDFBox
    var size: Double
    /// The text line MuPDF grouped it into, numbered within the page.
    var line: Int
    /// Set for text written top to bottom or bottom to top (a rotated column header).
    var isVertical: Bool
}

/// A filled or stroked path, split into its subpaths.
struct PDFPath: Sendable {
    enum Segment: Sendable { case line, curve }

    /// One run of segments from a move to the next; `points[0]` is where it starts.
    struct Subpath: Sendable {
        var points: [PDFPoint]
        /// How each point after the first was reached.
        var segments: [Segment]
        var isClosed: Bool

        var box: PDFBox {
            points.dropFirst().reduce(PDFBox(x0: points[0].x, y0: points[0].y, x1: points[0].x, y1: points[0].y)) {
                $0.union(PDFBox(x0: $1.x, y0: $1.y, x1: $1.x, y1: $1.y))
            }
        }
    }

    var isFilled: Bool
    var isStroked: Bool
    /// Luminance of its colour: 0 black, 1 white.
    var gray: Double
    var lineWidth: Double
    var box: PDFBox
    var subpaths: [Subpath]

    /// Paint that shows on white paper: table shading and white backgrounds do not count.
    var isInk: Bool { gray < 0.6 }
}
