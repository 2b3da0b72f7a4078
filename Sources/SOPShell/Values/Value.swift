import OrderedCollections
import SOPRuntime

/// What every command returns and the language computes with. Rendering turns a value into
/// text for people or JSON for programs, so a command never prints for itself.
public enum Value: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case duration(WorkDuration)
    case dateTime(CivilDateTime)
    case list([Value])
    case record(Record)
    /// Rows shown as an aligned table; in JSON, a list of records.
    case table(Table)
}

/// Named fields in a fixed order, as JSON objects keep them.
public typealias Record = OrderedDictionary<String, Value>

/// Rows of records with the columns to show and the headings to show them under.
public struct Table: Hashable, Sendable {
    public struct Column: Hashable, Sendable {
        /// The record key (and JSON key).
        public var key: String
        /// The heading people read, such as "Uraian Kegiatan".
        public var heading: String
        /// Whether the column may be wrapped to fit the terminal (long text), or must stay whole.
        public var wraps: Bool

        public init(_ key: String, _ heading: Message, wraps: Bool = false) {
            self.key = key
            self.heading = heading.text
            self.wraps = wraps
        }
    }

    public var columns: [Column]
    public var rows: [Record]

    public init(columns: [Column], rows: [Record]) {
        self.columns = columns
        self.rows = rows
    }
}

extension Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}

extension Value {
    public static func strings(_ items: [String]) -> Value { .list(items.map(Value.string)) }

    /// The value as plain text, for a table cell or a message.
    public var plainText: String {
        switch self {
        case .null: ""
        case .bool(let value): localized(value ? "yes" : "no")
        case .number(let value): Value.format(value)
        case .string(let value): value
        case .duration(let value): value.formatted(.short)
        case .dateTime(let value): value.shown
        case .list(let items): items.map(\.plainText).joined(separator: ", ")
        case .record(let record): record.map { "\($0.key): \($0.value.plainText)" }.joined(separator: ", ")
        case .table(let table): localized(table.rows.count == 1 ? "1 row" : "\(table.rows.count) rows")
        }
    }

    static func format(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 { return String(Int(number)) }
        return String(number)
    }
}
