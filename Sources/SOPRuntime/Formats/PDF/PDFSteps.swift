/// Turns the table's rows and the flowchart drawn over them into steps: the row gives the
/// text, the drawing gives who does the step (the columns its symbols stand in) and where it
/// leads (the arrows leaving them, with the labels drawn beside a diamond's arrows).
struct PDFSteps {
    /// One step's row, or rows when it continues on the next page.
    struct StepRow {
        var number: StepNumber?
        var page: Int
        var areas: [(page: Int, box: PDFBox)]
        var cells: [String]
    }

    /// A symbol drawn on a page, and the step and role it stands for.
    struct Node {
        var page: Int
        var shape: FlowDrawing.Shape
        var box: PDFBox
        var step: Int?
        var role: Int?
        /// The text inside it: a connector's letter.
        var text: String
    }

    /// An arrow between two nodes, with the label drawn beside it.
    struct Edge {
        var from: Int
        var to: Int
        var label: String?
        var labelPosition: PDFPoint?
    }

    let table: PDFTable
    let file: String?
    let roles: [Role]
    private(set) var rows: [StepRow] = []
    private(set) var nodes: [Node] = []
    private(set) var edges: [Edge] = []
    var sourceMap: SourceMap
    var findings: ImportFindings

    init(
        table: PDFTable, drawings: [Int: FlowDrawing], pages: [PDFPage], file: String?,
        sourceMap: SourceMap, findings: ImportFindings
    ) {
        self.table = table
        self.file = file
        self.sourceMap = sourceMap
        self.findings = findings
        var roles: [Role] = []
        for column in table.roleColumns {
            guard case .role(let name) = table.columns[column].kind else { continue }
            roles.append(Role(id: Role.suggestedID(for: name, avoiding: Set(roles.map(\.id))), name: name))
        }
        self.roles = roles
        let headerPage = table.rows.first?.page ?? 1
        for index in roles.indices {
            self.sourceMap.record(.role(index, nil), at: SourceLocation(file: file, page: headerPage))
        }
        rows = Self.stepRows(of: table)
        for page in pages {
            guard let drawing = drawings[page.number] else { continue }
            read(drawing, on: page)
        }
        joinConnectors()
    }

    private static func stepRows(of table: PDFTable) -> [StepRow] {
        var rows: [StepRow] = []
        for row in table.rows {
            let number = row.text(of: .number, in: table.columns)
            if number.isEmpty, !rows.isEmpty {
                // A row without a number continues the step above (a row split by a page break).
                rows[rows.count - 1].areas.append((row.page, row.box))
                for index in row.cells.indices where !row.cells[index].isEmpty {
                    let before = rows[rows.count - 1].cells[index]
                    rows[rows.count - 1].cells[index] = before.isEmpty ? row.cells[index] : before + " " + row.cells[index]
                }
                continue
            }
            rows.append(StepRow(number: StepNumber(number), page: row.page, areas: [(row.page, row.box)], cells: row.cells))
        }
        return rows
    }

    // MARK: - Reading the drawing

    private mutating func read(_ drawing: FlowDrawing, on page: PDFPage) {
        if drawing.isTooBusy {
            findings.add(
                .error, .importBusyDrawing,
                "the Pelaksana columns on this page hold more shapes than a flowchart (over \(FlowDrawing.maxSymbols) symbols or \(FlowDrawing.maxArrows) arrows); they were not read",
                hint: "check that this is an SOP's flowchart; write the executors and flow in the saved YAML",
                at: SourceLocation(file: file, page: page.number))
        }
        let base = nodes.count
        for symbol in drawing.symbols {
            let center = symbol.box.center
            let step = rows.firstIndex { $0.areas.contains { $0.page == page.number && $0.box.contains(center) } }
            let role = table.role(at: center.x, on: page.number)
            let inside = page.glyphs.filter { symbol.contains($0.box.center) }
            let text = PlacedLine.collapsedSpaces(String(String.UnicodeScalarView(inside.map(\.scalar))))
            nodes.append(Node(page: page.number, shape: symbol.shape, box: symbol.box, step: step, role: role, text: text))
        }
        // An arrow may start or end on another arrow (a branch or a merge drawn as a T).
        func end(of arrow: FlowDrawing.Arrow, tip: Bool, depth: Int = 0) -> Int? {
            let point = tip ? arrow.tip : arrow.tail
            if let symbol = drawing.symbol(at: point, reach: tip ? 10 : 7) { return base + symbol }
            guard depth < 4,
                let other = drawing.arrows.first(where: {
                    ($0.tail != arrow.tail || $0.tip != arrow.tip) && $0.distance(to: point) < 2.5
                })
            else { return nil }
            return end(of: other, tip: tip, depth: depth + 1)
        }
        var pageEdges: [(edge: Edge, arrow: FlowDrawing.Arrow)] = []
        for arrow in drawing.arrows {
            guard let from = end(of: arrow, tip: false), let to = end(of: arrow, tip: true), from != to else { continue }
            pageEdges.append((Edge(from: from, to: to), arrow))
        }
        label(&pageEdges, on: page, drawing: drawing)
        edges += pageEdges.map(\.edge)
    }

    /// Gives each arrow that leaves a diamond the nearest label drawn beside it.
    private func label(_ pageEdges: inout [(edge: Edge, arrow: FlowDrawing.Arrow)], on page: PDFPage, drawing: FlowDrawing) {
        guard let area = table.flowchartArea(on: page.number) else { return }
        // A label may run past the last role column's border, so the area is widened a little.
        let wider = PDFBox(x0: area.x0 - 12, y0: area.y0, x1: area.x1 + 12, y1: area.y1)
        let glyphs = page.glyphs.filter { glyph in
            wider.contains(glyph.box.center) && !drawing.symbols.contains { $0.contains(glyph.box.center) }
        }
        let labels = PlacedLine.lines(of: glyphs) { _ in wider }
            .map(\.line).filter { !$0.text.allSatisfy { $0.isPunctuation || $0.isWhitespace } }
        let fromDiamond = pageEdges.indices.filter { nodes[pageEdges[$0].edge.from].shape == .decision }
        var best: [Int: (distance: Double, line: PlacedLine)] = [:]
        for line in labels {
            let distances = fromDiamond.map { ($0, Self.distance(of: line.box, to: pageEdges[$0].arrow)) }
            guard let (index, distance) = distances.min(by: { $0.1 < $1.1 }), distance < 16 else { continue }
            if let current = best[index], current.distance <= distance { continue }
            best[index] = (distance, line)
        }
        for (index, label) in best {
            pageEdges[index].edge.label = label.line.text
            pageEdges[index].edge.labelPosition = label.line.box.center
        }
    }

    private static func distance(of box: PDFBox, to arrow: FlowDrawing.Arrow) -> Double {
        let probes = [
            box.center, PDFPoint(x: box.x0, y: box.center.y), PDFPoint(x: box.x1, y: box.center.y),
            PDFPoint(x: box.center.x, y: box.y0), PDFPoint(x: box.center.x, y: box.y1)
        ]
        // Nearer the diamond counts for more: a label stands where its arrow leaves.
        let fromTail = box.center.distance(to: arrow.tail)
        return (probes.map(arrow.distance).min() ?? .infinity) + fromTail / 20
    }

    /// An arrow into a connector at the foot of one page goes on from the connector with the
    /// same letter (else the next one) at the head of a later page.
    private mutating func joinConnectors() {
        let connectors = nodes.indices.filter { nodes[$0].shape == .connector }
        let entering = connectors.filter { c in edges.contains { $0.to == c } && !edges.contains { $0.from == c } }
        var leaving = connectors.filter { c in edges.contains { $0.from == c } && !edges.contains { $0.to == c } }
        for entry in entering {
            let later = leaving.filter {
                nodes[$0].page > nodes[entry].page || (nodes[$0].page == nodes[entry].page && nodes[$0].box.y0 > nodes[entry].box.y1)
            }
            let targets: [Int]
            if let exit = later.first(where: { nodes[$0].text == nodes[entry].text && !nodes[$0].text.isEmpty }) ?? later.first {
                leaving.removeAll { $0 == exit }
                targets = edges.filter { $0.from == exit }.map(\.to)
            } else if let row = rows.firstIndex(where: { $0.page > nodes[entry].page }) {
                // No connector drawn at the head of the next page (or one cut off by the
                // page's picture): the flow goes on at that page's first step.
                targets = nodes.indices.filter { nodes[$0].step == row && nodes[$0].shape != .connector }
            } else {
                continue
            }
            for incoming in edges where incoming.to == entry {
                for target in targets {
                    edges.append(Edge(from: incoming.from, to: target, label: incoming.label, labelPosition: incoming.labelPosition))
                }
            }
        }
        edges.removeAll { nodes[$0.from].shape == .connector || nodes[$0.to].shape == .connector }
    }
}
