import Foundation
import SOPRuntime
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Exports of an SOP, each handed to a real reader of its format (see `Consumer`): Graphviz
/// draws the DOT, Mermaid's own parser reads the Mermaid, GitHub's reader (cmark-gfm) reads the
/// Markdown tables, the BPMN validates against the OMG schemas, SVG and HTML parse as XML. And
/// the same SOP always gives the same bytes.
@Suite struct Exports {
    static func seed() throws -> SOP { try Examples.load(Examples.seed).sop }

    /// The seed's roles, and the three decisions with their answers and targets, as its YAML says.
    static let seedDecisions: [(step: String, answers: [(String, String)])] = [
        ("3", [("menyetujui", "5"), ("perlu perbaikan", "2")]),
        ("6", [("menyetujui", "7"), ("perlu perbaikan", "2")]),
        ("11", [("perlu perbaikan", "10"), ("melaporkan ke atasan Kepala UKPBJ", "12")])
    ]

    @Test func theLayoutGivesALanePerRoleASymbolPerStepAndRoutesTheLoopsBackAlongTheMargins() throws {
        let sop = try Self.seed()
        let layout = FlowchartLayout(sop)
        #expect(layout.lanes.map(\.name) == sop.roles.map(\.name))
        #expect(layout.nodes.map(\.number) == sop.steps.map(\.label), "one row per step, in the table's order, and nothing else")
        #expect(
            layout.nodes.first?.symbol == .terminator && layout.nodes.last?.symbol == .terminator,
            "the first and last activities are capsules")
        #expect(layout.nodes.filter { $0.symbol == .decision }.map(\.number) == Self.seedDecisions.map(\.step))
        for (row, node) in layout.nodes.enumerated() {
            #expect(layout.lanes[node.lane].roleID == sop.steps[row].executors.first, "step \(node.number) is in its executor's lane")
        }
        let loops = layout.links.filter(\.isLoopBack)
        #expect(loops.map { "\(layout.nodes[$0.from].number)→\(layout.nodes[$0.to!].number)" } == ["3→2", "6→2", "11→10"])
        for link in layout.links {
            if link.to == link.from + 1 {
                #expect(link.port == .bottom && link.channel == nil)
            } else {
                #expect(link.port != .bottom && link.channel != nil, "an arrow that is not to the row below runs in a channel")
            }
        }
        // 3→2 and 11→10 leave the Kepala's lane on the same side but never at the same height:
        // they share its channel.
        let kepala = loops.filter { layout.nodes[$0.from].lane == 0 }
        #expect(kepala.count == 2 && Set(kepala.map(\.channel)).count == 1)
    }

    @Test func aDraftGetsAStartBeforeADecisionAnEndAfterAnAnswerThatEndsAndStubsForAnswersThatLeadNowhere() {
        let layout = FlowchartLayout(Self.awkwardDraft())
        #expect(layout.nodes.first?.element == .start && layout.nodes.first?.symbol == .terminator)
        #expect(layout.nodes.last?.element == .end)
        #expect(layout.lanes.last?.roleID == nil, "a step without a known executor gets a lane of its own")
        #expect(layout.nodes[2].jointLanes == [0], "a joint step is drawn again in its other executor's lane")
        let decision = layout.links.filter { $0.from == 1 }
        #expect(decision.compactMap(\.missingTarget) == ["99", "?"])
        #expect(decision.contains { $0.to == layout.rowCount - 1 && $0.answer == "tidak lengkap" })
    }

    /// The draft of the test above: a decision first, an answer that ends, answers that lead
    /// nowhere, a joint step and a step nobody carries out.
    static func awkwardDraft() -> SOP {
        var sop = TestSOPs.clean()
        sop.steps.insert(
            TestSOPs.step(
                0, "Memeriksa kelengkapan", by: "kepala", needs: "", time: "1 jam", gives: "",
                answers: [("lengkap", .step(StepNumber(1))), ("tidak lengkap", .end), ("ditunda", .step(StepNumber(99))), ("?", nil)]),
            at: 0)
        sop.steps[1].executors = ["staf", "kepala"]
        sop.steps[2].executors = []
        return sop
    }

    @Test func everyReaderAcceptsAnAwkwardDraft() throws {
        let sop = Self.awkwardDraft()
        let drawn = try Consumer.dot(DOTWriter.write(sop))
        #expect(drawn.status == 0 && drawn.stderr.isEmpty, "\(drawn)")
        let (graph, error) = try Consumer.mermaid(MermaidWriter.write(sop))
        #expect(graph != nil, "Mermaid refused it: \(error)")
        let bpmn = try Consumer.xmllint(BPMNWriter.write(sop), schema: Consumer.bpmnSchema)
        #expect(bpmn.status == 0, "\(bpmn)")
        let model = try Consumer.xml(BPMNWriter.write(sop))
        #expect(model.elements(named: "startEvent").count == 1 && model.elements(named: "endEvent").count == 2)
        #expect(
            model.elements(named: "documentation").contains {
                $0.stringValue?.contains("Jawaban “ditunda” belum menunjuk langkah yang ada (99)") == true
            })
        for text in [SVGFlowchartWriter.write(sop), HTMLFormWriter.write(sop)] {
            let lint = try Consumer.xmllint(text)
            #expect(lint.status == 0, "\(lint)")
        }
    }

    @Test func aLayoutCutIntoPagesEndsEachCrossingArrowAtAnOffPageConnectorNamingTheStep() throws {
        let layout = FlowchartLayout(try Self.seed())
        let cut = try #require(layout.row(ofStep: .at(8)))  // step 10
        let pages = layout.pages(breakingBefore: [cut])
        try #require(pages.count == 2)
        let out = pages[0].nodes.filter { $0.symbol == .connector }
        let into = pages[1].nodes.filter { $0.symbol == .connector }
        #expect(out.map(\.number) == ["10"] && into.map(\.number) == ["10"])
        #expect(out[0].lane == layout.nodes[cut].lane && into[0].lane == layout.nodes[cut].lane, "a connector stands in its step's lane")
        #expect(pages[1].links.contains { pages[1].nodes[$0.from].symbol == .connector && pages[1].nodes[$0.to!].number == "10" })
        #expect(pages.map { $0.nodes.filter { $0.symbol != .connector }.count }.reduce(0, +) == layout.rowCount)
    }

    @Test func graphvizDrawsTheDOTWithALaneClusterPerRoleAndEveryStep() throws {
        let sop = try Self.seed()
        let dot = DOTWriter.write(sop)
        let drawn = try Consumer.dot(dot)
        #expect(drawn.status == 0 && drawn.stderr.isEmpty, "\(drawn)")
        let svg = try Consumer.xml(drawn.stdout)
        let texts = svg.elements(named: "text").compactMap(\.stringValue)
        for role in sop.roles { #expect(texts.contains(role.name), "the lane \(role.name) is drawn") }
        let clusters = svg.elements(named: "g").filter { $0.value("class") == "cluster" }
        #expect(clusters.count == sop.roles.count)
        #expect(svg.elements(named: "g").filter { $0.value("class") == "edge" }.count == FlowchartLayout(sop).links.count)
        for (step, answers) in Self.seedDecisions {
            #expect(texts.contains { $0.hasPrefix(step + ". ") }, "step \(step) is drawn")
            for (answer, _) in answers { #expect(texts.joined(separator: " ").contains(answer)) }
        }
    }

    @Test func mermaidsOwnParserReadsTheFlowchartWithASubgraphPerRoleAndTheAnswersOnTheArrows() throws {
        let sop = try Self.seed()
        let (parsed, error) = try Consumer.mermaid(MermaidWriter.write(sop))
        let graph = try #require(parsed, "Mermaid refused it: \(error)")
        let vertices = try #require(graph["vertices"] as? [String: [String: Any]])
        let edges = try #require(graph["edges"] as? [[String: Any]])
        let subgraphs = try #require(graph["subGraphs"] as? [[String: Any]])
        #expect(subgraphs.compactMap { $0["title"] as? String } == sop.roles.map(\.name))
        #expect(vertices.count == sop.steps.count)
        #expect(vertices.values.filter { $0["type"] as? String == "diamond" }.count == 3)
        #expect(vertices.values.filter { $0["type"] as? String == "stadium" }.count == 2, "the first and last activities are capsules")
        #expect(edges.count == FlowchartLayout(sop).links.count)
        let labels = edges.compactMap { $0["text"] as? String }
        for (_, answers) in Self.seedDecisions { for (answer, _) in answers { #expect(labels.contains(answer)) } }
    }

    @Test func theBPMNValidatesAgainstTheOMGSchemasAndHasLanesTasksGatewaysAndALaidOutDiagram() throws {
        let sop = try Self.seed()
        let bpmn = BPMNWriter.write(sop)
        let validation = try Consumer.xmllint(bpmn, schema: Consumer.bpmnSchema)
        #expect(validation.status == 0, "\(validation)")
        let document = try Consumer.xml(bpmn)
        let lanes = document.elements(named: "lane")
        #expect(lanes.compactMap { $0.value("name") } == sop.roles.map(\.name))
        #expect(document.elements(named: "userTask").count == sop.steps.count)
        #expect(document.elements(named: "exclusiveGateway").count == 3)
        #expect(document.elements(named: "startEvent").count == 1 && !document.elements(named: "endEvent").isEmpty)
        let flows = document.elements(named: "sequenceFlow")
        for (step, answers) in Self.seedDecisions {
            let index = try #require(sop.steps.firstIndex { $0.label == step })
            let named = flows.filter { $0.value("sourceRef") == "Gateway_\(index + 1)" }
            #expect(named.compactMap { $0.value("name") } == answers.map(\.0), "the answers of step \(step) name its gateway's flows")
            let task = "Activity_\(index + 1)"
            let lane = lanes.first { $0.elements(named: "flowNodeRef").contains { $0.stringValue == task } }
            #expect(lane?.value("name") == sop.role(id: sop.steps[index].executors[0])?.name)
        }
        // The diagram: a shape for every lane and node, inside its lane; an edge of at least
        // two bends for every flow, from its source's shape to its target's.
        var bounds: [String: (x: Double, y: Double, w: Double, h: Double)] = [:]
        for shape in document.elements(named: "BPMNShape") {
            let box = try #require(shape.elements(named: "Bounds").first)
            bounds[shape.value("bpmnElement") ?? ""] = (
                Double(box.value("x")!)!, Double(box.value("y")!)!,
                Double(box.value("width")!)!, Double(box.value("height")!)!
            )
        }
        func inside(_ x: Double, _ y: Double, _ id: String) -> Bool {
            guard let b = bounds[id] else { return false }
            return x >= b.x - 0.5 && x <= b.x + b.w + 0.5 && y >= b.y - 0.5 && y <= b.y + b.h + 0.5
        }
        for lane in lanes {
            for node in lane.elements(named: "flowNodeRef").compactMap(\.stringValue) {
                let b = try #require(bounds[node], "\(node) has a shape")
                #expect(inside(b.x, b.y, lane.value("id")!) && inside(b.x + b.w, b.y + b.h, lane.value("id")!), "\(node) lies in its lane")
            }
        }
        let edges = Dictionary(uniqueKeysWithValues: document.elements(named: "BPMNEdge").map { ($0.value("bpmnElement") ?? "", $0) })
        for flow in flows {
            let points = try #require(edges[flow.value("id")!]).elements(named: "waypoint").map {
                (Double($0.value("x")!)!, Double($0.value("y")!)!)
            }
            try #require(points.count >= 2)
            #expect(inside(points[0].0, points[0].1, flow.value("sourceRef")!), "\(flow.value("id")!) leaves its source")
            #expect(
                inside(points[points.count - 1].0, points[points.count - 1].1, flow.value("targetRef")!),
                "\(flow.value("id")!) enters its target")
        }
    }

    @Test func theSVGFlowchartParsesAndDrawsTheStandardsSymbolsInTheRolesColumns() throws {
        let sop = try Self.seed()
        let svg = SVGFlowchartWriter.write(sop)
        let lint = try Consumer.xmllint(svg)
        #expect(lint.status == 0, "\(lint)")
        let document = try Consumer.xml(svg)
        #expect(document.rootElement()?.name == "svg")
        func count(_ element: String, _ kind: String) -> Int {
            document.elements(named: element).filter { $0.value("class") == kind }.count
        }
        #expect(count("rect", "lane-head") == sop.roles.count)
        #expect(count("polygon", "decision") == 3)
        #expect(count("rect", "terminator") == 2)
        #expect(count("rect", "process") == sop.steps.count - 5)
        #expect(count("path", "flow loop") == 3, "the three loops back for rework")
        let texts = document.elements(named: "text").compactMap(\.stringValue)
        for role in sop.roles { #expect(texts.contains(role.name) || texts.joined(separator: " ").contains(role.name)) }
    }

    @Test func theHTMLFormIsOneSelfContainedPageWithTheIdentityPartAndTheFlowchartTableOnA4Landscape() throws {
        let sop = try Self.seed()
        let html = HTMLFormWriter.write(sop)
        let lint = try Consumer.xmllint(html)
        #expect(lint.status == 0, "the page is well-formed: \(lint)")
        let document = try Consumer.xml(html)
        #expect(html.contains("@page { size: A4 landscape"))
        for element in ["script", "link", "img", "iframe"] {
            #expect(document.elements(named: element).isEmpty, "no \(element): the page stands alone")
        }
        let sheets = document.elements(named: "section")
        try #require(sheets.count >= 2)
        let cover = sheets[0].stringValue ?? ""
        for fact in [
            sop.identity.number, sop.identity.title, sop.identity.approver.name, sop.identity.approver.nip, sop.identity.legalBasis[0]
        ] {
            #expect(cover.contains(fact), "the identity part shows \(fact)")
        }
        let numbers = sheets.dropFirst().flatMap { $0.elements(named: "td") }.filter { $0.value("class") == "number" }.compactMap(
            \.stringValue)
        #expect(numbers == sop.steps.map(\.label), "every step is a row of the table, once, in order")
        for sheet in sheets.dropFirst() {
            let headings = sheet.elements(named: "th").compactMap(\.stringValue)
            #expect(sop.roles.allSatisfy { headings.contains($0.name) } && headings.contains("Mutu Baku") && headings.contains("Waktu"))
            for row in sheet.elements(named: "tr").dropFirst(2) {
                #expect(row.elements(named: "svg").first?.value("class") == "lanes", "each row draws its symbols in the role columns")
            }
        }
        // Where the flowchart goes on to another sheet, a connector there leads on.
        let captions = sheets.flatMap { $0.elements(named: "td") }.filter { $0.value("class") == "aside" }.compactMap(\.stringValue)
        for caption in captions where caption.hasPrefix("Bersambung ke langkah ") {
            let step = caption.dropFirst("Bersambung ke langkah ".count).prefix { $0 != "," }
            #expect(captions.contains { $0.hasPrefix("Sambungan dari halaman") && $0.hasSuffix("ke langkah \(step)") })
        }
        #expect(document.elements(named: "polygon").filter { $0.value("class") == "decision" }.count == 3)
    }

    @Test func theMarkdownTableHasAColumnPerRoleAndARowPerStepWithItsFlow() throws {
        let sop = try Self.seed()
        let tables = try Consumer.markdownTables(MarkdownTableWriter.write(sop))
        let flowchart = try #require(tables.last)
        #expect(
            flowchart.header == ["No", "Uraian Kegiatan"] + sop.roles.map(\.name)
                + ["Persyaratan/Kelengkapan", "Waktu", "Output", "Keterangan", "Alur"])
        #expect(flowchart.rows.map(\.first) == sop.steps.map(\.label))
        let decision = try #require(flowchart.rows.first { $0.first == "3" })
        #expect(decision.last == "menyetujui → 5; perlu perbaikan → 2")
        #expect(decision.dropFirst(2).first == "◇", "the Kepala draws the diamond")
    }

    /// cmark-gfm evens out a table's rows; the reading counts the cells as written, so that a
    /// short row, a long one and an unescaped pipe are caught.
    @Test func theMarkdownReadingCountsTheCellsAsWritten() throws {
        let tables = try Consumer.markdownTables("| a | b |\n| --- | --- |\n| 1 |\n| 1 | 2 | 3 |\n| x \\| y | z |\n| p | q |r\n")
        #expect(tables.first?.rows == [["1"], ["1", "2", " 3 |"], ["x | y", "z"], ["p", "q", "r"]])
    }

    /// Every example SOP: the YAML files and the seed as the standard's table text.
    static let exampleSOPs =
        Examples.yamlFiles + ["bench-seed.yaml", "kebijakan-mutu-ukpbj.txt"].filter { !Examples.yamlFiles.contains($0) }

    /// GitHub's Markdown reader finds both tables, every row with the header's number of
    /// cells, and the steps' texts in their columns exactly as the SOP has them, byte for byte
    /// (Swift's `==` would let another Unicode normalisation pass).
    @Test(arguments: exampleSOPs)
    func gitHubsMarkdownReaderReadsEveryRowWithItsColumnsAndTheStepTextsAsWritten(_ name: String) throws {
        let sop = try SOPFile.open(Examples.path(name)).0.sop
        try #require(!sop.steps.isEmpty)
        let tables = try Consumer.markdownTables(MarkdownTableWriter.write(sop))
        try #require(tables.count == 2, "the identity part and the flowchart table")
        for table in tables {
            for row in table.rows { #expect(row.count == table.header.count, "\(row) against the header \(table.header)") }
        }
        #expect(
            tables[0].rows.map(\.first) == [
                "Instansi", "Nomor SOP", "Tanggal Pembuatan", "Tanggal Revisi", "Tanggal Efektif",
                "Disahkan oleh", "Dasar Hukum", "Kualifikasi Pelaksana", "Keterkaitan",
                "Peralatan/Perlengkapan", "Peringatan", "Pencatatan dan Pendataan"
            ])
        let flowchart = tables[1]
        let lanes = FlowchartLayout(sop).lanes.count
        try #require(flowchart.rows.count == sop.steps.count, "a row per step")
        for (step, row) in zip(sop.steps, flowchart.rows) where row.count == 7 + lanes {
            let read = [row[0], row[1], row[2 + lanes], row[3 + lanes], row[4 + lanes], row[5 + lanes]]
            let written = [step.label, step.activity, step.requirements, step.time.text, step.output, step.notes]
            for (cell, text) in zip(read, written) {
                #expect(Array(cell.utf8) == Array(text.utf8), "step \(step.label): “\(cell)” was written “\(text)”")
            }
        }
    }

    @Test(arguments: ExportFormat.allCases.filter { !$0.isEventLog })
    func theSameSOPAlwaysExportsToTheSameBytes(_ format: ExportFormat) throws {
        let first = try #require(format.write(try Self.seed()))
        let again = try #require(format.write(try Self.seed()))
        #expect(first == again)
        #expect(first.hasSuffix("\n"))
    }
}
