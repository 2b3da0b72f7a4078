import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The real readers the export tests hand each file to: Graphviz's `dot`, libxml2's
/// `xmllint` (well-formedness and XML Schema), Mermaid's own parser run by Node.js,
/// `cmark-gfm` (GitHub's Markdown) for tables, Python's `csv` module, pm4py (a
/// process-mining library) for XES, and Foundation's XML parser.
/// `scripts/setup --for-tests` installs them all; a missing one fails the test that needs it with a message
/// naming it and the fix, never a silent skip.
enum Consumer {
    struct Output: CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String
        var description: String { "exit status \(status)\n--- stdout ---\n\(stdout)\n--- stderr ---\n\(stderr)" }
    }

    struct Missing: Error, CustomStringConvertible {
        var what: String
        var description: String {
            "\(what) is not installed here: run scripts/setup --for-tests, which installs every reader the export tests use"
        }
    }

    /// Where scripts/setup keeps the downloaded BPMN schemas and Mermaid's parser.
    static var toolsFolder: String {
        let environment = ProcessInfo.processInfo.environment
        if let folder = environment["SOPSH_TEST_TOOLS"], !folder.isEmpty { return folder }
        let cache = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? (NSHomeDirectory() + "/.cache")
        return cache + "/sopsh-test-tools"
    }

    static var bpmnSchema: String { toolsFolder + "/bpmn-schema/BPMN20.xsd" }
    static var mermaidParser: String { toolsFolder + "/mermaid-parser/parser.bundle.js" }

    /// `text` written to a fresh temporary file with this extension; its path.
    static func file(_ text: String, extension name: String) throws -> String {
        let path = NSTemporaryDirectory() + "sopsh-export-\(UUID().uuidString).\(name)"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Runs a program found on PATH, with output captured in files (no pipe can fill up).
    static func run(_ program: String, _ arguments: [String]) throws -> Output {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        guard let executable = folders.map({ "\($0)/\(program)" }).first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw Missing(what: program)
        }
        let capture = NSTemporaryDirectory() + "sopsh-consumer-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: capture, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: capture) }
        try Data().write(to: URL(fileURLWithPath: capture + "/out"))
        try Data().write(to: URL(fileURLWithPath: capture + "/err"))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: capture + "/out"))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: capture + "/err"))
        try process.run()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus,
            stdout: String(decoding: try Data(contentsOf: URL(fileURLWithPath: capture + "/out")), as: UTF8.self),
            stderr: String(decoding: try Data(contentsOf: URL(fileURLWithPath: capture + "/err")), as: UTF8.self))
    }

    /// `xmllint --noout`, against a schema when one is given.
    static func xmllint(_ text: String, schema: String? = nil) throws -> Output {
        if let schema, !FileManager.default.fileExists(atPath: schema) { throw Missing(what: "the schema \(schema)") }
        let path = try file(text, extension: "xml")
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try run("xmllint", ["--noout", "--nonet"] + (schema.map { ["--schema", $0] } ?? []) + [path])
    }

    /// Graphviz draws the graph as SVG.
    static func dot(_ text: String) throws -> Output {
        let path = try file(text, extension: "dot")
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try run("dot", ["-Tsvg", path])
    }

    /// Mermaid's own parser (mermaid 11, as mermaid-parser-py bundles it) reads the diagram:
    /// nil and the parser's message when it refuses it, else the parsed graph.
    static func mermaid(_ text: String) throws -> (graph: [String: Any]?, error: String) {
        guard FileManager.default.fileExists(atPath: mermaidParser) else { throw Missing(what: "Mermaid's parser (\(mermaidParser))") }
        let source = try file(text, extension: "mmd")
        let script = try file(
            """
            const bundle = require(process.argv[2]);
            const parse = typeof bundle === "function" ? bundle : (bundle.default || globalThis.parse_mermaid);
            parse(require("fs").readFileSync(process.argv[3], "utf8"))
              .then(result => { console.log(JSON.stringify(JSON.parse(result).graph_data)); })
              .catch(error => { console.error(String(error.message || error)); process.exit(1); });
            """, extension: "js")
        defer {
            try? FileManager.default.removeItem(atPath: source)
            try? FileManager.default.removeItem(atPath: script)
        }
        let output = try run("node", [script, mermaidParser, source])
        guard output.status == 0 else { return (nil, output.stderr) }
        let graph = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        return (graph, output.stderr)
    }

    /// A table as a Markdown reader found it: the header's cells and each row's, as text
    /// (a `<br>` a line break). A row holds the cells written in the source only.
    struct MarkdownTable {
        var header: [String]
        var rows: [[String]]
    }

    /// `cmark-gfm -e table` (GitHub's Markdown with its table extension) reads the document;
    /// the tables it found. The reader evens rows out, filling a short row with empty cells
    /// and dropping a long row's extra ones, so its syntax tree is read with the source
    /// positions: a filled-in cell has none and is left out, and where a row's source runs on
    /// past its last cell and closing pipe, what was dropped is added as one more cell.
    static func markdownTables(_ text: String) throws -> [MarkdownTable] {
        let path = try file(text, extension: "md")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let output = try run("cmark-gfm", ["-e", "table", "--to", "xml", "--sourcepos", path])
        guard output.status == 0 else { throw MarkdownFailure(output: output) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        // line:column-line:column, columns counted in bytes from 1.
        func span(_ node: XMLElement) -> (line: Int, start: Int, end: Int)? {
            let numbers = (node.value("sourcepos") ?? "").split { $0 == ":" || $0 == "-" }.compactMap { Int($0) }
            return numbers.count == 4 && numbers[1] > 0 ? (numbers[0], numbers[1], numbers[3]) : nil
        }
        func cells(_ row: XMLElement) -> [String] {
            let written = row.elements(named: "table_cell").filter { span($0) != nil }
            var texts = written.map { cell in
                (cell.children ?? []).map { node in
                    switch node.localName ?? node.name ?? "" {
                    case "text": node.stringValue ?? ""
                    case "html_inline" where node.stringValue == "<br>": "\n"
                    default: "⟨\(node.localName ?? node.name ?? "?")⟩" + (node.stringValue ?? "")
                    }
                }.joined()
            }
            if let row = span(row), let last = written.last.flatMap(span), row.end > last.end + 1, row.line <= lines.count {
                texts.append(String(decoding: lines[row.line - 1][(last.end + 1)..<min(row.end, lines[row.line - 1].count)], as: UTF8.self))
            }
            return texts
        }
        return try xml(output.stdout).elements(named: "table").map { table in
            MarkdownTable(
                header: table.elements(named: "table_header").first.map(cells) ?? [],
                rows: table.elements(named: "table_row").map(cells))
        }
    }

    struct MarkdownFailure: Error, CustomStringConvertible {
        var output: Output
        var description: String { "cmark-gfm refused the file: \(output)" }
    }

    /// Runs a Python script with `file` as its argument and reads the JSON it prints last.
    static func python(_ script: String, reading text: String, extension name: String) throws -> Any {
        let path = try file(text, extension: name)
        let program = try file(script, extension: "py")
        defer {
            try? FileManager.default.removeItem(atPath: path)
            try? FileManager.default.removeItem(atPath: program)
        }
        let output = try run("python3", [program, path])
        guard output.status == 0 else {
            if output.stderr.contains("No module named") {
                throw Missing(what: "a Python module (\(output.stderr.split(separator: "\n").last ?? ""))")
            }
            throw PythonFailure(output: output)
        }
        let last = output.stdout.split(separator: "\n").last.map(String.init) ?? ""
        return try JSONSerialization.jsonObject(with: Data(last.utf8), options: [.fragmentsAllowed])
    }

    struct PythonFailure: Error, CustomStringConvertible {
        var output: Output
        var description: String { "the Python reader refused the file: \(output)" }
    }

    /// Foundation's XML parser (libxml2 underneath) reads the document into a tree. It recovers
    /// from broken markup, so whether a file is well-formed is `xmllint`'s to judge.
    static func xml(_ text: String) throws -> XMLDocument {
        try XMLDocument(data: Data(text.utf8), options: [])
    }
}

extension XMLNode {
    /// Every element below this node (and itself) whose local name is `name`, in document order.
    func elements(named name: String) -> [XMLElement] {
        var found: [XMLElement] = []
        if let element = self as? XMLElement, (element.localName ?? element.name) == name { found.append(element) }
        for child in children ?? [] { found += child.elements(named: name) }
        return found
    }
}

extension XMLElement {
    /// An attribute's value. (Foundation's `attribute(forName:)` finds nothing on an element in
    /// a default namespace, as every SVG element is, so the attributes are searched instead.)
    func value(_ attribute: String) -> String? {
        attributes?.first { $0.name == attribute }?.stringValue
    }
}
