/// A point in PDF page space: points (1/72 inch), y growing downwards as MuPDF gives it.
struct PDFPoint: Hashable, Sendable {
    var x: Double
    var y: Double

    func distance(to other: PDFPoint) -> Double {
        ((x - other.x) * (x - other.x) + (y - other.y) * (y - other.y)).squareRoot()
    }
}

/// An axis-aligned box in page space.
struct PDFBox: Hashable, Sendable {
    var x0: Double, y0: Double, x1: Double, y1: Double

    var width: Double { x1 - x0 }
    var height: Double { y1 - y0 }
    var center: PDFPoint { PDFPoint(x: (x0 + x1) / 2, y: (y0 + y1) / 2) }

    func contains(_ point: PDFPoint, margin: Double = 0) -> Bool {
        point.x >= x0 - margin && point.x <= x1 + margin && point.y >= y0 - margin && point.y <= y1 + margin
    }

    func union(_ other: PDFBox) -> PDFBox {
        PDFBox(x0: min(x0, other.x0), y0: min(y0, other.y0), x1: max(x1, other.x1), y1: max(y1, other.y1))
    }

    /// How far `point` lies outside the box; 0 inside it.
    func distance(to point: PDFPoint) -> Double {
        let dx = max(x0 - point.x, 0, point.x - x1)
        let dy = max(y0 - point.y, 0, point.y - y1)
        return (dx * dx + dy * dy).squareRoot()
    }
}

/// The distance from `point` to the segment from `a` to `b`.
func distance(from point: PDFPoint, toSegment a: PDFPoint, _ b: PDFPoint) -> Double {
    let dx = b.x - a.x
    let dy = b.y - a.y
    let length = dx * dx + dy * dy
    guard length > 0 else { return point.distance(to: a) }
    let t = max(0, min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / length))
    return point.distance(to: PDFPoint(x: a.x + t * dx, y: a.y + t * dy))
}
