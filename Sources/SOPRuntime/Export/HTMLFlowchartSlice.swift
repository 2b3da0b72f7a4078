/// The role columns of one row of the official form, drawn as an SVG that fills the row's
/// cell whatever height the row's text gives it. Across the page the slices join up into the
/// flowchart: x is a percentage of the role columns (which the table keeps equal), and y is the
/// row's top, its track (a fixed few pixels down), its middle (where the symbol sits) or its
/// bottom, so a line that leaves one row at the bottom enters the next at the top.
struct HTMLFlowchartSlice {
    let layout: FlowchartLayout
    let row: Int

    static let trackY = 8.0
    static let fontSize = 8.0

    private var laneCount: Double { Double(max(1, layout.lanes.count)) }

    /// The symbol's width as a fraction of its lane: narrower where the lane needs channels.
    private func symbolFraction(_ lane: Int) -> Double {
        let channels = Double(max(layout.channelCounts[lane].left, layout.channelCounts[lane].right))
        return min(0.66, 1 - 2 * (0.12 + 0.075 * channels))
    }

    /// A position across the role columns, in per cent, from a lane and a fraction of it.
    private func x(_ lane: Int, _ fraction: Double = 0.5) -> Double {
        (Double(lane) + fraction) / laneCount * 100
    }

    private func channelX(_ link: FlowchartLayout.Link) -> Double {
        let lane = layout.nodes[link.from].lane
        let offset = symbolFraction(lane) / 2 + 0.045 + 0.075 * Double(link.channel ?? 0)
        return x(lane, link.port == .left ? 0.5 - offset : 0.5 + offset)
    }

    private func height(_ symbol: FlowchartLayout.Symbol) -> Double {
        switch symbol {
        case .decision: 30
        case .connector: 22
        default: 24
        }
    }

    func svg() -> String {
        var svg = SVGMarkup()
        let node = layout.nodes[row]
        let p = { (value: Double) in svg.n(value) + "%" }
        let t = svg.n(Self.trackY)
        var lines: [String] = []
        func line(_ x1: String, _ y1: String, _ x2: String, _ y2: String, dashed: Bool = false) {
            lines.append("<line x1=\"\(x1)\" y1=\"\(y1)\" x2=\"\(x2)\" y2=\"\(y2)\"\(dashed ? " stroke-dasharray=\"4 3\"" : "")/>")
        }
        for lane in 1..<max(1, layout.lanes.count) {
            svg.raw(
                "<line class=\"lane-rule\" x1=\"\(p(x(lane, 0)))\" y1=\"0\" x2=\"\(p(x(lane, 0)))\" y2=\"100%\" stroke=\"#000000\" stroke-width=\"0.8\"/>"
            )
        }
        let center = x(node.lane)
        var labels: [String] = []
        for link in layout.links {
            let sideX = link.port == .bottom ? nil : channelX(link)
            if link.from == row {
                let sign: Double = link.port == .left ? -1 : 1
                let vertex = x(node.lane, 0.5 + sign * symbolFraction(node.lane) / 2)
                if let to = link.to, let sideX {
                    line(p(center), "50%", p(sideX), "50%")
                    line(p(sideX), "50%", p(sideX), to > row ? "100%" : (to == row ? t : "0"))
                } else if link.to != nil {
                    line(p(center), "50%", p(center), "100%")
                } else {
                    let end = vertex + sign * 8 / laneCount
                    line(p(center), "50%", p(end), "50%", dashed: true)
                    labels.append(
                        text(
                            link.missingTarget.map { $0 == "?" ? "?" : "? " + $0 } ?? "?", x: end, dx: sign * 2, dy: 3,
                            anchor: sign < 0 ? "end" : "start", bold: true))
                }
                if let answer = link.answer {
                    if link.port == .bottom {
                        labels.append(text(answer, x: center, dx: 3, dy: height(node.symbol) / 2 + 9, anchor: "start"))
                    } else {
                        // Beyond the channel, so that the label's halo does not cut the line.
                        labels.append(text(answer, x: sideX ?? vertex, dx: sign * 3, dy: -4, anchor: sign < 0 ? "end" : "start"))
                    }
                }
            }
            if link.to == row {
                if let sideX {
                    if link.from != row { line(p(sideX), link.from < row ? "0" : "100%", p(sideX), t) }
                    line(p(sideX), t, p(center), t)
                } else {
                    let above = x(layout.nodes[link.from].lane)
                    line(p(above), "0", p(above), t)
                    line(p(above), t, p(center), t)
                }
            } else if let to = link.to, let sideX, min(link.from, to) < row, row < max(link.from, to) {
                line(p(sideX), "0", p(sideX), "100%")
            }
        }
        let hasIncoming = layout.links.contains { $0.to == row }
        if hasIncoming { line(p(center), t, p(center), "50%") }
        svg.raw(
            "<g class=\"flow\" stroke=\"#000000\" stroke-width=\"1\" fill=\"none\" shape-rendering=\"crispEdges\">" + lines.joined()
                + "</g>")
        for lane in node.jointLanes {
            svg.raw(
                "<line class=\"joint\" x1=\"\(p(center))\" y1=\"50%\" x2=\"\(p(x(lane)))\" y2=\"50%\" stroke=\"#000000\" stroke-dasharray=\"4 3\"/>"
            )
            symbol(node.symbol, lane: lane, dashed: true, &svg)
        }
        symbol(node.symbol, lane: node.lane, dashed: false, &svg)
        if hasIncoming {
            let top = height(node.symbol) / 2
            svg.raw(
                "<svg x=\"\(p(center))\" y=\"50%\" overflow=\"visible\"><path d=\"M-3.5 \(svg.n(-top - 6)) L3.5 \(svg.n(-top - 6)) L0 \(svg.n(-top)) z\" fill=\"#000000\"/></svg>"
            )
        }
        if !node.number.isEmpty || node.element == .start || node.element == .end {
            let shown = node.number.isEmpty ? node.text : node.number
            svg.raw(
                "<svg y=\"50%\" overflow=\"visible\">" + text(shown, x: center, dx: 0, dy: 3, anchor: "middle", bold: true, halo: false)
                    + "</svg>")
        }
        for label in labels { svg.raw("<svg y=\"50%\" overflow=\"visible\">" + label + "</svg>") }
        return "<svg class=\"lanes\" xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"100%\" "
            + "font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\" aria-hidden=\"true\">\n" + svg.text + "</svg>"
    }

    private func symbol(_ symbol: FlowchartLayout.Symbol, lane: Int, dashed: Bool, _ svg: inout SVGMarkup) {
        let width = symbolFraction(lane) / laneCount * 100
        let height = height(symbol)
        let left = x(lane) - width / 2
        let style =
            "fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"\(symbol == .terminator ? "1.6" : "1.1")\""
            + (dashed ? " stroke-dasharray=\"4 3\"" : "")
        let box = "x=\"\(svg.n(left))%\" y=\"\(svg.n(-height / 2))\" width=\"\(svg.n(width))%\" height=\"\(svg.n(height))\""
        switch symbol {
        case .terminator:
            svg.raw("<svg y=\"50%\" overflow=\"visible\"><rect class=\"terminator\" \(box) rx=\"\(svg.n(height / 2))\" \(style)/></svg>")
        case .process:
            svg.raw("<svg y=\"50%\" overflow=\"visible\"><rect class=\"process\" \(box) \(style)/></svg>")
        case .decision, .connector:
            let points = symbol == .decision ? "50,0 100,50 50,100 0,50" : "0,0 100,0 100,62 50,100 0,62"
            svg.raw(
                "<svg y=\"50%\" overflow=\"visible\"><svg \(box) viewBox=\"0 0 100 100\" preserveAspectRatio=\"none\" overflow=\"visible\">"
                    + "<polygon class=\"\(symbol == .decision ? "decision" : "connector")\" points=\"\(points)\" \(style) vector-effect=\"non-scaling-stroke\"/></svg></svg>"
            )
        }
    }

    /// A label at a position across the role columns (per cent) moved by `dx`, `dy` pixels
    /// from the row's middle.
    private func text(_ content: String, x: Double, dx: Double, dy: Double, anchor: String, bold: Bool = false, halo: Bool = true) -> String
    {
        let markup = SVGMarkup()
        let weight = bold ? " font-weight=\"bold\"" : ""
        let outline = halo ? " paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"2.5\"" : ""
        return
            "<svg x=\"\(markup.n(x))%\" overflow=\"visible\"><text x=\"\(markup.n(dx))\" y=\"\(markup.n(dy))\" font-size=\"\(markup.n(Self.fontSize))\" "
            + "text-anchor=\"\(anchor)\"\(weight)\(outline)>\(ExportEscaping.xmlText(content))</text></svg>"
    }
}
