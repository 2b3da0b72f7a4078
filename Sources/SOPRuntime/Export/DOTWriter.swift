/// Writes an SOP as a Graphviz DOT graph: a cluster per role (its lane), the first and last
/// activities as rounded boxes, process boxes, decision diamonds with their answers on their
/// arrows. Loops back for rework do not constrain the ranking, so the steps keep the table's
/// order from top to bottom. `dot -Tsvg` draws it.
public enum DOTWriter {
    public static func write(_ sop: SOP) -> String {
        let layout = FlowchartLayout(sop)
        var lines = ["digraph sop {"]
        let title = [sop.identity.title, sop.identity.number].filter { !$0.isEmpty }.joined(separator: "\n")
        lines.append(
            "  graph [rankdir=TB, newrank=true, nodesep=0.35, ranksep=0.45, fontname=\"DejaVu Sans\", fontsize=12, labelloc=t, label=\(ExportEscaping.dot(title))];"
        )
        lines.append("  node [fontname=\"DejaVu Sans\", fontsize=10, shape=box, style=filled, fillcolor=white, margin=\"0.12,0.06\"];")
        lines.append("  edge [fontname=\"DejaVu Sans\", fontsize=9];")
        for (laneIndex, lane) in layout.lanes.enumerated() {
            lines.append("  subgraph cluster_lane\(laneIndex) {")
            lines.append("    label=\(ExportEscaping.dot(lane.name)); style=\"rounded,dashed\"; color=gray50; fontsize=11;")
            for (row, node) in layout.nodes.enumerated() where node.lane == laneIndex {
                lines.append("    \(id(row)) [\(attributes(of: node))];")
            }
            for (row, node) in layout.nodes.enumerated() where node.jointLanes.contains(laneIndex) {
                let copy = FlowchartLayout.Node(
                    element: node.element, symbol: node.symbol, lane: laneIndex, jointLanes: [],
                    number: node.number, text: "(bersama)")
                lines.append("    \(id(row))_\(laneIndex) [\(attributes(of: copy)), style=\"dashed,filled\"];")
            }
            lines.append("  }")
        }
        for (row, node) in layout.nodes.enumerated() {
            for lane in node.jointLanes {
                lines.append("  { rank=same; \(id(row)); \(id(row))_\(lane); }")
                lines.append("  \(id(row)) -> \(id(row))_\(lane) [dir=none, style=dashed, constraint=false];")
            }
        }
        for (index, link) in layout.links.enumerated() {
            var attributes: [String] = []
            if let answer = link.answer { attributes.append("label=\(ExportEscaping.dot(wrapped(answer, width: 12)))") }
            let target: String
            if let to = link.to {
                target = id(to)
                if link.isLoopBack { attributes.append("constraint=false") }
            } else {
                target = "missing\(index)"
                lines.append("  \(target) [shape=plaintext, style=\"\", label=\(ExportEscaping.dot("? " + (link.missingTarget ?? "")))];")
                attributes.append("style=dashed")
            }
            let list = attributes.isEmpty ? "" : " [" + attributes.joined(separator: ", ") + "]"
            lines.append("  \(id(link.from)) -> \(target)\(list);")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func id(_ row: Int) -> String { "n\(row)" }

    private static func attributes(of node: FlowchartLayout.Node) -> String {
        let label = ExportEscaping.dot(wrapped(node.number.isEmpty ? node.text : node.number + ". " + node.text, width: 16))
        switch node.symbol {
        case .terminator: return "label=\(label), style=\"rounded,filled\", penwidth=1.6"
        case .process: return "label=\(label)"
        case .decision: return "label=\(label), shape=diamond, margin=\"0.02,0.02\""
        case .connector: return "label=\(label), shape=invhouse"
        }
    }

    static func wrapped(_ text: String, width: Double) -> String {
        TextMeasure.wrap(text, width: width, maximumLines: 6).joined(separator: "\n")
    }
}
