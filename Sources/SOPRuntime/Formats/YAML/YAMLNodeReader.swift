import Yams

/// Walks a composed YAML tree and turns its shape errors into located diagnostics, so that
/// the SOP reader can say "file:12:5: `jumlah` must be a whole number" instead of failing.
///
/// Every accessor returns nil (and records an error) when the node has the wrong shape; the
/// caller simply skips that field, so one bad field never hides the rest of the document.
struct YAMLNodeReader {
    let file: String?
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var sourceMap: SourceMap
    /// Standard times read so far, by their text: an SOP says `1 jam` in most of its steps,
    /// and each text is parsed once (a twentieth of opening a big SOP otherwise).
    var standardTimes: [String: StandardTime] = [:]

    init(file: String?) {
        self.file = file
        self.sourceMap = SourceMap(file: file)
    }

    func location(of node: Node) -> SourceLocation? {
        node.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
    }

    mutating func record(_ place: Place, at node: Node) {
        if let mark = node.mark { sourceMap.record(place, line: mark.line, column: mark.column) }
    }

    mutating func error(_ message: Message, at node: Node?, hint: Message? = nil, place: Place? = nil) {
        diagnostics.append(
            Diagnostic(
                .error, .yamlShape, message, hint: hint, place: place, location: node.flatMap(location(of:))))
    }

    /// An error at a place recorded earlier rather than at a node: where a check made once
    /// the whole file is read (an office's SOP compiled with its settings) finds the key at fault.
    mutating func error(_ message: Message, located location: SourceLocation?, hint: Message? = nil) {
        diagnostics.append(Diagnostic(.error, .yamlShape, message, hint: hint, location: location))
    }

    /// Our formats define no YAML tags. A tagged value (`!!binary …`, `!!int 3`, `!rahasia x`)
    /// would otherwise be read as its bare text, which is not what its author meant, so each
    /// tag is an error where it stands. The tags that only say what the node already is
    /// (`!!str` on text, which quoting also gives, `!!map`, `!!seq`) are allowed.
    mutating func refuseTags(in root: Node) {
        var pending = [root]
        while let node = pending.popLast() {
            let tag: Tag
            let restating: Tag.Name
            switch node {
            case .scalar(let scalar): (tag, restating) = (scalar.tag, .str)
            case .mapping(let mapping):
                (tag, restating) = (mapping.tag, .map)
                for (key, value) in mapping { pending += [key, value] }
            case .sequence(let sequence):
                (tag, restating) = (sequence.tag, .seq)
                pending += Array(sequence)
            case .alias: continue
            }
            let name = tag.description
            guard !name.isEmpty, name != Tag.Name.nonSpecific.rawValue, name != restating.rawValue else { continue }
            let written = name.hasPrefix("tag:yaml.org,2002:") ? "!!" + name.dropFirst("tag:yaml.org,2002:".count) : name
            error(
                "the YAML tag `\(written)` is not part of sopsh's format", at: node,
                hint: "remove the tag and write the value as text (quoted if it starts with a symbol)")
        }
    }

    /// The entries of a mapping whose keys must be among `known`; unknown and repeated keys
    /// are reported (with the nearest known key as a suggestion) and left out.
    mutating func entries(of node: Node, named what: String, known: [String]) -> [(key: String, value: Node)]? {
        guard case .mapping(let mapping) = node else {
            error(
                "\(what) must be a mapping of keys to values, not \(describe(node))", at: node,
                hint: "write it as `key: value` lines indented under its name")
            return nil
        }
        var seen: Set<String> = []
        var result: [(key: String, value: Node)] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                error("a key in \(what) must be a plain word", at: keyNode)
                continue
            }
            guard known.contains(key) else {
                let nearest = EditDistance.suggestions(for: key, among: known)
                let hint: Message =
                    nearest.isEmpty
                    ? "the keys of \(what) are: \(known.joined(separator: ", "))"
                    : "did you mean `\(nearest[0])`?"
                error("unknown key `\(key)` in \(what)", at: keyNode, hint: hint)
                continue
            }
            guard seen.insert(key).inserted else {
                error("`\(key)` appears twice in \(what)", at: keyNode, hint: "keep one of them")
                continue
            }
            result.append((key, value))
        }
        return result
    }

    /// A text value. Numbers and dates are taken as written (`nip: 19810708` is text);
    /// an empty value (`tanggal_revisi:`) is the empty string.
    mutating func text(_ node: Node, named what: String) -> String? {
        switch node {
        case .scalar(let scalar):
            return node.null != nil ? "" : scalar.string
        default:
            error(
                "`\(what)` must be text, not \(describe(node))", at: node,
                hint: "write the text after the colon, quoted if it contains `: ` or starts with a symbol")
            return nil
        }
    }

    /// A list of texts; an empty value is the empty list.
    mutating func textList(_ node: Node, named what: String) -> [String]? {
        if case .scalar(let scalar) = node, node.null != nil || scalar.string.isEmpty { return [] }
        guard case .sequence(let sequence) = node else {
            error(
                "`\(what)` must be a list, not \(describe(node))", at: node,
                hint: "write each item on its own line starting with `- `")
            return nil
        }
        return sequence.compactMap { text($0, named: "an item of \(what)") }
    }

    /// A whole number, for counts such as `jumlah`.
    mutating func integer(_ node: Node, named what: String) -> Int? {
        guard case .scalar(let scalar) = node, let value = Int(scalar.string) else {
            error("`\(what)` must be a whole number, not \(describe(node))", at: node, hint: "for example `\(what): 2`")
            return nil
        }
        return value
    }

    /// The items of a list whose items are mappings (roles, steps, answers).
    mutating func items(_ node: Node, named what: String) -> [Node]? {
        if case .scalar(let scalar) = node, node.null != nil || scalar.string.isEmpty { return [] }
        guard case .sequence(let sequence) = node else {
            error(
                "`\(what)` must be a list, not \(describe(node))", at: node,
                hint: "write each entry as an indented block starting with `- `")
            return nil
        }
        return Array(sequence)
    }

    func describe(_ node: Node) -> Message {
        switch node {
        case .scalar(let scalar): scalar.string.isEmpty ? "an empty value" : Message(verbatim: "`\(scalar.string.prefix(40))`")
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}
