import Foundation
import Testing

/// The language reference's examples are what newcomers copy first: every ```sopsh block of
/// docs/language.md must run as it stands, and where a line says what it gives (`expr  # 2`),
/// sopsh must give exactly that.
@Suite struct DocumentationExamples {
    static let blocks: [String] = {
        let page = (try? String(contentsOf: Sopsh.root.appendingPathComponent("docs/language.md"), encoding: .utf8)) ?? ""
        return page.components(separatedBy: "```sopsh\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
    }()

    @Test func thePageHasExamples() {
        #expect(Self.blocks.count >= 15, "docs/language.md should hold its ```sopsh examples")
    }

    @Test("each example runs without an error", arguments: blocks.indices)
    func eachExampleRuns(_ index: Int) throws {
        let run = try Sopsh.run(["--norc", "-c", Self.blocks[index]])
        #expect(run.status == 0 && run.troubles.isEmpty, "example \(index + 1):\n\(Self.blocks[index])\n\(run)")
    }

    /// Blocks made only of expressions whose comments give their value: the built-in functions.
    @Test func examplesThatSayWhatTheyGiveGiveIt() throws {
        let described = Self.blocks.filter { $0.contains("len(names)") }
        #expect(described.count == 1)
        for block in described {
            let expected = block.split(separator: "\n").compactMap { line -> String? in
                guard !line.hasPrefix("let "), let mark = line.range(of: "# ") else { return nil }
                return String(line[mark.upperBound...])
            }
            let run = try Sopsh.run(["--norc", "-c", block])
            #expect(run.stdout.split(separator: "\n").map(String.init) == expected, "\(run)")
        }
    }
}

/// The README's ```console lines are the first thing a newcomer types: each runs as printed
/// (from a folder holding the project's examples, since `import -o sop/` writes), exits 0 and
/// reports no error; one that says `--json` prints JSON that a parser reads whole.
@Suite struct READMEExamples {
    static let lines: [String] = {
        let page = (try? String(contentsOf: Sopsh.root.appendingPathComponent("README.md"), encoding: .utf8)) ?? ""
        let blocks = page.components(separatedBy: "```console\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
        return blocks.flatMap { $0.split(separator: "\n") }.filter { $0.hasPrefix("$ ") }.map { line in
            // What the line does is said after two spaces and a `#`.
            String((line.range(of: "  #").map { line[..<$0.lowerBound] } ?? line[...]).dropFirst(2))
        }
    }()

    @Test func theREADMEHasCommandLines() {
        #expect(Self.lines.count >= 5 && Self.lines.contains { $0.contains("| sopsh") }, "\(Self.lines)")
    }

    @Test("each line runs as printed", arguments: lines)
    func eachLineRuns(_ command: String) throws {
        try TemporaryFolder.with { folder in
            try FileManager.default.createSymbolicLink(
                atPath: folder.path("examples"),
                withDestinationPath: Sopsh.root.appendingPathComponent("examples").path)
            let binaries = try Sopsh.binaryURL().deletingLastPathComponent().path
            let shell = Process()
            shell.executableURL = URL(fileURLWithPath: "/bin/sh")
            shell.arguments = ["-c", command]
            shell.currentDirectoryURL = folder.url
            var environment = ProcessInfo.processInfo.environment
            environment["PATH"] = binaries + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
            environment["NO_COLOR"] = "1"
            environment["XDG_STATE_HOME"] = folder.path("state")
            shell.environment = environment
            // Files, not pipes: nothing blocks on a full pipe.
            FileManager.default.createFile(atPath: folder.path("stdout"), contents: nil)
            FileManager.default.createFile(atPath: folder.path("stderr"), contents: nil)
            shell.standardOutput = try #require(FileHandle(forWritingAtPath: folder.path("stdout")))
            shell.standardError = try #require(FileHandle(forWritingAtPath: folder.path("stderr")))
            shell.standardInput = FileHandle.nullDevice
            try shell.run()
            shell.waitUntilExit()
            let out = try Data(contentsOf: URL(fileURLWithPath: folder.path("stdout")))
            let err = try Data(contentsOf: URL(fileURLWithPath: folder.path("stderr")))
            let run = SopshRun(
                stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
                status: shell.terminationStatus)
            #expect(run.status == 0 && run.troubles.isEmpty, "\(command)\n\(run)")
            if command.contains("--json") {
                #expect((try? JSONSerialization.jsonObject(with: out)) != nil, "stdout is one JSON value, as jq reads it: \(run)")
            }
        }
    }
}

/// docs/panduan.md, the Indonesian guide for trainers and analysts: every ```sopsh block runs in
/// Indonesian (`--lang id`) as it stands, with the Indonesian command names it teaches.
@Suite struct PanduanExamples {
    static let blocks: [String] = {
        let page = (try? String(contentsOf: Sopsh.root.appendingPathComponent("docs/panduan.md"), encoding: .utf8)) ?? ""
        return page.components(separatedBy: "```sopsh\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
    }()

    @Test func theGuideHasAnExampleForEachPart() {
        #expect(Self.blocks.count >= 5, "docs/panduan.md should hold its ```sopsh examples")
        #expect(Self.blocks.contains { $0.contains("putuskan \"perlu perbaikan\"") }, "a walk with a rework loop")
        #expect(Self.blocks.contains { $0.contains("simulasi ") } && Self.blocks.contains { $0.contains("bandingkan ") })
    }

    @Test("each example runs in Indonesian without an error", arguments: blocks.indices)
    func eachExampleRuns(_ index: Int) throws {
        let run = try Sopsh.run(["--norc", "--lang", "id", "-c", Self.blocks[index]], timeout: 60)
        #expect(run.status == 0 && run.troubles.isEmpty, "example \(index + 1):\n\(Self.blocks[index])\n\(run)")
    }
}
