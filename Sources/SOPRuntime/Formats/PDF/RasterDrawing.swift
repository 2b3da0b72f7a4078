/// A flowchart pasted into the table as a picture, read from the picture's ink.
///
/// A symbol is a closed outline, so its inside is a patch of paper that does not reach the
/// picture's edge; the patch's corners tell its shape (a box fills them, a capsule and a
/// diamond do not, a pentagon fills only the top two). What ink is left outside the
/// outlines is arrows: each connected run joins the symbols it touches, and the end where
/// the ink is thick (the head) is where it points.
struct RasterDrawing {
    private(set) var symbols: [FlowDrawing.Symbol] = []
    private(set) var arrows: [FlowDrawing.Arrow] = []

    private let image: PDFImage
    private let ink: [Bool]
    private let width: Int, height: Int

    init?(image: PDFImage) {
        guard let ink = image.ink, let scale = image.scale else { return nil }
        self.image = image
        self.ink = ink
        width = image.width
        height = image.height
        let interiors = findInteriors(scale: scale)
        symbols = interiors.map(\.symbol)
        arrows = findArrows(around: interiors.map(\.pixels), scale: scale)
    }

    /// A pixel rectangle, inclusive.
    private struct Pixels { var x0: Int, y0: Int, x1: Int, y1: Int }

    /// The patches of paper enclosed by ink, as symbols, with the pixels of their outlines.
    private func findInteriors(scale: (x: Double, y: Double)) -> [(symbol: FlowDrawing.Symbol, pixels: Pixels)] {
        var label = [Int32](repeating: -1, count: width * height)
        var found: [(symbol: FlowDrawing.Symbol, pixels: Pixels)] = []
        var next: Int32 = 0
        var stack: [Int] = []
        for start in 0..<(width * height) where !ink[start] && label[start] < 0 {
            var bounds = Pixels(x0: width, y0: height, x1: -1, y1: -1)
            var count = 0
            var touchesEdge = false
            label[start] = next
            stack.append(start)
            while let index = stack.popLast() {
                let x = index % width
                let y = index / width
                count += 1
                bounds = Pixels(x0: min(bounds.x0, x), y0: min(bounds.y0, y), x1: max(bounds.x1, x), y1: max(bounds.y1, y))
                if x == 0 || y == 0 || x == width - 1 || y == height - 1 { touchesEdge = true }
                for neighbour in [
                    x > 0 ? index - 1 : -1, x < width - 1 ? index + 1 : -1,
                    y > 0 ? index - width : -1, y < height - 1 ? index + width : -1
                ]
                where neighbour >= 0 && !ink[neighbour] && label[neighbour] < 0 {
                    label[neighbour] = next
                    stack.append(neighbour)
                }
            }
            defer { next += 1 }
            let w = Double(bounds.x1 - bounds.x0 + 1) * scale.x
            let h = Double(bounds.y1 - bounds.y0 + 1) * scale.y
            guard !touchesEdge, w >= 6, h >= 4, w <= 200, h <= 80, count >= 20,
                let shape = shape(of: bounds, label: next, labels: label, count: count)
            else { continue }
            // The outline lies just outside the patch.
            let outline = Pixels(
                x0: max(0, bounds.x0 - 2), y0: max(0, bounds.y0 - 2),
                x1: min(width - 1, bounds.x1 + 2), y1: min(height - 1, bounds.y1 + 2))
            let topLeft = image.point(x: Double(outline.x0), y: Double(outline.y0))
            let bottomRight = image.point(x: Double(outline.x1), y: Double(outline.y1))
            let box = PDFBox(
                x0: min(topLeft.x, bottomRight.x), y0: min(topLeft.y, bottomRight.y),
                x1: max(topLeft.x, bottomRight.x), y1: max(topLeft.y, bottomRight.y))
            found.append((FlowDrawing.Symbol(shape: shape, box: box), outline))
        }
        return found
    }

    private func shape(of bounds: Pixels, label: Int32, labels: [Int32], count: Int) -> FlowDrawing.Shape? {
        let w = bounds.x1 - bounds.x0 + 1
        let h = bounds.y1 - bounds.y0 + 1
        let insetX = max(1, w / 12)
        let insetY = max(1, h / 12)
        func inside(_ x: Int, _ y: Int) -> Bool { labels[y * width + x] == label }
        let corners = [
            inside(bounds.x0 + insetX, bounds.y0 + insetY), inside(bounds.x1 - insetX, bounds.y0 + insetY),
            inside(bounds.x1 - insetX, bounds.y1 - insetY), inside(bounds.x0 + insetX, bounds.y1 - insetY)
        ]
        let fill = Double(count) / Double(w * h)
        switch corners.filter({ $0 }).count {
        case 4: return .process
        case 2 where corners[0] && corners[1]: return .connector
        case 0 where fill < 0.7: return .decision
        case 0: return .terminator
        default: return nil
        }
    }

    /// The arrows: runs of ink outside the outlines, from the symbols they leave to the
    /// symbols their heads touch.
    private func findArrows(around outlines: [Pixels], scale: (x: Double, y: Double)) -> [FlowDrawing.Arrow] {
        let reach = 3
        // Which outline covers each pixel, and which outline each pixel lies within reach of:
        // painted once, so that a run's pixels are looked up, not compared with every symbol.
        var covered = [Int32](repeating: -1, count: width * height)
        var near = [Int32](repeating: -1, count: width * height)
        for (index, outline) in outlines.enumerated() {
            for y in max(0, outline.y0 - reach)...min(height - 1, outline.y1 + reach) {
                for x in max(0, outline.x0 - reach)...min(width - 1, outline.x1 + reach) {
                    if near[y * width + x] < 0 { near[y * width + x] = Int32(index) }
                    if x >= outline.x0, x <= outline.x1, y >= outline.y0, y <= outline.y1, covered[y * width + x] < 0 {
                        covered[y * width + x] = Int32(index)
                    }
                }
            }
        }
        var seen = [Bool](repeating: false, count: width * height)
        var arrows: [FlowDrawing.Arrow] = []
        // A head is this much thicker than a line: measured in a window about 2.5 points wide.
        let radius = max(2, Int((2.5 / min(scale.x, scale.y)).rounded()))
        for start in 0..<(width * height) where ink[start] && !seen[start] && covered[start] < 0 {
            var run: [Int] = []
            var stack = [start]
            seen[start] = true
            while let index = stack.popLast() {
                run.append(index)
                let x = index % width
                let y = index / width
                for dy in -1...1 {
                    for dx in -1...1 {
                        let nx = x + dx
                        let ny = y + dy
                        guard nx >= 0, ny >= 0, nx < width, ny < height else { continue }
                        let neighbour = ny * width + nx
                        guard ink[neighbour], !seen[neighbour], covered[neighbour] < 0 else { continue }
                        seen[neighbour] = true
                        stack.append(neighbour)
                    }
                }
            }
            guard run.count >= 5 else { continue }
            var touching: [Int: [Int]] = [:]
            for index in run where near[index] >= 0 {
                touching[Int(near[index]), default: []].append(index)
            }
            guard touching.count <= 16 else { continue }
            let members = Set(run)
            var ends: [(point: PDFPoint, thickness: Int)] = []
            for (symbol, pixels) in touching {
                // Where the run meets the outline, and how thick it is there at most.
                let outline = outlines[symbol]
                let meeting = pixels.min { outsideDistance($0, outline) < outsideDistance($1, outline) }!
                var thickness = 0
                for pixel in pixels {
                    let x = pixel % width
                    let y = pixel / width
                    var count = 0
                    for dy in -radius...radius {
                        for dx in -radius...radius where members.contains((y + dy) * width + x + dx) {
                            count += 1
                        }
                    }
                    thickness = max(thickness, count)
                }
                ends.append((image.point(x: Double(meeting % width), y: Double(meeting / width)), thickness))
            }
            // A head is much thicker than the thinnest end of the same arrow; part of it may
            // lie under the target's outline, so its thickness is compared, not counted.
            guard let thinnest = ends.map(\.thickness).min() else { continue }
            let tips = ends.filter { Double($0.thickness) >= 1.6 * Double(thinnest) }.map(\.point)
            let tails = ends.filter { Double($0.thickness) < 1.6 * Double(thinnest) }.map(\.point)
            let corner = elbow(of: run)
            for tail in tails {
                for tip in tips {
                    arrows.append(FlowDrawing.Arrow(tail: tail, tip: tip, points: [tail] + corner(tail, tip) + [tip]))
                }
            }
        }
        return arrows
    }

    /// How far pixel `index` lies outside `outline`, in pixels.
    private func outsideDistance(_ index: Int, _ outline: Pixels) -> Int {
        let x = index % width
        let y = index / width
        return max(outline.x0 - x, 0, x - outline.x1) + max(outline.y0 - y, 0, y - outline.y1)
    }

    /// For an arrow from `tail` to `tip`, the corner it turns at: whichever of the two
    /// right-angle corners lies on its ink, else none.
    private func elbow(of run: [Int]) -> (PDFPoint, PDFPoint) -> [PDFPoint] {
        let points = run.map { image.point(x: Double($0 % width), y: Double($0 / width)) }
        return { tail, tip in
            for candidate in [PDFPoint(x: tail.x, y: tip.y), PDFPoint(x: tip.x, y: tail.y)]
            where points.contains(where: { $0.distance(to: candidate) < 2 }) {
                return [candidate]
            }
            return []
        }
    }
}
