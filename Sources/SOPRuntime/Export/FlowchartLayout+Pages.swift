/// A flowchart too long for one sheet is cut into pages, and an arrow that crosses from one
/// page to another ends at an off-page connector (the standard's fifth symbol) naming the step
/// it goes on to; on that step's page a connector with the same number leads into it.
extension FlowchartLayout {
    /// The layout cut before each row in `breaks` (rows of this layout, in any order). Each
    /// page is a layout of its own: first the connectors leading in, then its rows, then the
    /// connectors leading out, each in the lane of the step it names.
    public func pages(breakingBefore breaks: [Int]) -> [FlowchartLayout] {
        let cuts = ([0] + breaks.filter { $0 > 0 && $0 < rowCount } + [rowCount]).sorted()
        var ranges: [Range<Int>] = []
        for (start, end) in zip(cuts, cuts.dropFirst()) where start < end { ranges.append(start..<end) }
        return ranges.map(page)
    }

    /// Rows `range` of this layout as a page of their own.
    public func page(_ range: Range<Int>) -> FlowchartLayout {
        let arrows = links.map { Arrow(from: $0.from, to: $0.to, answer: $0.answer, missingTarget: $0.missingTarget) }
        let incoming = Set(
            arrows.compactMap { arrow in
                arrow.to.flatMap { range.contains($0) && !range.contains(arrow.from) ? $0 : nil }
            }
        ).sorted()
        let outgoing = Set(
            arrows.compactMap { arrow in
                arrow.to.flatMap { range.contains(arrow.from) && !range.contains($0) ? $0 : nil }
            }
        ).sorted()
        func connector(to row: Int) -> Node {
            let target = nodes[row]
            return Node(
                element: .connector(row), symbol: .connector, lane: target.lane, jointLanes: [],
                number: target.number.isEmpty ? target.text : target.number, text: target.text)
        }
        var pageNodes = incoming.map(connector)
        var rowOnPage: [Int: Int] = [:]
        for row in range {
            rowOnPage[row] = pageNodes.count
            pageNodes.append(nodes[row])
        }
        let incomingRow = Dictionary(uniqueKeysWithValues: incoming.enumerated().map { ($1, $0) })
        let outgoingRow = Dictionary(uniqueKeysWithValues: outgoing.enumerated().map { ($1, pageNodes.count + $0) })
        pageNodes += outgoing.map(connector)

        var pageArrows = incoming.map { Arrow(from: incomingRow[$0]!, to: rowOnPage[$0]!) }
        for arrow in arrows where range.contains(arrow.from) {
            let to = arrow.to.map { rowOnPage[$0] ?? outgoingRow[$0]! }
            pageArrows.append(Arrow(from: rowOnPage[arrow.from]!, to: to, answer: arrow.answer, missingTarget: arrow.missingTarget))
        }
        return FlowchartLayout(lanes: lanes, nodes: pageNodes, arrows: pageArrows)
    }
}
