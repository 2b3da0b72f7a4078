/// The standard's swimlane flowchart as a grid, computed once so that every picture of an SOP
/// (the SVG, the official HTML form, BPMN's diagram, the terminal's `flow`) draws the same one:
/// a lane per role in column order, one symbol per row in the order of the table, and arrows
/// routed so that none runs through a symbol.
///
/// Routing: an arrow to the row just below leaves by the bottom of its symbol. Any other arrow
/// (a loop back for rework, a jump forward) leaves by a side, runs along a channel in the margin
/// of its own lane on that side, and enters its target from the gap above the target, where
/// every arrow into that target meets. Because each row holds one symbol, the margins and the
/// gaps are always free of symbols.
public struct FlowchartLayout: Hashable, Sendable {
    /// A column of the flowchart: a role, or the lane of steps no role of the SOP carries out.
    public struct Lane: Hashable, Sendable {
        /// nil for the lane of steps without a known executor.
        public var roleID: String?
        public var name: String
    }

    /// The five symbols of the standard, less the arrow: a capsule for the first and last
    /// activities (or a separate start or end), a box, a diamond, and an off-page connector.
    public enum Symbol: Hashable, Sendable {
        case terminator, process, decision, connector
    }

    /// What a row of the flowchart stands for.
    public enum Element: Hashable, Sendable {
        /// A step of the SOP.
        case step(StepIndex)
        /// A start capsule of its own, drawn when the first step is a decision.
        case start
        /// An end capsule of its own, drawn when a decision's answer ends the procedure.
        case end
        /// An off-page connector: the flow goes on at (or comes from) the row of the full
        /// layout with this index, on another page.
        case connector(Int)
    }

    public struct Node: Hashable, Sendable {
        public var element: Element
        public var symbol: Symbol
        /// The lane of the symbol (the step's first executor).
        public var lane: Int
        /// The lanes of the other executors of a joint step, where the symbol is drawn again.
        public var jointLanes: [Int]
        /// The step's number as written ("3", "?" when unnumbered); for a connector, the
        /// number of the step it leads to; empty for start and end.
        public var number: String
        /// The activity (see `FlowchartLayout.title(of:)`), "Mulai" or "Selesai".
        public var text: String
    }

    /// Where an arrow leaves its symbol.
    public enum Port: Hashable, Sendable {
        case bottom, left, right
    }

    /// One arrow, routed.
    public struct Link: Hashable, Sendable {
        /// The row it leaves.
        public var from: Int
        /// The row it enters; nil for a draft's answer that leads nowhere (drawn as a stub).
        public var to: Int?
        /// The answer of a decision that takes this arrow (several joined by " / " when they
        /// lead to the same place).
        public var answer: String?
        public var port: Port
        /// Which channel of its lane's margin on the `port` side it runs in, 0 nearest the
        /// symbol; nil for an arrow to the row below and for a stub.
        public var channel: Int?
        /// For a stub: where the draft says it goes ("13" for a step that does not exist, "?").
        public var missingTarget: String?

        /// Whether it runs from a row below its target (a loop back for rework).
        public var isLoopBack: Bool { to.map { $0 <= from } ?? false }
    }

    /// An arrow before routing: from a row to a row (nil: nowhere), under an answer.
    public struct Arrow: Hashable, Sendable {
        public var from: Int
        public var to: Int?
        public var answer: String?
        public var missingTarget: String?

        public init(from: Int, to: Int?, answer: String? = nil, missingTarget: String? = nil) {
            self.from = from
            self.to = to
            self.answer = answer
            self.missingTarget = missingTarget
        }
    }

    public let lanes: [Lane]
    /// One symbol per row, top to bottom: `nodes[row]`.
    public let nodes: [Node]
    public let links: [Link]
    /// How many channels each lane's margins need: `channelCounts[lane]` is (left, right).
    public let channelCounts: [ChannelCount]

    public struct ChannelCount: Hashable, Sendable {
        public var left = 0
        public var right = 0

        public subscript(side: Port) -> Int {
            side == .left ? left : side == .right ? right : 0
        }
    }

    public var rowCount: Int { nodes.count }

    /// The arrows into a row, in the order of the rows they come from.
    public func links(into row: Int) -> [Link] {
        links.filter { $0.to == row }
    }

    public func links(from row: Int) -> [Link] {
        links.filter { $0.from == row }
    }

    /// Routes `arrows` between `nodes` (one per row) in `lanes`.
    public init(lanes: [Lane], nodes: [Node], arrows: [Arrow]) {
        self.lanes = lanes
        self.nodes = nodes
        var merged: [Arrow] = []
        for arrow in arrows {
            if let same = merged.firstIndex(where: { $0.from == arrow.from && $0.to == arrow.to && $0.to != nil }) {
                let labels = [merged[same].answer, arrow.answer].compactMap { $0 }
                merged[same].answer = labels.isEmpty ? nil : labels.joined(separator: " / ")
            } else {
                merged.append(arrow)
            }
        }
        var routed: [Link] = []
        for row in nodes.indices {
            var used: Set<Port> = []
            for arrow in merged where arrow.from == row {
                let port: Port
                if arrow.to == row + 1 {
                    port = .bottom
                } else {
                    // A stub (an answer leading nowhere) points inwards from the last lane.
                    let lane = nodes[row].lane
                    let targetLane = arrow.to.map { nodes[$0].lane } ?? (lane == lanes.count - 1 ? lane - 1 : lane)
                    let preferred: Port = targetLane < lane ? .left : .right
                    let other: Port = preferred == .left ? .right : .left
                    port = !used.contains(preferred) ? preferred : (!used.contains(other) ? other : preferred)
                }
                used.insert(port)
                routed.append(
                    Link(
                        from: row, to: arrow.to, answer: arrow.answer, port: port, channel: nil,
                        missingTarget: arrow.to == nil ? (arrow.missingTarget ?? "?") : nil))
            }
        }
        var counts = [ChannelCount](repeating: ChannelCount(), count: lanes.count)
        Self.assignChannels(&routed, nodes: nodes, counts: &counts)
        links = routed
        channelCounts = counts
    }

    /// Gives each side arrow a channel in its lane's margin: arrows whose vertical runs overlap
    /// get different channels; arrows that do not overlap share one (interval colouring).
    private static func assignChannels(_ links: inout [Link], nodes: [Node], counts: inout [ChannelCount]) {
        // A vertical run in half-rows: a symbol's middle is 2·row+1, the gap above a row is 2·row.
        func span(_ link: Link) -> ClosedRange<Int> {
            let a = 2 * link.from + 1
            let b = 2 * link.to!
            return min(a, b)...max(a, b)
        }
        let sides = links.indices.filter { links[$0].port != .bottom && links[$0].to != nil }
        let groups = Dictionary(grouping: sides) { index in
            "\(nodes[links[index].from].lane)/\(links[index].port == .left ? "l" : "r")"
        }
        for key in groups.keys.sorted() {
            let members = groups[key]!.sorted {
                (span(links[$0]).lowerBound, span(links[$0]).upperBound, $0)
                    < (span(links[$1]).lowerBound, span(links[$1]).upperBound, $1)
            }
            var channelEnds: [Int] = []
            for index in members {
                let run = span(links[index])
                if let free = channelEnds.firstIndex(where: { $0 < run.lowerBound }) {
                    channelEnds[free] = run.upperBound
                    links[index].channel = free
                } else {
                    channelEnds.append(run.upperBound)
                    links[index].channel = channelEnds.count - 1
                }
            }
            let lane = nodes[links[members[0]].from].lane
            if links[members[0]].port == .left { counts[lane].left = channelEnds.count } else { counts[lane].right = channelEnds.count }
        }
    }
}
