/// Writes the swimlane flowchart alone as one SVG picture, in the standard's form: a column per
/// role under its name, a row per step, the first and last activities as capsules, boxes,
/// diamonds with their answers beside their arrows, and off-page connectors where a page of a
/// longer layout is drawn. Text is wrapped to fit its symbol (SVG does not wrap by itself).
public enum SVGFlowchartWriter {
    /// The SOP's whole flowchart; `highlighting` a step marks the step a case is at.
    public static func write(_ sop: SOP, highlighting step: StepIndex? = nil) -> String {
        let layout = FlowchartLayout(sop)
        let title = sop.identity.title.isEmpty ? "(tanpa judul)" : sop.identity.title
        return write(layout, title: title, subtitle: sop.identity.number, highlighting: step.flatMap(layout.row(ofStep:)))
    }

    /// A layout (a whole flowchart or one page of it) under a title; `highlighting` is a row.
    public static func write(_ layout: FlowchartLayout, title: String, subtitle: String = "", highlighting: Int? = nil) -> String {
        let geometry = SVGFlowchartGeometry(layout, title: title, subtitle: subtitle)
        var svg = SVGMarkup()
        svg.open(width: geometry.width, height: geometry.height, title: title)
        svg.raw("<rect x=\"0\" y=\"0\" width=\"\(svg.n(geometry.width))\" height=\"\(svg.n(geometry.height))\" fill=\"#ffffff\"/>")
        svg.text(title, x: geometry.padding, y: geometry.padding + 16, size: 16, weight: "bold")
        if !subtitle.isEmpty { svg.text(subtitle, x: geometry.padding, y: geometry.padding + 36, size: 12, fill: "#444444") }
        drawLanes(layout, geometry, &svg)
        drawLinks(layout, geometry, &svg)
        for row in layout.nodes.indices { drawNode(row, layout, geometry, highlighted: row == highlighting, &svg) }
        svg.close()
        return svg.text
    }

    private static func drawLanes(_ layout: FlowchartLayout, _ geometry: SVGFlowchartGeometry, _ svg: inout SVGMarkup) {
        let top = geometry.headerTop
        let bottom = geometry.height - geometry.padding
        for index in layout.lanes.indices {
            let left = geometry.laneLeft(index)
            svg.raw(
                "<rect class=\"lane-head\" x=\"\(svg.n(left))\" y=\"\(svg.n(top))\" width=\"\(svg.n(geometry.laneWidth))\" height=\"\(svg.n(geometry.headerHeight))\" fill=\"#eeeeee\" stroke=\"#000000\"/>"
            )
            let lines = geometry.laneNameLines[index]
            for (offset, line) in lines.enumerated() {
                let y = top + (geometry.headerHeight - Double(lines.count) * 15) / 2 + 12 + Double(offset) * 15
                svg.text(line, x: left + geometry.laneWidth / 2, y: y, size: 12, weight: "bold", anchor: "middle")
            }
            svg.raw(
                "<rect class=\"lane\" x=\"\(svg.n(left))\" y=\"\(svg.n(top + geometry.headerHeight))\" width=\"\(svg.n(geometry.laneWidth))\" height=\"\(svg.n(bottom - top - geometry.headerHeight))\" fill=\"none\" stroke=\"#000000\"/>"
            )
        }
    }

    private static func drawLinks(_ layout: FlowchartLayout, _ geometry: SVGFlowchartGeometry, _ svg: inout SVGMarkup) {
        for link in layout.links {
            let from = geometry.box(link.from)
            let answerStyle = "paint-order=\"stroke\" stroke=\"#ffffff\" stroke-width=\"3\""
            guard let to = link.to else {
                let sign: Double = link.port == .left ? -1 : 1
                let startX = from.centerX + sign * from.width / 2
                let endX = startX + sign * 34
                svg.raw(
                    "<path class=\"flow stub\" d=\"M\(svg.n(startX)) \(svg.n(from.centerY)) H\(svg.n(endX))\" fill=\"none\" stroke=\"#000000\" stroke-dasharray=\"4 3\" marker-end=\"url(#arrow)\"/>"
                )
                svg.text(
                    link.missingTarget.map { $0 == "?" ? "?" : "? " + $0 } ?? "?", x: endX + sign * 4, y: from.centerY + 4, size: 11,
                    weight: "bold", anchor: sign < 0 ? "end" : "start")
                if let answer = link.answer {
                    svg.text(
                        answer, x: startX + sign * 4, y: from.centerY - 5, size: 10, anchor: sign < 0 ? "end" : "start", fill: "#222222",
                        extra: answerStyle)
                }
                continue
            }
            let target = geometry.box(to)
            let trackY = geometry.trackY(to)
            var path: String
            var labelAt: (x: Double, y: Double, anchor: String)
            switch link.port {
            case .bottom:
                path = "M\(svg.n(from.centerX)) \(svg.n(from.bottom)) V\(svg.n(trackY)) H\(svg.n(target.centerX)) V\(svg.n(target.top))"
                labelAt = (from.centerX + 5, from.bottom + 12, "start")
            case .left, .right:
                let sign: Double = link.port == .left ? -1 : 1
                let exitX = from.centerX + sign * from.width / 2
                let channelX = geometry.channelX(lane: layout.nodes[link.from].lane, side: link.port, slot: link.channel ?? 0)
                path =
                    "M\(svg.n(exitX)) \(svg.n(from.centerY)) H\(svg.n(channelX)) V\(svg.n(trackY)) H\(svg.n(target.centerX)) V\(svg.n(target.top))"
                // Beyond the channel, so that the label's halo does not cut the line.
                labelAt = (channelX + sign * 4, from.centerY - 5, sign < 0 ? "end" : "start")
            }
            let kind = link.isLoopBack ? "flow loop" : "flow"
            svg.raw(
                "<path class=\"\(kind)\" d=\"\(path)\" fill=\"none\" stroke=\"#000000\" stroke-width=\"1.2\" marker-end=\"url(#arrow)\"/>")
            if let answer = link.answer {
                svg.text(answer, x: labelAt.x, y: labelAt.y, size: 10, anchor: labelAt.anchor, fill: "#222222", extra: answerStyle)
            }
        }
    }

    private static func drawNode(
        _ row: Int, _ layout: FlowchartLayout, _ geometry: SVGFlowchartGeometry, highlighted: Bool, _ svg: inout SVGMarkup
    ) {
        let node = layout.nodes[row]
        let box = geometry.box(row)
        for lane in node.jointLanes {
            let x = geometry.laneLeft(lane) + geometry.laneWidth / 2
            svg.raw(
                "<path class=\"joint\" d=\"M\(svg.n(box.centerX)) \(svg.n(box.centerY)) H\(svg.n(x))\" stroke=\"#000000\" stroke-dasharray=\"5 3\" fill=\"none\"/>"
            )
            let copy = SVGFlowchartGeometry.Box(centerX: x, centerY: box.centerY, width: geometry.symbolWidth(lane), height: box.height)
            SVGSymbols.draw(node.symbol, copy, fill: "#ffffff", dashed: true, &svg)
            svg.text(node.number + ". (bersama)", x: x, y: box.centerY + 4, size: 10, anchor: "middle")
        }
        let fill = highlighted ? "#ffe066" : "#ffffff"
        SVGSymbols.draw(
            node.symbol, box, fill: fill, dashed: false, &svg, strokeWidth: highlighted ? 3 : (node.symbol == .terminator ? 1.8 : 1.2))
        let lines = geometry.textLines[row]
        let firstY = box.centerY - Double(lines.count) * SVGFlowchartGeometry.lineHeight / 2 + 10
        for (offset, line) in lines.enumerated() {
            svg.text(
                line, x: box.centerX, y: firstY + Double(offset) * SVGFlowchartGeometry.lineHeight, size: SVGFlowchartGeometry.fontSize,
                weight: node.symbol == .connector ? "bold" : nil, anchor: "middle",
                boldPrefix: offset == 0 && !node.number.isEmpty ? node.number + "." : nil)
        }
    }
}
