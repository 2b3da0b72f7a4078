/// The flowchart layout turned on its side for BPMN's diagram (BPMNDI): modelling tools draw
/// lanes as horizontal bands and flow from left to right, so a row of the layout becomes a
/// column, a lane's left and right margins become its top and bottom, and the track where the
/// arrows into a symbol meet is the gap to its left.
struct BPMNDiagramLayout {
    struct Bounds {
        var x, y, width, height: Double
        var centerX: Double { x + width / 2 }
        var centerY: Double { y + height / 2 }
    }

    struct Point: Hashable {
        var x, y: Double
    }

    static let taskSize = (width: 110.0, height: 80.0)
    static let gatewaySize = 50.0
    static let eventSize = 36.0
    static let channelSpacing = 10.0
    static let poolLabelWidth = 30.0

    let layout: FlowchartLayout
    let pool: Bounds
    let lanes: [Bounds]
    /// The task (or event, for a start or end row) that arrows enter, per row.
    let entries: [Bounds]
    /// The gateway of a decision row, or the end event after a last activity, per row.
    let followers: [Bounds?]
    /// The start event before the first row, when the layout has no start capsule of its own.
    let startEvent: Bounds?
    private let trackX: [Double]

    init(_ layout: FlowchartLayout, endsAfter: Set<Int>) {
        self.layout = layout
        let origin = Point(x: 160, y: 80)
        var laneBounds: [Bounds] = []
        var y = origin.y
        for index in layout.lanes.indices {
            let channels = layout.channelCounts[index]
            let height = 60 + Self.channelSpacing * Double(channels.left + channels.right) + Self.taskSize.height
            laneBounds.append(Bounds(x: origin.x + Self.poolLabelWidth, y: y, width: 0, height: height))
            y += height
        }
        func centerY(_ lane: Int) -> Double {
            laneBounds[lane].y + 30 + Self.channelSpacing * Double(layout.channelCounts[lane].left) + Self.taskSize.height / 2
        }
        var x = origin.x + Self.poolLabelWidth + 40
        var start: Bounds?
        if let first = layout.nodes.first, first.element != .start {
            start = Bounds(x: x, y: centerY(first.lane) - Self.eventSize / 2, width: Self.eventSize, height: Self.eventSize)
            x += Self.eventSize + 50
        }
        var entries: [Bounds] = []
        var followers: [Bounds?] = []
        var tracks: [Double] = []
        for (row, node) in layout.nodes.enumerated() {
            let cy = centerY(node.lane)
            tracks.append(x - 25)
            let isEvent = node.element == .start || node.element == .end
            let entry =
                isEvent
                ? Bounds(x: x, y: cy - Self.eventSize / 2, width: Self.eventSize, height: Self.eventSize)
                : Bounds(x: x, y: cy - Self.taskSize.height / 2, width: Self.taskSize.width, height: Self.taskSize.height)
            entries.append(entry)
            x += entry.width
            var follower: Bounds?
            if node.symbol == .decision {
                follower = Bounds(x: x + 40, y: cy - Self.gatewaySize / 2, width: Self.gatewaySize, height: Self.gatewaySize)
            } else if endsAfter.contains(row) {
                follower = Bounds(x: x + 40, y: cy - Self.eventSize / 2, width: Self.eventSize, height: Self.eventSize)
            }
            if let follower { x = follower.x + follower.width }
            followers.append(follower)
            x += 70
        }
        let width = x - origin.x - Self.poolLabelWidth
        lanes = laneBounds.map { Bounds(x: $0.x, y: $0.y, width: width, height: $0.height) }
        pool = Bounds(x: origin.x, y: origin.y, width: width + Self.poolLabelWidth, height: y - origin.y)
        self.entries = entries
        self.followers = followers
        self.startEvent = start
        self.trackX = tracks
    }

    /// The element an arrow out of `row` leaves: its gateway, else its task.
    func exit(_ row: Int) -> Bounds {
        followers[row].flatMap { layout.nodes[row].symbol == .decision ? $0 : nil } ?? entries[row]
    }

    /// The bends of an arrow, from the element it leaves to the left side of the one it enters.
    func waypoints(_ link: FlowchartLayout.Link) -> [Point] {
        guard let to = link.to else { return [] }
        let from = exit(link.from)
        let target = entries[to]
        var points: [Point]
        switch link.port {
        case .bottom:
            points = [
                Point(x: from.x + from.width, y: from.centerY), Point(x: trackX[to], y: from.centerY),
                Point(x: trackX[to], y: target.centerY)
            ]
        case .left, .right:
            let bandHalf = Self.taskSize.height / 2 + 12 + Self.channelSpacing * Double(link.channel ?? 0)
            let top = link.port == .left
            let channelY = top ? from.centerY - bandHalf : from.centerY + bandHalf
            points = [
                Point(x: from.centerX, y: top ? from.y : from.y + from.height), Point(x: from.centerX, y: channelY),
                Point(x: trackX[to], y: channelY), Point(x: trackX[to], y: target.centerY)
            ]
        }
        points.append(Point(x: target.x, y: target.centerY))
        // Drop bends that lie on a straight line, so that tools draw a clean path.
        var cleaned: [Point] = []
        for point in points {
            if let last = cleaned.last, last == point { continue }
            if cleaned.count >= 2 {
                let a = cleaned[cleaned.count - 2]
                let b = cleaned[cleaned.count - 1]
                if (a.x == b.x && b.x == point.x) || (a.y == b.y && b.y == point.y) { cleaned.removeLast() }
            }
            cleaned.append(point)
        }
        return cleaned
    }
}
