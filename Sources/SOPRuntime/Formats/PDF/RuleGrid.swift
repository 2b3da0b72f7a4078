/// The ruled lines of a page (table borders, which Word draws as thin filled rectangles or as
/// stroked lines) and the cells they enclose.
struct RuleGrid: Sendable {
    /// A horizontal rule lies at `position` (its y) from `start` to `end` (x); a vertical one
    /// the other way round.
    struct Rule: Hashable, Sendable {
        var position: Double
        var start: Double
        var end: Double

        func spans(_ value: Double, slack: Double = 1) -> Bool { value >= start - slack && value <= end + slack }
    }

    private(set) var horizontal: [Rule] = []
    private(set) var vertical: [Rule] = []
    let bounds: PDFBox

    /// Thinner than this is a line, not a shape.
    static let thickness = 2.5
    /// Shorter than this is an arrow's stub or a tick, not a border.
    static let minimumLength = 6.0

    init(page: PDFPage) {
        bounds = page.bounds
        for path in page.paths where path.isInk {
            for subpath in path.subpaths where subpath.points.count <= 6 && !subpath.segments.contains(.curve) {
                add(subpath.box)
            }
        }
        horizontal.sort { $0.position < $1.position }
        vertical.sort { $0.position < $1.position }
    }

    private mutating func add(_ box: PDFBox) {
        if box.height <= Self.thickness, box.width >= Self.minimumLength {
            horizontal.append(Rule(position: box.center.y, start: box.x0, end: box.x1))
        } else if box.width <= Self.thickness, box.height >= Self.minimumLength {
            vertical.append(Rule(position: box.center.x, start: box.y0, end: box.y1))
        }
    }

    /// The cell around `point`: bounded by the nearest rules on each side that pass it, else
    /// by the page's edges.
    func cell(around point: PDFPoint) -> PDFBox {
        let left = vertical.last { $0.position < point.x && $0.spans(point.y) }?.position ?? bounds.x0
        let right = vertical.first { $0.position > point.x && $0.spans(point.y) }?.position ?? bounds.x1
        let top = horizontal.last { $0.position < point.y && $0.spans(point.x) }?.position ?? bounds.y0
        let bottom = horizontal.first { $0.position > point.y && $0.spans(point.x) }?.position ?? bounds.y1
        return PDFBox(x0: left, y0: top, x1: right, y1: bottom)
    }

    /// The x positions of vertical rules that cross the band from `top` to `bottom`, merged
    /// where two lie within a rule's thickness of each other.
    func columnEdges(crossing top: Double, _ bottom: Double) -> [Double] {
        var edges: [Double] = []
        for rule in vertical where rule.start <= top + 1.5 && rule.end >= bottom - 1.5 {
            if let last = edges.last, rule.position - last < Self.thickness * 2 { continue }
            edges.append(rule.position)
        }
        return edges
    }

    /// The y positions of horizontal rules that cross x from `left` to `right`, merged likewise.
    func rowEdges(crossing left: Double, _ right: Double, from top: Double = -.infinity, to bottom: Double = .infinity) -> [Double] {
        var edges: [Double] = []
        for rule in horizontal
        where rule.start <= left + 1.5 && rule.end >= right - 1.5
            && rule.position >= top - 1 && rule.position <= bottom + 1
        {
            if let last = edges.last, rule.position - last < Self.thickness * 2 { continue }
            edges.append(rule.position)
        }
        return edges
    }
}
