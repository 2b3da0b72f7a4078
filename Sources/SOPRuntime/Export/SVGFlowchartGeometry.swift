/// Where everything of a flowchart layout goes in an SVG picture, in pixels: lanes side by
/// side, rows as tall as their symbol's text needs, channels in the lanes' margins, and the
/// track of each row (where the arrows into its symbol meet) in the gap above the symbol.
struct SVGFlowchartGeometry {
    struct Box {
        var centerX: Double
        var centerY: Double
        var width: Double
        var height: Double
        var top: Double { centerY - height / 2 }
        var bottom: Double { centerY + height / 2 }
    }

    static let fontSize = 11.0
    static let lineHeight = 13.5
    static let channelSpacing = 9.0
    /// The gap above a symbol: the track, then room for the arrowhead.
    static let gapAbove = 26.0
    /// Room below a symbol for an answer's label.
    static let gapBelow = 20.0

    let layout: FlowchartLayout
    let padding = 16.0
    /// Room left of the first lane and right of the last for stubs that point out of them.
    let leftMargin: Double
    let rightMargin: Double
    let laneWidth: Double
    let headerTop: Double
    let headerHeight: Double
    let laneNameLines: [[String]]
    /// Each row's text, wrapped to its symbol.
    let textLines: [[String]]
    let rowTops: [Double]
    let rowHeights: [Double]
    let width: Double
    let height: Double

    init(_ layout: FlowchartLayout, title: String, subtitle: String) {
        self.layout = layout
        let lanes = max(1, layout.lanes.count)
        let laneWidth: Double = lanes > 6 ? 170 : 210
        let stubs = layout.links.filter { $0.to == nil }
        leftMargin = stubs.contains { $0.port == .left && layout.nodes[$0.from].lane == 0 } ? 70 : 0
        rightMargin = stubs.contains { $0.port == .right && layout.nodes[$0.from].lane == lanes - 1 } ? 70 : 0
        self.laneWidth = laneWidth
        headerTop = padding + (subtitle.isEmpty ? 30 : 50)
        let names = layout.lanes.map { TextMeasure.wrap($0.name, width: (laneWidth - 16) / 13.5, maximumLines: 3) }
        laneNameLines = names
        headerHeight = Double(names.map(\.count).max() ?? 1) * 15 + 14
        var lines: [[String]] = []
        var tops: [Double] = []
        var heights: [Double] = []
        var y = headerTop + headerHeight
        for node in layout.nodes {
            let symbolWidth = Self.symbolWidth(
                laneWidth: laneWidth, channels: layout.channelCounts.isEmpty ? .init() : layout.channelCounts[node.lane])
            let text =
                node.number.isEmpty || node.symbol == .connector
                ? (node.symbol == .connector ? node.number : node.text)
                : node.number + ". " + node.text
            let room: Double =
                switch node.symbol {
                case .decision: symbolWidth * 0.6
                case .terminator: symbolWidth - 26
                case .process: symbolWidth - 14
                case .connector: symbolWidth * 0.6
                }
            let wrapped = TextMeasure.wrap(text, width: room / Self.fontSize, maximumLines: node.symbol == .connector ? 1 : 7)
            lines.append(wrapped)
            let textHeight = Double(wrapped.count) * Self.lineHeight
            let symbolHeight: Double =
                switch node.symbol {
                case .decision: max(56, textHeight * 2.3 + 14)
                case .connector: 34
                default: max(36, textHeight + 16)
                }
            tops.append(y)
            heights.append(Self.gapAbove + symbolHeight + Self.gapBelow)
            y += Self.gapAbove + symbolHeight + Self.gapBelow
        }
        textLines = lines
        rowTops = tops
        rowHeights = heights
        width = padding * 2 + leftMargin + rightMargin + Double(lanes) * laneWidth
        height = y + padding
    }

    /// A symbol is as wide as its lane less the margins its channels need.
    static func symbolWidth(laneWidth: Double, channels: FlowchartLayout.ChannelCount) -> Double {
        laneWidth - 2 * (14 + channelSpacing * Double(max(channels.left, channels.right)))
    }

    func symbolWidth(_ lane: Int) -> Double {
        Self.symbolWidth(laneWidth: laneWidth, channels: layout.channelCounts[lane])
    }

    func laneLeft(_ lane: Int) -> Double {
        padding + leftMargin + Double(lane) * laneWidth
    }

    func box(_ row: Int) -> Box {
        let node = layout.nodes[row]
        let height = rowHeights[row] - Self.gapAbove - Self.gapBelow
        var width = symbolWidth(node.lane)
        if node.symbol == .connector { width = min(width, 64) }
        return Box(
            centerX: laneLeft(node.lane) + laneWidth / 2, centerY: rowTops[row] + Self.gapAbove + height / 2,
            width: width, height: height)
    }

    /// Where the arrows into `row` meet, above its symbol.
    func trackY(_ row: Int) -> Double {
        rowTops[row] + 9
    }

    /// A channel's x: slot 0 runs nearest the symbols, the next ones further out.
    func channelX(lane: Int, side: FlowchartLayout.Port, slot: Int) -> Double {
        let center = laneLeft(lane) + laneWidth / 2
        let offset = symbolWidth(lane) / 2 + 7 + Self.channelSpacing * Double(slot)
        return side == .left ? center - offset : center + offset
    }
}
