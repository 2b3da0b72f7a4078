/// Writes an SOP as a Mermaid flowchart (GitHub, GitLab and many wikis draw it): a subgraph
/// per role, the first and last activities as stadiums (capsules), process boxes, decision
/// rhombi with their answers on their arrows. Every label is quoted and escaped, so no text of
/// the SOP can break the diagram's syntax.
public enum MermaidWriter {
    public static func write(_ sop: SOP) -> String {
        let layout = FlowchartLayout(sop)
        var lines: [String] = []
        let title = [sop.identity.title, sop.identity.number].filter { !$0.isEmpty }.joined(separator: " · ")
        if !title.isEmpty {
            // Mermaid renders the title as HTML, as it does labels: escaped as they are.
            lines += ["---", "title: \"\(yamlQuoted(ExportEscaping.mermaid(title)))\"", "---"]
        }
        lines.append("flowchart TB")
        for (laneIndex, lane) in layout.lanes.enumerated() {
            lines.append("  subgraph lane\(laneIndex)[\"\(ExportEscaping.mermaid(lane.name))\"]")
            lines.append("    direction TB")
            for (row, node) in layout.nodes.enumerated() where node.lane == laneIndex {
                lines.append("    " + shape(id(row), node.symbol, label(node)))
            }
            for (row, node) in layout.nodes.enumerated() where node.jointLanes.contains(laneIndex) {
                lines.append("    " + shape("\(id(row))x\(laneIndex)", node.symbol, ExportEscaping.mermaid(node.number + ". (bersama)")))
            }
            lines.append("  end")
        }
        for (row, node) in layout.nodes.enumerated() {
            for lane in node.jointLanes { lines.append("  \(id(row)) -.- \(id(row))x\(lane)") }
        }
        for (index, link) in layout.links.enumerated() {
            let answer = link.answer.map { "|\"\(ExportEscaping.mermaid($0))\"|" } ?? ""
            if let to = link.to {
                lines.append("  \(id(link.from)) -->\(answer) \(id(to))")
            } else {
                lines.append("  missing\(index)[/\"\(ExportEscaping.mermaid("? " + (link.missingTarget ?? "")))\"/]")
                lines.append("  \(id(link.from)) -.->\(answer) missing\(index)")
            }
        }
        for (row, node) in layout.nodes.enumerated() where node.symbol == .terminator {
            lines.append("  style \(id(row)) stroke-width:2px")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func id(_ row: Int) -> String { "n\(row)" }

    private static func label(_ node: FlowchartLayout.Node) -> String {
        let text = node.number.isEmpty ? node.text : node.number + ". " + node.text
        return ExportEscaping.mermaid(TextMeasure.wrap(text, width: 18, maximumLines: 6).joined(separator: "\n"))
    }

    private static func shape(_ id: String, _ symbol: FlowchartLayout.Symbol, _ label: String) -> String {
        switch symbol {
        case .terminator: "\(id)([\"\(label)\"])"
        case .process: "\(id)[\"\(label)\"]"
        case .decision: "\(id){\"\(label)\"}"
        case .connector: "\(id)[/\"\(label)\"\\]"
        }
    }

    /// A YAML double-quoted scalar's inside, for the front matter's title.
    private static func yamlQuoted(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += " "
            default: if scalar.value >= 0x20, scalar.value != 0x7F { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
