import Foundation
import SOPRuntime
import Testing

/// The parts of schema/*.schema.json that the agreement tests hold the readers to: a value by
/// its JSON pointer, read afresh each time (a `[String: Any]` cannot be a shared constant), so
/// that a test states which rule of the schema it compares.
enum SchemaFile {
    static func root(_ name: String) -> [String: Any] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("schema/\(name).schema.json")
        let data = (try? Data(contentsOf: url)) ?? Data()
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }

    /// The value at `pointer` ("/$defs/duration/pattern") in schema `name`; nil if there is none.
    static func value(_ name: String, _ pointer: String) -> Any? {
        var node: Any? = root(name)
        for part in pointer.split(separator: "/").map(String.init) {
            if let object = node as? [String: Any] {
                node = object[part]
            } else if let list = node as? [Any], let index = Int(part), list.indices.contains(index) {
                node = list[index]
            } else {
                return nil
            }
        }
        return node
    }

    /// The schema at `pointer`, its `$ref` followed: what a validator applies there.
    static func resolved(_ name: String, _ pointer: String) -> [String: Any]? {
        resolved(name, value(name, pointer) as? [String: Any])
    }

    static func resolved(_ name: String, _ node: [String: Any]?) -> [String: Any]? {
        guard let reference = node?["$ref"] as? String else { return node }
        return resolved(name, String(reference.dropFirst()))
    }

    /// The pattern a text must match at `pointer`: its own, or that of its one string form.
    static func pattern(_ name: String, _ pointer: String) throws -> String {
        let schema = resolved(name, pointer)
        let forms = ((schema?["anyOf"] ?? schema?["oneOf"]) as? [[String: Any]] ?? []).map { resolved(name, $0) }
        let pattern = schema?["pattern"] as? String ?? forms.lazy.compactMap { $0?["pattern"] as? String }.first
        return try #require(pattern, "schema/\(name).schema.json has no pattern at \(pointer)")
    }

    /// The keys `properties` at `pointer` allows.
    static func keys(_ name: String, _ pointer: String) throws -> Set<String> {
        let properties = try #require(resolved(name, pointer)?["properties"] as? [String: Any], "no properties at \(pointer)")
        return Set(properties.keys)
    }

    /// `minimum` and `maximum` at `pointer` (nil when the schema sets none).
    static func bounds(_ name: String, _ pointer: String) -> (least: Int?, most: Int?) {
        let schema = resolved(name, pointer)
        return (schema?["minimum"] as? Int, schema?["maximum"] as? Int)
    }

    /// `text` in YAML's double quotes, so that every character reaches the reader as written.
    static func quoted(_ text: String) -> String {
        "\""
            + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\t", with: "\\t") + "\""
    }

    /// `read` takes `template` with `value` (quoted, or as written) in place of VALUE exactly
    /// when the schema has `accepted` the value, and when it refuses it, on the value's own line.
    static func expectReading(
        _ value: String, in template: String, accepted: Bool, quoted: Bool = true,
        by read: (String) -> SOPReadError?
    ) {
        let yaml = template.replacingOccurrences(of: "VALUE", with: quoted ? self.quoted(value) : value)
        let line = template[..<template.range(of: "VALUE")!.lowerBound].filter { $0 == "\n" }.count + 1
        let error = read(yaml)
        if accepted {
            #expect(error == nil, "the schema accepts `\(value)`, sopsh refuses it: \(error.map(String.init(describing:)) ?? "")")
        } else {
            #expect(
                error?.location.line == line,
                "the schema refuses `\(value)`, sopsh \(error.map { "refuses it elsewhere: \($0)" } ?? "accepts it")")
        }
    }

    /// The keys a reader lists in its hint for an unknown key far from every known one.
    static func readerKeys(in hint: String?) -> Set<String> {
        guard let hint, let start = hint.range(of: " are: ") else { return [] }
        let list = hint[start.upperBound...].prefix { $0 != "(" }.trimmingCharacters(in: .whitespaces)
        return Set(list.components(separatedBy: ", "))
    }

    /// A key no reader knows nor suggests a near one for.
    static let unknownKey = "zzzzzzzzzzzz"
}
