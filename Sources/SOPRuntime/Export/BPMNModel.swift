/// The BPMN elements of one SOP as they are collected, then written as XML in the order the
/// BPMN 2.0 schema requires: the collaboration (one pool), the process (lane set, flow nodes
/// with their incoming and outgoing flows, sequence flows), then the diagram.
struct BPMNModel {
    struct Element {
        var kind: String
        var id: String
        var name: String
        var lane: Int
        var bounds: BPMNDiagramLayout.Bounds
        var documentation: String
        var incoming: [String] = []
        var outgoing: [String] = []
    }

    struct Flow {
        var id: String
        var source: String
        var target: String
        var name: String?
        var waypoints: [BPMNDiagramLayout.Point]
    }

    private(set) var elements: [Element] = []
    private(set) var flows: [Flow] = []
    /// The element arrows into a row enter, and the one arrows out of it leave.
    private(set) var entryID: [Int: String] = [:]
    private(set) var exitID: [Int: String] = [:]

    mutating func add(
        row: Int?, _ kind: String, id: String, name: String, lane: Int, bounds: BPMNDiagramLayout.Bounds,
        documentation: String = "", isExit: Bool? = nil
    ) {
        elements.append(Element(kind: kind, id: id, name: name, lane: lane, bounds: bounds, documentation: documentation))
        guard let row else { return }
        if entryID[row] == nil { entryID[row] = id }
        if isExit ?? true { exitID[row] = id }
    }

    mutating func flow(from source: String, to target: String, name: String?, waypoints: [BPMNDiagramLayout.Point]) {
        let id = "Flow_\(flows.count + 1)"
        flows.append(Flow(id: id, source: source, target: target, name: name, waypoints: waypoints))
        if let index = elements.firstIndex(where: { $0.id == source }) { elements[index].outgoing.append(id) }
        if let index = elements.firstIndex(where: { $0.id == target }) { elements[index].incoming.append(id) }
    }

    func xml(sop: SOP, lanes: [FlowchartLayout.Lane], diagram: BPMNDiagramLayout) -> String {
        let x = ExportEscaping.xml
        let title = sop.identity.title.isEmpty ? "(tanpa judul)" : sop.identity.title
        let unit = sop.identity.organisation.last ?? title
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out +=
            "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
            + "xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\" xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\" "
            + "xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\" id=\"Definitions_1\" "
            + "targetNamespace=\"urn:sopsh:sop\" exporter=\"sopsh\" exporterVersion=\"1\">\n"
        out += "  <bpmn:collaboration id=\"Collaboration_1\">\n"
        out += "    <bpmn:participant id=\"Participant_1\" name=\"\(x(unit))\" processRef=\"Process_1\"/>\n"
        out += "  </bpmn:collaboration>\n"
        out += "  <bpmn:process id=\"Process_1\" name=\"\(x(title))\" isExecutable=\"false\">\n"
        let about = [
            sop.identity.number.isEmpty ? "" : "Nomor SOP: " + sop.identity.number,
            sop.identity.effectiveOn.isEmpty ? "" : "Tanggal Efektif: " + sop.identity.effectiveOn
        ].filter { !$0.isEmpty }
        if !about.isEmpty {
            out += "    <bpmn:documentation>\(ExportEscaping.xmlText(about.joined(separator: "\n")))</bpmn:documentation>\n"
        }
        out += "    <bpmn:laneSet id=\"LaneSet_1\">\n"
        for (index, lane) in lanes.enumerated() {
            out += "      <bpmn:lane id=\"Lane_\(index + 1)\" name=\"\(x(lane.name))\">\n"
            for element in elements where element.lane == index {
                out += "        <bpmn:flowNodeRef>\(element.id)</bpmn:flowNodeRef>\n"
            }
            out += "      </bpmn:lane>\n"
        }
        out += "    </bpmn:laneSet>\n"
        for element in elements {
            out += "    <bpmn:\(element.kind) id=\"\(element.id)\" name=\"\(x(element.name))\">\n"
            if !element.documentation.isEmpty {
                out += "      <bpmn:documentation>\(ExportEscaping.xmlText(element.documentation))</bpmn:documentation>\n"
            }
            for flow in element.incoming { out += "      <bpmn:incoming>\(flow)</bpmn:incoming>\n" }
            for flow in element.outgoing { out += "      <bpmn:outgoing>\(flow)</bpmn:outgoing>\n" }
            out += "    </bpmn:\(element.kind)>\n"
        }
        for flow in flows {
            let name = flow.name.map { " name=\"\(x($0))\"" } ?? ""
            out += "    <bpmn:sequenceFlow id=\"\(flow.id)\"\(name) sourceRef=\"\(flow.source)\" targetRef=\"\(flow.target)\"/>\n"
        }
        out += "  </bpmn:process>\n"
        out += diagramXML(lanes: lanes, diagram: diagram)
        out += "</bpmn:definitions>\n"
        return out
    }

    private func diagramXML(lanes: [FlowchartLayout.Lane], diagram: BPMNDiagramLayout) -> String {
        let svg = SVGMarkup()
        func bounds(_ b: BPMNDiagramLayout.Bounds) -> String {
            "<dc:Bounds x=\"\(svg.n(b.x))\" y=\"\(svg.n(b.y))\" width=\"\(svg.n(b.width))\" height=\"\(svg.n(b.height))\"/>"
        }
        var out = "  <bpmndi:BPMNDiagram id=\"BPMNDiagram_1\">\n"
        out += "    <bpmndi:BPMNPlane id=\"BPMNPlane_1\" bpmnElement=\"Collaboration_1\">\n"
        out +=
            "      <bpmndi:BPMNShape id=\"Participant_1_di\" bpmnElement=\"Participant_1\" isHorizontal=\"true\">\(bounds(diagram.pool))</bpmndi:BPMNShape>\n"
        for index in lanes.indices {
            out +=
                "      <bpmndi:BPMNShape id=\"Lane_\(index + 1)_di\" bpmnElement=\"Lane_\(index + 1)\" isHorizontal=\"true\">\(bounds(diagram.lanes[index]))</bpmndi:BPMNShape>\n"
        }
        for element in elements {
            let marker = element.kind == "exclusiveGateway" ? " isMarkerVisible=\"true\"" : ""
            out += "      <bpmndi:BPMNShape id=\"\(element.id)_di\" bpmnElement=\"\(element.id)\"\(marker)>\(bounds(element.bounds))"
            if element.kind != "userTask" {
                // Events and gateways carry their names below them.
                let label = BPMNDiagramLayout.Bounds(
                    x: element.bounds.centerX - 45, y: element.bounds.y + element.bounds.height + 5, width: 90, height: 27)
                out += "<bpmndi:BPMNLabel>\(bounds(label))</bpmndi:BPMNLabel>"
            }
            out += "</bpmndi:BPMNShape>\n"
        }
        for flow in flows {
            out += "      <bpmndi:BPMNEdge id=\"\(flow.id)_di\" bpmnElement=\"\(flow.id)\">\n"
            for point in flow.waypoints {
                out += "        <di:waypoint x=\"\(svg.n(point.x))\" y=\"\(svg.n(point.y))\"/>\n"
            }
            if flow.name != nil, let first = flow.waypoints.first, flow.waypoints.count >= 2 {
                let second = flow.waypoints[1]
                let goesDown = second.y > first.y
                let goesUp = second.y < first.y
                let label = BPMNDiagramLayout.Bounds(
                    x: first.x + 6, y: goesDown ? first.y + 4 : (goesUp ? first.y - 30 : first.y - 30), width: 100, height: 27)
                out += "        <bpmndi:BPMNLabel>\(bounds(label))</bpmndi:BPMNLabel>\n"
            }
            out += "      </bpmndi:BPMNEdge>\n"
        }
        out += "    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n"
        return out
    }
}
