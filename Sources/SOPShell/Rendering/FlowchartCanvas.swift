/// A grid of terminal cells to draw a flowchart on: characters set outright (symbols, text),
/// and lines recorded as the directions they run through each cell, so that where lines meet
/// or cross the right box-drawing character (┬, ┤, ┼ …) comes out by itself.
struct FlowchartCanvas {
    struct Directions: OptionSet, Hashable {
        let rawValue: UInt8
        static let up = Directions(rawValue: 1)
        static let down = Directions(rawValue: 2)
        static let left = Directions(rawValue: 4)
        static let right = Directions(rawValue: 8)
    }

    private enum Cell: Hashable {
        case empty
        case character(Character)
        /// The second column of a wide character.
        case continuation
    }

    let width: Int
    private(set) var height = 0
    private var cells: [[Cell]] = []
    private var lines: [[Directions]] = []
    private var highlighted: [[Bool]] = []
    /// Cells drawn only where nothing else is (the lane rules).
    private var faint: [[Character?]] = []

    init(width: Int) {
        self.width = width
    }

    private mutating func grow(to row: Int) {
        while height <= row {
            cells.append(Array(repeating: .empty, count: width))
            lines.append(Array(repeating: [], count: width))
            highlighted.append(Array(repeating: false, count: width))
            faint.append(Array(repeating: nil, count: width))
            height += 1
        }
    }

    func isEmpty(_ row: Int, _ column: Int) -> Bool {
        guard row >= 0, row < height, column >= 0, column < width else { return row >= height && column >= 0 && column < width }
        return cells[row][column] == .empty && lines[row][column].isEmpty
    }

    /// Writes `text` from `column`; wide characters take two cells. Cut at the canvas edge.
    mutating func write(_ text: String, row: Int, column: Int, highlight: Bool = false) {
        grow(to: row)
        var at = column
        for character in text {
            let cellWidth = DisplayWidth.of(character)
            guard cellWidth > 0 else { continue }
            guard at >= 0, at + cellWidth <= width else { break }
            cells[row][at] = .character(character)
            if cellWidth == 2 { cells[row][at + 1] = .continuation }
            for offset in 0..<cellWidth { highlighted[row][at + offset] = highlight }
            at += cellWidth
        }
    }

    /// Writes `text` from `column` only into empty cells, stopping (with "…") before the
    /// first occupied one; nothing if fewer than `minimum` columns are free. Says whether it wrote.
    @discardableResult
    mutating func writeWhereFree(_ text: String, row: Int, column: Int, minimum: Int = 3) -> Bool {
        var free = 0
        while column + free < width, isEmpty(row, column + free), free < DisplayWidth.of(text) { free += 1 }
        guard free >= min(minimum, DisplayWidth.of(text)) else { return false }
        let shown = free >= DisplayWidth.of(text) ? text : String(DisplayWidth.prefix(Substring(text), width: free - 1)) + "…"
        write(shown, row: row, column: column)
        return true
    }

    /// Like `writeWhereFree`, but the text ends just before `column` (for labels to the left).
    @discardableResult
    mutating func writeWhereFree(_ text: String, row: Int, endingBefore column: Int, minimum: Int = 3) -> Bool {
        var free = 0
        while column - free - 1 >= 0, isEmpty(row, column - free - 1), free < DisplayWidth.of(text) { free += 1 }
        guard free >= min(minimum, DisplayWidth.of(text)) else { return false }
        let shown = free >= DisplayWidth.of(text) ? text : "…" + String(DisplayWidth.suffix(text, width: free - 1))
        write(shown, row: row, column: column - DisplayWidth.of(shown))
        return true
    }

    mutating func vertical(column: Int, from top: Int, to bottom: Int) {
        guard top != bottom, column >= 0, column < width else { return }
        let (low, high) = (min(top, bottom), max(top, bottom))
        grow(to: high)
        for row in low...high {
            if row > low { lines[row][column].insert(.up) }
            if row < high { lines[row][column].insert(.down) }
        }
    }

    mutating func horizontal(row: Int, from start: Int, to end: Int) {
        guard start != end else { return }
        let (low, high) = (max(0, min(start, end)), min(width - 1, max(start, end)))
        guard low < high else { return }
        grow(to: row)
        for column in low...high {
            if column > low { lines[row][column].insert(.left) }
            if column < high { lines[row][column].insert(.right) }
        }
    }

    /// A character drawn only where the cell stays empty (a lane's rule).
    mutating func faint(_ character: Character, row: Int, column: Int) {
        grow(to: row)
        guard column >= 0, column < width else { return }
        faint[row][column] = character
    }

    /// The picture as lines of text, trailing spaces trimmed; highlighted cells in reverse
    /// video when `colour` is on.
    func render(colour: Bool) -> [String] {
        (0..<height).map { row in
            var text = ""
            var inHighlight = false
            for column in 0..<width {
                let on = colour && highlighted[row][column]
                if on != inHighlight {
                    text += on ? "\u{1B}[7m" : "\u{1B}[0m"
                    inHighlight = on
                }
                switch cells[row][column] {
                case .character(let character): text.append(character)
                case .continuation: break
                case .empty:
                    let directions = lines[row][column]
                    text.append(directions.isEmpty ? (faint[row][column] ?? " ") : Self.character(for: directions))
                }
            }
            if inHighlight { text += "\u{1B}[0m" }
            return text.trimmingTrailingSpaces()
        }
    }

    static func character(for directions: Directions) -> Character {
        switch directions {
        case [.up, .down], [.up], [.down]: "│"
        case [.left, .right], [.left], [.right]: "─"
        case [.down, .right]: "┌"
        case [.down, .left]: "┐"
        case [.up, .right]: "└"
        case [.up, .left]: "┘"
        case [.up, .down, .right]: "├"
        case [.up, .down, .left]: "┤"
        case [.down, .left, .right]: "┬"
        case [.up, .left, .right]: "┴"
        default: "┼"
        }
    }
}

extension DisplayWidth {
    /// The end of `text` that fits in `width` columns.
    static func suffix(_ text: String, width: Int) -> Substring {
        var used = 0
        var start = text.endIndex
        while start > text.startIndex {
            let previous = text.index(before: start)
            let next = used + of(text[previous])
            if next > width { break }
            used = next
            start = previous
        }
        return text[start...]
    }
}
