import Foundation
import Testing

/// The JSON Schemas (schema/sop.schema.json, scenario.schema.json, calendar.schema.json,
/// office.schema.json) are
/// what an author's editor checks against, so each must accept every example of its kind and
/// refuse what sopsh refuses. scripts/check-schema.py does the checking with Python's
/// jsonschema; these tests run it, so that `swift test` fails when a schema and its format
/// drift apart.
@Suite("Schema")
struct SchemaTests {
    @Test("every example (SOP, scenario, calendar, office) conforms to its schema")
    func examplesConform() throws {
        let run = try CheckSchemaScript.run([])
        #expect(run.status == 0, "scripts/check-schema.py found problems:\n\(run.output)")
        let folder = CheckSchemaScript.root.appendingPathComponent("examples")
        let examples = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        for kind in ["sop", "scenario", "calendar", "office"] {
            let named = examples.filter { name in
                let text = (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
                return text.hasPrefix("# yaml-language-server: $schema=../schema/\(kind).schema.json\n")
            }
            #expect(!named.isEmpty, "no example names schema/\(kind).schema.json on its first line")
        }
        for example in examples {
            #expect(run.output.contains("examples/\(example): ok"), "no `ok` for examples/\(example):\n\(run.output)")
        }
    }

    @Test("each schema refuses the bad documents of the script's self-test")
    func schemaRefusesBadDocuments() throws {
        let run = try CheckSchemaScript.run(["--self-test"])
        #expect(run.status == 0, "a schema accepts a document it must refuse:\n\(run.output)")
        for refusal in [
            "sop: lanjut_ke on a decision", "scenario: selang beside a list of times", "calendar: an hour past 24",
            "office: both volume and selang"
        ] {
            #expect(run.output.contains("\(refusal): rejected"), "\(run.output)")
        }
    }

    @Test("a scenario is checked against the schema its first line names, with the value's line and column")
    func scenarioIsCheckedAgainstItsSchema() throws {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("sopsh-schema-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: file) }
        let scenario = """
            # yaml-language-server: $schema=\(CheckSchemaScript.root.path)/schema/scenario.schema.json
            kedatangan: {pola: poisson, selang: 40}
            jumlah_kasus: 100
            """
        try Data(scenario.utf8).write(to: file)
        let run = try CheckSchemaScript.run([file.path])
        #expect(run.status == 1)
        #expect(run.output.contains(":2:37: kedatangan.selang: 40 is not of type 'string'"), "\(run.output)")
        #expect(run.output.contains("hint: selang: the (mean) interval between arrivals"), "\(run.output)")
    }

    @Test("a misspelt key fails the check with its line, column and the key it should be")
    func misspeltKeyIsLocated() throws {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("sopsh-schema-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: file) }
        let sop = """
            pelaksana:
              - id: kepala
                nama: Kepala UKPBJ
            kegiatan:
              - nomor: 1
                uraian_kegiatn: Memberikan arahan
                pelaksana: kepala
                mutu_baku: {persyaratan_kelengkapan: "", waktu: 1 jam, output: arahan}
            """
        try Data(sop.utf8).write(to: file)
        let run = try CheckSchemaScript.run([file.path])
        #expect(run.status == 1)
        #expect(run.output.contains(":6:5: kegiatan[0]: Additional properties are not allowed"), "\(run.output)")
        #expect(run.output.contains("did you mean `uraian_kegiatan`"), "\(run.output)")
    }

    @Test("an unknown option is a usage error")
    func unknownOptionIsUsageError() throws {
        let run = try CheckSchemaScript.run(["--strict"])
        #expect(run.status == 2)
        #expect(run.output.contains("usage: check-schema.py"))
    }
}

/// Runs scripts/check-schema.py with python3, output and errors together.
enum CheckSchemaScript {
    /// The package root: this file is Tests/SOPRuntimeTests/SchemaTests.swift.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Run {
        var status: Int32
        var output: String
    }

    static let installHint = "install them with `pip install jsonschema pyyaml` (scripts/setup does it; CI runs it)"

    /// Fails the calling test with what to install when python3 or its modules are missing,
    /// rather than passing without having checked anything.
    static func run(_ arguments: [String]) throws -> Run {
        let python = try execute(["python3", "-c", "import jsonschema, yaml"])
        if python.status == 127 {
            throw MissingPython("python3 is not installed: the schema tests need python3 with jsonschema and PyYAML; \(installHint)")
        }
        if python.status != 0 {
            let reason = python.output.split(separator: "\n").last.map(String.init) ?? "import failed"
            throw MissingPython("python3 lacks the modules jsonschema and PyYAML (\(reason)); \(installHint)")
        }
        return try execute(["python3", root.appendingPathComponent("scripts/check-schema.py").path] + arguments)
    }

    /// Whether schema `name` accepts each document, by one run of the script over them all.
    static func verdicts(_ documents: [String], schema name: String) throws -> [Bool] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sopsh-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // The first line names the schema, so that a document without telling keys is not taken for an SOP.
        let modeline = "# yaml-language-server: $schema=\(root.path)/schema/\(name).schema.json\n"
        let files = try documents.enumerated().map { index, text in
            let file = folder.appendingPathComponent("\(index).yaml")
            try Data((modeline + text).utf8).write(to: file)
            return file.path
        }
        let output = try run(files).output
        return files.map { output.contains("\($0): ok\n") }
    }

    struct MissingPython: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    private static func execute(_ command: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        process.currentDirectoryURL = root
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        // Read before waiting: a full pipe would otherwise block the script forever.
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
