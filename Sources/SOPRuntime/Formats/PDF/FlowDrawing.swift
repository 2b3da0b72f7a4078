/// The flowchart drawn in a table's Pelaksana columns: its symbols and its arrows, read from
/// the page's vector paths.
///
/// Word draws a symbol as a stroked outline, or as a filled frame (outer and inner contour);
/// an arrow as a filled outline of its shaft with the head in the same path, or as a stroked
/// line beside a filled triangle. Shapes are told apart by where their outline has corners.
struct FlowDrawing: Sendable {
    enum Shape: String, Sendable {
        /// A capsule: where the procedure starts or ends.
        case terminator
        /// A rectangle: a process step.
        case process
        /// A diamond: a decision.
        case decision
        /// A pentagon (or small circle): the flow goes on at the matching connector elsewhere.
        case connector
    }

    struct Symbol: Sendable {
        var shape: Shape
        var box: PDFBox

        /// Whether `point` lies inside the outline: a diamond's empty corners are outside, so
        /// that an answer's label drawn there is not taken for the diamond's own text.
        func contains(_ point: PDFPoint) -> Bool {
            guard box.contains(point, margin: 0.5) else { return false }
            guard shape == .decision else { return true }
            let dx = abs(point.x - box.center.x) / (box.width / 2)
            let dy = abs(point.y - box.center.y) / (box.height / 2)
            return dx + dy <= 1.05
        }
    }

    /// An arrow from `tail` to `tip`, along `points` (the shaft's corners, tail first).
    struct Arrow: Sendable {
        var tail: PDFPoint
        var tip: PDFPoint
        var points: [PDFPoint]

        func distance(to point: PDFPoint) -> Double {
            zip(points, points.dropFirst()).map { SOPRuntime.distance(from: point, toSegment: $0, $1) }.min()
                ?? point.distance(to: tail)
        }
    }

    private(set) var symbols: [Symbol] = []
    private(set) var arrows: [Arrow] = []
    /// Set when the area holds more shapes than any flowchart: nothing of it is read, since
    /// matching every arrow to every symbol would hold sopsh for minutes on a hostile file.
    private(set) var isTooBusy = false

    static let maxSymbols = 1_000
    static let maxArrows = 3_000

    /// Reads the paths and pictures that lie inside `area` (the Pelaksana columns of a table body).
    init(paths: [PDFPath], images: [PDFImage] = [], in area: PDFBox) {
        for image in images where area.contains(image.box.center, margin: 2) {
            guard let raster = RasterDrawing(image: image) else { continue }
            guard raster.symbols.count <= Self.maxSymbols else {
                isTooBusy = true
                continue
            }
            symbols += raster.symbols
            arrows += raster.arrows
        }
        var heads: [[PDFPoint]] = []
        var shafts: [[PDFPoint]] = []
        let inside = paths.filter { $0.isInk && area.contains($0.box.center, margin: 2) }
        guard inside.count <= 4 * (Self.maxSymbols + Self.maxArrows) else {
            isTooBusy = true
            return
        }
        for path in inside.flatMap(Self.parts) where area.contains(path.box.center, margin: 2) {
            guard let outline = path.subpaths.max(by: { Self.extent($0.box) < Self.extent($1.box) }) else { continue }
            if let (head, shaft) = Self.splitArrow(path) {
                if shaft.count >= 2 { arrows.append(Self.arrow(head: head, shaft: shaft)) } else { heads.append(head) }
            } else if let shape = Self.shape(of: outline, filled: path.isFilled && !path.isStroked) {
                symbols.append(Symbol(shape: shape, box: outline.box))
            } else if path.isStroked, !outline.isClosed {
                shafts.append(outline.points)
            }
        }
        guard symbols.count <= Self.maxSymbols, arrows.count + heads.count <= Self.maxArrows else {
            (symbols, arrows, isTooBusy) = ([], [], true)
            return
        }
        pairHeads(heads, with: shafts)
        symbols = Self.withoutDuplicates(symbols)
    }

    /// Word may draw a whole group of shapes as one path; its subpaths are then read one by
    /// one. A symbol drawn as a frame (an outer and an inner contour) stays whole.
    private static func parts(of path: PDFPath) -> [PDFPath] {
        func part(_ subpath: PDFPath.Subpath) -> PDFPath {
            var part = path
            part.subpaths = [subpath]
            part.box = subpath.box
            return part
        }
        // An arrow's shaft and head may be subpaths of one path: those stay together.
        var parts = [path]
        if path.subpaths.count > 1, splitArrow(path) == nil,
            let outer = path.subpaths.max(by: { extent($0.box) < extent($1.box) }),
            !path.subpaths.allSatisfy({ outer.box.contains($0.box.center, margin: 1) && $0.box.width >= outer.box.width - 4 })
        {
            parts = path.subpaths.map(part)
        }
        // Finding loops is quadratic in a subpath's points; a traced group is not this long.
        let loops = path.subpaths.filter { $0.points.count > 12 && $0.points.count <= 2_000 }.flatMap(closedLoops)
        return parts + (loops.count < 50 ? loops.map(part) : [])
    }

    /// The closed loops within one long outline: Word sometimes traces two boxes and the
    /// arrow between them in one go, coming back to a corner each time it closes a box.
    private static func closedLoops(of subpath: PDFPath.Subpath) -> [PDFPath.Subpath] {
        var loops: [PDFPath.Subpath] = []
        var trail: [(point: PDFPoint, segment: PDFPath.Segment)] = [(subpath.points[0], .line)]
        for (point, segment) in zip(subpath.points.dropFirst(), subpath.segments) {
            if let start = trail.dropLast(2).lastIndex(where: { $0.point.distance(to: point) < 0.6 }) {
                let loop = trail[start...]
                let candidate = PDFPath.Subpath(
                    points: loop.map(\.point) + [point],
                    segments: loop.dropFirst().map(\.segment) + [segment], isClosed: true)
                // A shape, not the outline of a thin shaft that comes back on itself.
                if candidate.box.width >= 8, candidate.box.height >= 6,
                    area(of: candidate.points) >= 0.4 * candidate.box.width * candidate.box.height
                {
                    loops.append(candidate)
                    trail.removeSubrange((start + 1)...)
                    continue
                }
            }
            trail.append((point, segment))
        }
        return loops
    }

    /// The area a closed polygon encloses (the shoelace formula).
    private static func area(of points: [PDFPoint]) -> Double {
        abs(zip(points, points.dropFirst() + [points[0]]).map { $0.x * $1.y - $1.x * $0.y }.reduce(0, +)) / 2
    }

    /// A stroked line whose end touches a separate arrowhead becomes one arrow.
    private mutating func pairHeads(_ heads: [[PDFPoint]], with shafts: [[PDFPoint]]) {
        var unused = Self.chained(shafts)
        for head in heads {
            let center = Self.centroid(head)
            guard
                let index = unused.indices.min(by: {
                    Self.endDistance(unused[$0], to: center) < Self.endDistance(unused[$1], to: center)
                }), Self.endDistance(unused[index], to: center) < 6
            else { continue }
            var shaft = unused.remove(at: index)
            if shaft[0].distance(to: center) < shaft[shaft.count - 1].distance(to: center) { shaft.reverse() }
            arrows.append(Self.arrow(head: head, shaft: shaft))
        }
    }

    /// Lines drawn one segment at a time, joined where one ends at another's end.
    private static func chained(_ lines: [[PDFPoint]]) -> [[PDFPoint]] {
        // Joining is quadratic; no flowchart has this many separate strokes.
        guard lines.count <= 2_000 else { return lines }
        var result: [[PDFPoint]] = []
        var remaining = lines
        while var line = remaining.popLast() {
            var grew = true
            while grew {
                grew = false
                for (index, other) in remaining.enumerated() {
                    if other[0].distance(to: line[line.count - 1]) < 1 {
                        line += other.dropFirst()
                    } else if other[other.count - 1].distance(to: line[line.count - 1]) < 1 {
                        line += other.reversed().dropFirst()
                    } else if other[other.count - 1].distance(to: line[0]) < 1 {
                        line = other + line.dropFirst()
                    } else if other[0].distance(to: line[0]) < 1 {
                        line = other.reversed() + line.dropFirst()
                    } else {
                        continue
                    }
                    remaining.remove(at: index)
                    grew = true
                    break
                }
            }
            result.append(line)
        }
        return result
    }

    private static func endDistance(_ line: [PDFPoint], to point: PDFPoint) -> Double {
        min(line[0].distance(to: point), line[line.count - 1].distance(to: point))
    }

    private static func arrow(head: [PDFPoint], shaft: [PDFPoint]) -> Arrow {
        // The tip is the head's corner farthest from the shaft; the other two are its base.
        let tip = head.max { nearest($0, in: shaft) < nearest($1, in: shaft) } ?? head[0]
        return Arrow(tail: shaft[0], tip: tip, points: corners(of: shaft) + [tip])
    }

    private static func nearest(_ point: PDFPoint, in points: [PDFPoint]) -> Double {
        points.map { $0.distance(to: point) }.min() ?? 0
    }

    /// The shaft's polyline without the back-and-forth of an outlined line: the points that
    /// turn the path by a right angle or more, tail first.
    private static func corners(of shaft: [PDFPoint]) -> [PDFPoint] {
        var result = [shaft[0]]
        for point in shaft.dropFirst() where point.distance(to: result[result.count - 1]) > 2.5 {
            result.append(point)
        }
        return result
    }

    /// An arrowhead: three points that close a small triangle, drawn as its own subpath or at
    /// the end of the shaft's outline. Returns the head and the shaft's points before it.
    private static func splitArrow(_ path: PDFPath) -> (head: [PDFPoint], shaft: [PDFPoint])? {
        guard path.isFilled else { return nil }
        var shaft: [PDFPoint] = []
        var head: [PDFPoint]?
        for subpath in path.subpaths {
            let points = subpath.points
            if head == nil, points.count >= 3 {
                for start in 0...(points.count - 3) {
                    let triangle = Array(points[start..<start + 3])
                    // The triangle closes back on its first corner, or is a subpath of its own.
                    let closes =
                        start + 3 < points.count
                        ? points[start + 3].distance(to: points[start]) < 0.8
                        : start == 0 && points.count == 3
                    guard closes, isArrowhead(triangle) else { continue }
                    head = triangle
                    shaft += points[..<start]
                    break
                }
                if head == nil { shaft += points }
            } else {
                shaft += points
            }
        }
        guard let head else { return nil }
        return (head, shaft)
    }

    private static func isArrowhead(_ triangle: [PDFPoint]) -> Bool {
        let sides = [triangle[0].distance(to: triangle[1]), triangle[1].distance(to: triangle[2]), triangle[2].distance(to: triangle[0])]
        guard let longest = sides.max(), let shortest = sides.min(), longest <= 14, shortest >= 1.5 else { return false }
        let area =
            abs(
                (triangle[1].x - triangle[0].x) * (triangle[2].y - triangle[0].y)
                    - (triangle[2].x - triangle[0].x) * (triangle[1].y - triangle[0].y)) / 2
        return area >= 2
    }

    /// The symbol an outline draws, or nil for a line, a tick or a border.
    private static func shape(of outline: PDFPath.Subpath, filled: Bool) -> Shape? {
        let box = outline.box
        guard box.width >= 8, box.height >= 6, box.width <= 260, box.height <= 160 else { return nil }
        let near = { (x: Double, y: Double) -> Bool in
            outline.points.contains { abs($0.x - x) <= box.width * 0.12 + 0.6 && abs($0.y - y) <= box.height * 0.12 + 0.6 }
        }
        let corners = [near(box.x0, box.y0), near(box.x1, box.y0), near(box.x1, box.y1), near(box.x0, box.y1)]
        let middles = [near(box.center.x, box.y0), near(box.x1, box.center.y), near(box.center.x, box.y1), near(box.x0, box.center.y)]
        let curved = outline.segments.contains(.curve) || outline.points.count > 24
        switch corners.filter({ $0 }).count {
        case 4:
            return curved ? .terminator : .process
        case 2 where corners[0] && corners[1] && middles[2] && !curved:
            return .connector
        case 0 where middles.allSatisfy({ $0 }) && !curved:
            return .decision
        case 0 where curved:
            return box.width < box.height * 1.4 && box.width < 30 ? .connector : .terminator
        default:
            return nil
        }
    }

    /// A symbol drawn twice (a white background under its frame, a fill under a stroke) is one.
    private static func withoutDuplicates(_ symbols: [Symbol]) -> [Symbol] {
        var kept: [Symbol] = []
        for symbol in symbols
        where !kept.contains(where: {
            $0.box.contains(symbol.box.center, margin: 0) && abs($0.box.width - symbol.box.width) < 3
                && abs($0.box.height - symbol.box.height) < 3
        }) {
            kept.append(symbol)
        }
        return kept
    }

    private static func extent(_ box: PDFBox) -> Double { box.width + box.height }

    private static func centroid(_ points: [PDFPoint]) -> PDFPoint {
        PDFPoint(x: points.map(\.x).reduce(0, +) / Double(points.count), y: points.map(\.y).reduce(0, +) / Double(points.count))
    }

    /// The symbol that `point` (an arrow's end) touches: the nearest within `reach` points.
    /// Arrowheads often stop short of their target, tails less so.
    func symbol(at point: PDFPoint, reach: Double) -> Int? {
        let distances = symbols.indices.map { ($0, symbols[$0].box.distance(to: point)) }
        guard let best = distances.min(by: { $0.1 < $1.1 }), best.1 <= reach else { return nil }
        return best.0
    }
}
