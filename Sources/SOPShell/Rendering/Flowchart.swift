import SOPRuntime

/// The SOP's flowchart drawn in the terminal the way the standard draws it: a lane per role,
/// the first and last activities as rounded capsules, boxes, diamonds (`╱─╲ < > ╲─╱`) with
/// their answers beside their arrows, arrows (▼) into each symbol and loops back (▲) up the
/// lanes' margins, fitted to the terminal's width. The step a case is at is drawn in heavy
/// lines (and in reverse video where colour is on). Under the chart, a key lists every
/// decision's answers and where they lead, since a narrow lane cannot hold long labels.
struct TerminalFlowchart: Sendable {
    let layout: FlowchartLayout
    var width: Int
    var highlightedRow: Int?
    /// Said beside the highlighted step ("◀ kasus1").
    var highlightNote: String?
    var colour = false

    /// Lanes are at most this wide, so that a wide terminal does not stretch the boxes.
    static let widestLane = 34
    /// Below this many columns inside a box, it holds only its step's number (the key then
    /// lists the step).
    static let narrowestText = 8
    static let narrowestLane = 7

    private struct Geometry {
        var boxLeft: [Int]
        var boxWidth: [Int]
        var spacing: [Int]
        func center(_ lane: Int) -> Int { boxLeft[lane] + boxWidth[lane] / 2 }
        func boxRight(_ lane: Int) -> Int { boxLeft[lane] + boxWidth[lane] - 1 }
    }

    private struct Block {
        var top: Int
        var lines: [String]
        var symbolTop: Int { top + 2 }
        var middle: Int { symbolTop + 1 + (lines.count - 1) / 2 }
        var symbolBottom: Int { symbolTop + lines.count + 1 }
        var below: Int { symbolBottom + 1 }
    }

    func render() -> String {
        let lanes = max(1, layout.lanes.count)
        let laneWidth = min(Self.widestLane, max(Self.narrowestLane, (width - 1) / lanes))
        let geometry = geometry(laneWidth: laneWidth)
        var canvas = FlowchartCanvas(width: laneWidth * lanes + 1)
        var y = drawHeader(&canvas, laneWidth: laneWidth)
        var blocks: [Block] = []
        var cut: [Int] = []
        for (row, node) in layout.nodes.enumerated() {
            let inner = max(1, geometry.boxWidth[node.lane] - 4)
            var lines: [String]
            if inner < Self.narrowestText || node.symbol == .connector {
                // Too narrow for words: the number alone, and the key lists the step.
                let label = node.number.isEmpty ? node.text : node.number
                lines = [DisplayWidth.of(label) <= inner ? label : String(DisplayWidth.prefix(Substring(label), width: inner - 1)) + "…"]
                if node.symbol != .connector { cut.append(row) }
            } else {
                lines = TextWrap.lines(node.number.isEmpty ? node.text : node.number + ". " + node.text, width: inner)
                let limit = node.symbol == .decision ? 3 : 4
                if lines.count > limit {
                    lines = Array(lines.prefix(limit))
                    lines[limit - 1] = String(DisplayWidth.prefix(Substring(lines[limit - 1]), width: inner - 1)) + "…"
                    cut.append(row)
                }
            }
            if node.symbol == .decision, lines.count % 2 == 0 { lines.append("") }
            blocks.append(Block(top: y, lines: lines))
            y += lines.count + 5
        }
        for (row, node) in layout.nodes.enumerated() {
            drawSymbol(node, blocks[row], geometry, highlighted: row == highlightedRow, &canvas)
        }
        for link in layout.links { drawLink(link, blocks, geometry, &canvas) }
        for link in layout.links { drawLabel(link, blocks, geometry, &canvas) }
        if let row = highlightedRow, let note = highlightNote, row < blocks.count {
            markHighlight(note, blocks[row], lane: layout.nodes[row].lane, geometry, &canvas)
        }
        for line in 0..<max(canvas.height, y) {
            for lane in 0...lanes { canvas.faint("┊", row: line, column: lane * laneWidth) }
        }
        var text = canvas.render(colour: colour)
        text += key(listing: cut)
        if laneWidth * lanes + 1 > width {
            text.append(
                localized(
                    "(the flowchart is wider than the terminal's \(width) columns: its \(layout.lanes.count) lanes need at least \(laneWidth * lanes + 1); widen the terminal, or let a pager scroll sideways: less -S)"
                ))
        }
        return text.joined(separator: "\n")
    }

    private func geometry(laneWidth: Int) -> Geometry {
        var geometry = Geometry(boxLeft: [], boxWidth: [], spacing: [])
        for lane in layout.lanes.indices {
            let channels = max(layout.channelCounts[lane].left, layout.channelCounts[lane].right)
            // The outermost channel keeps one column from the lane's rule.
            var spacing = 2
            var pad = channels == 0 ? 2 : 3 + spacing * (channels - 1)
            if laneWidth - 2 * pad + 1 < 13 {
                spacing = 1
                pad = channels == 0 ? 2 : 3 + (channels - 1)
            }
            var boxWidth = max(3, laneWidth - 2 * pad + 1)
            if boxWidth % 2 == 0 { boxWidth -= 1 }
            geometry.spacing.append(spacing)
            geometry.boxLeft.append(lane * laneWidth + (laneWidth - boxWidth + 1) / 2)
            geometry.boxWidth.append(boxWidth)
        }
        return geometry
    }

    /// The lanes' names in a ruled header; returns the first line below it.
    private func drawHeader(_ canvas: inout FlowchartCanvas, laneWidth: Int) -> Int {
        let names = layout.lanes.map { TextWrap.lines($0.name, width: laneWidth - 2) }
        let height = names.map(\.count).max() ?? 1
        let lanes = layout.lanes.count
        func rule(_ left: String, _ middle: String, _ right: String, _ line: String) -> String {
            left + (0..<lanes).map { _ in String(repeating: line, count: laneWidth - 1) }.joined(separator: middle) + right
        }
        canvas.write(rule("┌", "┬", "┐", "─"), row: 0, column: 0)
        for line in 0..<height {
            canvas.write("│", row: line + 1, column: 0)
            for (lane, lines) in names.enumerated() {
                let text = line < lines.count ? lines[line] : ""
                let left = lane * laneWidth + 1 + max(0, (laneWidth - 1 - DisplayWidth.of(text)) / 2)
                canvas.write(text, row: line + 1, column: left)
                canvas.write("│", row: line + 1, column: (lane + 1) * laneWidth)
            }
        }
        canvas.write(rule("╞", "╪", "╡", "═"), row: height + 1, column: 0)
        return height + 2
    }

    private func drawSymbol(
        _ node: FlowchartLayout.Node, _ block: Block, _ geometry: Geometry, highlighted: Bool, _ canvas: inout FlowchartCanvas
    ) {
        for lane in [node.lane] + node.jointLanes {
            let left = geometry.boxLeft[lane]
            let width = geometry.boxWidth[lane]
            let heavy = highlighted && lane == node.lane
            let inner = width - 2
            let shape = symbolLines(node.symbol, block.lines, inner: inner, heavy: heavy, joint: lane != node.lane)
            for (offset, line) in shape.enumerated() {
                canvas.write(line, row: block.symbolTop + offset, column: left, highlight: heavy)
            }
            if lane != node.lane {
                let from = min(geometry.boxRight(node.lane), geometry.boxRight(lane)) + 1
                let to = max(geometry.boxLeft[node.lane], geometry.boxLeft[lane]) - 1
                if from < to { canvas.write(String(repeating: "┄", count: to - from + 1), row: block.middle, column: from) }
            }
        }
    }

    /// The lines of a symbol `inner` columns wide inside its border, text centred.
    private func symbolLines(_ symbol: FlowchartLayout.Symbol, _ text: [String], inner: Int, heavy: Bool, joint: Bool) -> [String] {
        let body = joint ? text.indices.map { $0 == (text.count - 1) / 2 ? localized("(joint)") : "" } : text
        func centred(_ line: String, in width: Int) -> String {
            let shown = DisplayWidth.of(line) > width ? String(DisplayWidth.prefix(Substring(line), width: width)) : line
            let space = width - DisplayWidth.of(shown)
            return String(repeating: " ", count: space / 2) + shown + String(repeating: " ", count: space - space / 2)
        }
        let horizontal = heavy ? "━" : (joint ? "┄" : "─")
        let line = String(repeating: horizontal, count: inner)
        switch symbol {
        case .decision:
            let middle = (body.count - 1) / 2
            let top = " ╱" + String(repeating: horizontal, count: max(0, inner - 2)) + "╲ "
            let bottom = " ╲" + String(repeating: horizontal, count: max(0, inner - 2)) + "╱ "
            return [top]
                + body.enumerated().map { index, text in
                    let (left, right) = index == middle ? ("<", ">") : (index < middle ? ("╱", "╲") : ("╲", "╱"))
                    return left + centred(text, in: inner) + right
                } + [bottom]
        case .terminator, .process, .connector:
            let corners: (String, String, String, String) =
                switch (symbol, heavy) {
                case (_, true): ("┏", "┓", "┗", "┛")
                case (.terminator, false): ("╭", "╮", "╰", "╯")
                default: ("┌", "┐", "└", "┘")
                }
            let side = heavy ? "┃" : (joint ? "┆" : "│")
            let bottom =
                symbol == .connector && !heavy
                ? " ╲" + String(repeating: " ", count: max(0, inner - 2)) + "╱ "
                : corners.2 + line + corners.3
            return [corners.0 + line + corners.1] + body.map { side + centred($0, in: inner) + side } + [bottom]
        }
    }

    private func channelColumn(_ link: FlowchartLayout.Link, _ geometry: Geometry) -> Int {
        let lane = layout.nodes[link.from].lane
        let step = geometry.spacing[lane] * (link.channel ?? 0)
        return link.port == .left ? geometry.boxLeft[lane] - 2 - step : geometry.boxRight(lane) + 2 + step
    }

    private func drawLink(_ link: FlowchartLayout.Link, _ blocks: [Block], _ geometry: Geometry, _ canvas: inout FlowchartCanvas) {
        let source = blocks[link.from]
        let lane = layout.nodes[link.from].lane
        let center = geometry.center(lane)
        let isProcess = layout.nodes[link.from].symbol != .decision
        let heavy = link.from == highlightedRow
        guard let to = link.to else {
            let right = link.port != .left
            let start = right ? geometry.boxRight(lane) + 1 : geometry.boxLeft[lane] - 1
            canvas.horizontal(row: source.middle, from: start, to: start + (right ? 2 : -2))
            let mark = link.missingTarget.map { $0 == "?" ? "?" : "? " + $0 } ?? "?"
            if right {
                canvas.writeWhereFree(mark, row: source.middle, column: start + 3, minimum: 1)
            } else {
                canvas.writeWhereFree(mark, row: source.middle, endingBefore: start - 2, minimum: 1)
            }
            return
        }
        let target = blocks[to]
        let targetCenter = geometry.center(layout.nodes[to].lane)
        switch link.port {
        case .bottom:
            canvas.write(heavy ? "┳" : "┬", row: source.symbolBottom, column: center, highlight: heavy)
            canvas.vertical(column: center, from: source.symbolBottom, to: target.top)
            canvas.horizontal(row: target.top, from: center, to: targetCenter)
        case .left, .right:
            let right = link.port == .right
            let border = right ? geometry.boxRight(lane) : geometry.boxLeft[lane]
            if isProcess {
                canvas.write(right ? (heavy ? "┣" : "├") : (heavy ? "┫" : "┤"), row: source.middle, column: border, highlight: heavy)
            }
            let channel = channelColumn(link, geometry)
            canvas.horizontal(row: source.middle, from: border, to: channel)
            canvas.vertical(column: channel, from: source.middle, to: target.top)
            canvas.horizontal(row: target.top, from: channel, to: targetCenter)
            if to <= link.from { canvas.write("▲", row: source.top + 1, column: channel) }
        }
        canvas.vertical(column: targetCenter, from: target.top, to: target.top + 1)
        canvas.write("▼", row: target.top + 1, column: targetCenter)
    }

    /// An answer's label beside where its arrow leaves the diamond, cut short where it would
    /// run into another line (the key below the chart has it in full).
    private func drawLabel(_ link: FlowchartLayout.Link, _ blocks: [Block], _ geometry: Geometry, _ canvas: inout FlowchartCanvas) {
        guard let answer = link.answer else { return }
        let source = blocks[link.from]
        let lane = layout.nodes[link.from].lane
        switch link.port {
        case .bottom:
            canvas.writeWhereFree(answer, row: source.below, column: geometry.center(lane) + 2)
        case .right:
            let start = link.to == nil ? geometry.boxRight(lane) + 1 : channelColumn(link, geometry) + 1
            canvas.writeWhereFree(answer, row: source.middle - 1, column: start)
        case .left:
            let end = link.to == nil ? geometry.boxLeft[lane] : channelColumn(link, geometry)
            canvas.writeWhereFree(answer, row: source.middle - 1, endingBefore: end)
        }
    }

    /// Beside the highlighted step, where there is room: right of it, left of it, or beside
    /// the arrow that leaves it.
    private func markHighlight(_ note: String, _ block: Block, lane: Int, _ geometry: Geometry, _ canvas: inout FlowchartCanvas) {
        let width = DisplayWidth.of(note)
        if canvas.writeWhereFree(note, row: block.symbolTop, column: geometry.boxRight(lane) + 2, minimum: width) { return }
        if canvas.writeWhereFree(note, row: block.symbolTop, endingBefore: geometry.boxLeft[lane] - 1, minimum: width) { return }
        for row in [block.symbolBottom, block.top + 1, block.below] {
            if canvas.writeWhereFree(note, row: row, endingBefore: geometry.center(lane) - 1, minimum: width) { return }
        }
    }

    /// The key under the chart: each decision's answers and where they lead; the steps the
    /// boxes could not show whole; and where the highlighted case is.
    private func key(listing rows: [Int]) -> [String] {
        var lines: [String] = []
        func name(_ row: Int?) -> String {
            guard let row else { return "?" }
            let node = layout.nodes[row]
            return node.number.isEmpty ? node.text.lowercased() : node.number
        }
        for (row, node) in layout.nodes.enumerated() where node.symbol == .decision {
            let answers = layout.links(from: row).map { link in
                (link.answer ?? "") + " → " + (link.to == nil ? "? " + (link.missingTarget ?? "") : name(link.to))
            }
            lines.append("◇ \(node.number): " + answers.joined(separator: " · "))
        }
        for row in rows {
            let node = layout.nodes[row]
            lines.append((node.number.isEmpty ? "" : node.number + ". ") + node.text)
        }
        if let row = highlightedRow, let note = highlightNote, row < layout.nodes.count {
            lines.append(localized("\(note) is at step \(layout.nodes[row].number) (drawn in heavy lines)"))
        }
        // Wrapped to the terminal, continuation lines indented under the first.
        let wrapped = lines.flatMap { line in
            TextWrap.lines(line, width: max(20, width) - 2).enumerated().map { $0 == 0 ? $1 : "  " + $1 }
        }
        return wrapped.isEmpty ? [] : [""] + wrapped
    }
}
