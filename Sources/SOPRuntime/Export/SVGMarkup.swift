/// SVG text being written: numbers in one fixed form (so that the same picture is the same
/// bytes on every machine), text escaped, and the arrowhead marker every picture uses.
struct SVGMarkup {
    private(set) var text = ""

    /// A coordinate with at most one decimal, without a locale: "12", "12.5", "-3".
    func n(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        let whole = Int(tenths) / 10
        let fraction = abs(Int(tenths) % 10)
        let sign = tenths < 0 && whole == 0 ? "-" : ""
        return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
    }

    mutating func open(width: Double, height: Double, title: String, standalone: Bool = true) {
        if standalone { text += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" }
        text +=
            "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"\(n(width))\" height=\"\(n(height))\" "
            + "viewBox=\"0 0 \(n(width)) \(n(height))\" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\">\n"
        text += "<title>\(ExportEscaping.xmlText(title))</title>\n"
        text += Self.arrowMarker
    }

    /// The arrowhead, as a marker at the end of every flow line.
    static let arrowMarker =
        "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" "
        + "markerHeight=\"7\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0 0 L10 5 L0 10 z\" fill=\"#000000\"/></marker></defs>\n"

    mutating func close() {
        text += "</svg>\n"
    }

    mutating func raw(_ markup: String) {
        text += markup + "\n"
    }

    /// A line of text; `boldPrefix` (a step's number) is set in bold when the line starts with it.
    mutating func text(
        _ content: String, x: Double, y: Double, size: Double, weight: String? = nil, anchor: String = "start",
        fill: String = "#000000", boldPrefix: String? = nil, extra: String = ""
    ) {
        var attributes = "x=\"\(n(x))\" y=\"\(n(y))\" font-size=\"\(n(size))\" text-anchor=\"\(anchor)\" fill=\"\(fill)\""
        if let weight { attributes += " font-weight=\"\(weight)\"" }
        if !extra.isEmpty { attributes += " " + extra }
        var body = ExportEscaping.xmlText(content)
        if let boldPrefix, !boldPrefix.isEmpty, content.hasPrefix(boldPrefix) {
            body =
                "<tspan font-weight=\"bold\">\(ExportEscaping.xmlText(boldPrefix))</tspan>"
                + ExportEscaping.xmlText(String(content.dropFirst(boldPrefix.count)))
        }
        text += "<text \(attributes)>\(body)</text>\n"
    }
}

/// The standard's symbols as SVG shapes, centred on a box.
enum SVGSymbols {
    static func draw(
        _ symbol: FlowchartLayout.Symbol, _ box: SVGFlowchartGeometry.Box, fill: String, dashed: Bool,
        _ svg: inout SVGMarkup, strokeWidth: Double = 1.2
    ) {
        let style =
            "fill=\"\(fill)\" stroke=\"#000000\" stroke-width=\"\(svg.n(strokeWidth))\"" + (dashed ? " stroke-dasharray=\"5 3\"" : "")
        let left = box.centerX - box.width / 2
        let top = box.centerY - box.height / 2
        switch symbol {
        case .terminator:
            let radius = min(box.height / 2, 22)
            svg.raw(
                "<rect class=\"terminator\" x=\"\(svg.n(left))\" y=\"\(svg.n(top))\" width=\"\(svg.n(box.width))\" height=\"\(svg.n(box.height))\" rx=\"\(svg.n(radius))\" ry=\"\(svg.n(radius))\" \(style)/>"
            )
        case .process:
            svg.raw(
                "<rect class=\"process\" x=\"\(svg.n(left))\" y=\"\(svg.n(top))\" width=\"\(svg.n(box.width))\" height=\"\(svg.n(box.height))\" \(style)/>"
            )
        case .decision:
            let points = [(box.centerX, top), (left + box.width, box.centerY), (box.centerX, top + box.height), (left, box.centerY)]
            svg.raw(
                "<polygon class=\"decision\" points=\"\(points.map { "\(svg.n($0.0)),\(svg.n($0.1))" }.joined(separator: " "))\" \(style)/>"
            )
        case .connector:
            // A pentagon pointing down: the standard's off-page connector.
            let shoulder = top + box.height * 0.62
            let points = [
                (left, top), (left + box.width, top), (left + box.width, shoulder), (box.centerX, top + box.height), (left, shoulder)
            ]
            svg.raw(
                "<polygon class=\"connector\" points=\"\(points.map { "\(svg.n($0.0)),\(svg.n($0.1))" }.joined(separator: " "))\" \(style)/>"
            )
        }
    }
}
