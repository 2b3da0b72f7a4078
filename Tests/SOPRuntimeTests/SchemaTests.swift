import Foundation
import Testing

/// The JSON Schema (schema/sop.schema.json) is what an SOP author's editor checks against, so
/// it must accept every example SOP and refuse what sopsh refuses. scripts/check-schema.py
/// does the checking with Python's jsonschema; these tests run it, so that `swift test`
/// fails when the schema and the format drift apart.
@Suite("Schema")
struct SchemaTests {
    @Test("every example SOP conforms to the schema")
    func examplesConform() throws {
        let run = try CheckSchemaScript.run([])
        #expect(run.status == 0, "scripts/check-schema.py found problems:\n\(run.output)")
        let folder = CheckSchemaScript.root.appendingPathComponent("examples")
        // The SOPs among the examples: a calendar file is YAML too, but not an SOP.
        let examples = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".yaml") }
            .filter { name in
                let text = (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
                return ("\n" + text).contains("\nkegiatan:")
            }
        #expect(!examples.isEmpty, "examples/ has no .yaml SOPs to check")
        for example in examples {
            #expect(run.output.contains("examples/\(example): ok"), "no `ok` for examples/\(example):\n\(run.output)")
        }
    }

    @Test("the schema refuses the bad documents of the script's self-test")
    func schemaRefusesBadDocuments() throws {
        let run = try CheckSchemaScript.run(["--self-test"])
        #expect(run.status == 0, "the schema accepts a document it must refuse:\n\(run.output)")
        #expect(run.output.contains("lanjut_ke on a decision: rejected"), "\(run.output)")
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
private enum CheckSchemaScript {
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
