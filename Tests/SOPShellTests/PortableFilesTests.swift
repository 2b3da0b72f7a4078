import Foundation
import Testing

/// Files move to the classroom PC: a saved run finds its SOP beside it wherever the two are
/// copied, and a saved SOP keeps the line by which an editor checks it against the schema.
@Suite struct PortableFiles {
    static let seed = try! String(contentsOfFile: "examples/bench-seed.yaml", encoding: .utf8)
    static let walk = "start k1 at 2026-03-03T07:30; as kepala; do; as tim; do"

    /// The saved run's header, as JSON.
    static func header(_ path: String) throws -> [String: Any] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let first = String(text.prefix { $0 != "\n" })
        return try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
    }

    @Test func aSavedRunMovesWithItsSOPToAnotherFolder() throws {
        try TemporaryFolder.with { folder in
            try FileManager.default.createDirectory(atPath: folder.path("laptop/runs"), withIntermediateDirectories: true)
            try Self.seed.write(toFile: folder.path("laptop/kebijakan.yaml"), atomically: true, encoding: .utf8)
            let run = folder.path("laptop/runs/senin.run")
            let saved = try Sopsh.run("open \(folder.path("laptop/kebijakan.yaml")); \(Self.walk); save-run \(run); log --json")
            #expect(saved.status == 0, "\(saved)")
            #expect(try Self.header(run)["sop"] as? String == "../kebijakan.yaml", "kept from the run file's folder")

            try FileManager.default.moveItem(atPath: folder.path("laptop"), toPath: folder.path("kelas"))
            let replayed = try Sopsh.run("replay \(folder.path("kelas/runs/senin.run")); log --json; info --json")
            #expect(replayed.status == 0, "\(replayed)")
            #expect(replayed.jsonTexts.first == saved.jsonTexts.last, "the same log after the move")
            #expect(replayed.stdout.contains("Run of \(folder.path("kelas/kebijakan.yaml")) brought back"), "\(replayed)")
        }
    }

    @Test func aRunWhoseSOPWasNotCopiedSaysWhereItLookedAndWhatToDo() throws {
        try TemporaryFolder.with { folder in
            try Self.seed.write(toFile: folder.path("kebijakan.yaml"), atomically: true, encoding: .utf8)
            let run = folder.path("senin.run")
            #expect(try Sopsh.run("open \(folder.path("kebijakan.yaml")); \(Self.walk); save-run \(run)").status == 0)
            try FileManager.default.removeItem(atPath: folder.path("kebijakan.yaml"))
            let replayed = try Sopsh.run("replay \(run)")
            #expect(replayed.status == 1)
            #expect(
                replayed.errorOutput.hasPrefix("\(run):1:1: error: the run's SOP is not at \(folder.path("kebijakan.yaml"))"), "\(replayed)"
            )
            #expect(replayed.stderr.contains("hint: copy the SOP along with the run file"), "\(replayed)")
        }
    }

    @Test func aRunSavedWithAnAbsolutePathStillReplays() throws {
        try TemporaryFolder.with { folder in
            try Self.seed.write(toFile: folder.path("kebijakan.yaml"), atomically: true, encoding: .utf8)
            let run = folder.path("senin.run")
            #expect(try Sopsh.run("open \(folder.path("kebijakan.yaml")); \(Self.walk); save-run \(run)").status == 0)
            let text = try String(contentsOfFile: run, encoding: .utf8)
            try text.replacingOccurrences(of: "\"sop\":\"kebijakan.yaml\"", with: "\"sop\":\"\(folder.path("kebijakan.yaml"))\"")
                .write(toFile: run, atomically: true, encoding: .utf8)
            #expect(try Self.header(run)["sop"] as? String == folder.path("kebijakan.yaml"))
            let replayed = try Sopsh.run("replay \(run)")
            #expect(replayed.status == 0, "\(replayed)")
        }
    }

    @Test func saveKeepsTheEditorsSchemaLineAndPointsItFromTheNewFolder() throws {
        try TemporaryFolder.with { folder in
            try FileManager.default.createDirectory(atPath: folder.path("sop/arsip"), withIntermediateDirectories: true)
            let original = folder.path("sop/kebijakan.yaml")
            try Self.seed.write(toFile: original, atomically: true, encoding: .utf8)
            #expect(Self.seed.hasPrefix("# yaml-language-server: $schema=../schema/sop.schema.json\n"))
            let run = try Sopsh.run("open \(original); set-time 1 2h; save; save \(folder.path("sop/arsip/lama.yaml"))")
            #expect(run.status == 0, "\(run)")
            let saved = try #require(folder.read("sop/kebijakan.yaml"))
            #expect(saved.hasPrefix("# yaml-language-server: $schema=../schema/sop.schema.json\n"), "\(saved.prefix(200))")
            #expect(saved.contains("waktu: 2 jam"), "the edit was saved too")
            let moved = try #require(folder.read("sop/arsip/lama.yaml"))
            #expect(moved.hasPrefix("# yaml-language-server: $schema=../../schema/sop.schema.json\n"), "\(moved.prefix(200))")
        }
    }

    @Test func aFileWithoutTheLineIsSavedWithoutOne() throws {
        try TemporaryFolder.with { folder in
            let plain = Self.seed.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n")
            let file = try folder.write(plain, to: "kebijakan.yaml")
            #expect(try Sopsh.run("open \(file); set-time 1 2h; save").status == 0)
            #expect(folder.read("kebijakan.yaml")?.contains("yaml-language-server") == false)
        }
    }
}
