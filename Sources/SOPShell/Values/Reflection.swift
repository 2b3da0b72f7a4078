import SOPRuntime

extension Value {
    /// A value made from any plain Swift value by its stored properties, in declaration
    /// order: results of the runtime (a simulation's) become records for `--json` and scripts
    /// without a hand-written mapping that could drift from the type.
    init(reflecting subject: Any) {
        switch subject {
        case let value as Value: self = value
        case let text as String: self = .string(text)
        case let flag as Bool: self = .bool(flag)
        case let number as Int: self = .number(Double(number))
        case let number as UInt64: self = .number(Double(number))
        case let number as Double: self = .number(number.isFinite ? number : 0)
        case let duration as WorkDuration: self = .duration(duration)
        case let moment as CivilDateTime: self = .dateTime(moment)
        case let number as StepNumber: self = .string(number.description)
        default:
            let mirror = Mirror(reflecting: subject)
            switch mirror.displayStyle {
            case .optional:
                self = mirror.children.first.map { Value(reflecting: $0.value) } ?? .null
            case .collection, .set:
                self = .list(mirror.children.map { Value(reflecting: $0.value) })
            case .dictionary:
                // Keyed by text (headcount by position id): a record, in key order.
                var pairs: [(String, Value)] = []
                for child in mirror.children {
                    let pair = Mirror(reflecting: child.value).children.map(\.value)
                    guard pair.count == 2 else { continue }
                    pairs.append((String(describing: pair[0]), Value(reflecting: pair[1])))
                }
                self = .record(Record(uniqueKeysWithValues: pairs.sorted { $0.0 < $1.0 }))
            case .enum:
                // A rating "A" is its raw value, not its case's name `a`.
                if let raw = subject as? any RawRepresentable, let text = raw.rawValue as? String {
                    self = .string(text)
                } else {
                    self = .string(String(describing: subject))
                }
            default:
                var record = Record()
                for child in mirror.children {
                    guard let label = child.label else { continue }
                    record[label] = Value(reflecting: child.value)
                }
                self = record.isEmpty ? .string(String(describing: subject)) : .record(record)
            }
        }
    }
}
