import Foundation
import Testing

/// `sopsh import FILE…`: an office's signed PDFs saved as YAML in one go, each file clean,
/// a draft or refused with its reason; exit status 1 only when one was refused.
@Suite struct ImportCommandLine {
    static let fixtures = "Tests/Fixtures/pdf"

    /// A fresh folder for the YAML files, removed after the test.
    func withOutputFolder(_ body: (String) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sopsh-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder.path)
    }

    @Test func aFolderOfRealPDFsIsSavedAsYAMLThatChecksCleanly() throws {
        try withOutputFolder { output in
            let run = try Sopsh.run(["import", "-o", output, Self.fixtures], timeout: 60)
            #expect(run.status == 0, "\(run)")
            #expect(run.stdout.hasSuffix("5 files: 5 clean, 0 drafts, 0 refused\n"), "\(run)")
            let saved = try FileManager.default.contentsOfDirectory(atPath: output).sorted()
            #expect(saved == ["005.yaml", "025.yaml", "087.yaml", "118.yaml", "262.yaml"])
            let check = try Sopsh.run(["check"] + saved.map { output + "/" + $0 })
            #expect(check.status == 0, "\(check)")
        }
    }

    @Test func eachFileGetsALineWithItsOutcome() throws {
        try withOutputFolder { output in
            let run = try Sopsh.run(["import", "-o", output, Self.fixtures + "/025.pdf"])
            #expect(run.stdout.contains("\(Self.fixtures)/025.pdf → \(output)/025.yaml: clean, 8 warnings, 1 note"), "\(run)")
        }
    }

    @Test func aFileThatIsNotAPDFIsRefusedWithItsReasonAndStatusOne() throws {
        try withOutputFolder { output in
            let fake = output + "/fake.pdf"
            try Data("<html>not found</html>".utf8).write(to: URL(fileURLWithPath: fake))
            let run = try Sopsh.run(["import", "-o", output, fake, Self.fixtures + "/118.pdf"])
            #expect(run.status == 1, "\(run)")
            #expect(run.stdout.contains("\(fake):1:1: error: the file is named .pdf but is not a PDF"), "\(run)")
            #expect(run.stdout.hasSuffix("2 files: 1 clean, 0 drafts, 1 refused\n"), "\(run)")
            #expect(FileManager.default.fileExists(atPath: output + "/118.yaml"), "the other file is still imported")
        }
    }

    @Test func asJSONEveryFileHasItsOutcomeAndFindings() throws {
        try withOutputFolder { output in
            let run = try Sopsh.run(["import", "--json", "-o", output, Self.fixtures + "/025.pdf", Self.fixtures + "/087.pdf"])
            let reports = try #require(try run.jsonValues().first as? [[String: Any]], "\(run)")
            #expect(reports.map { $0["outcome"] as? String } == ["clean", "clean"])
            #expect(reports.map { $0["output"] as? String } == [output + "/025.yaml", output + "/087.yaml"])
            let findings = try #require(reports.first?["diagnostics"] as? [[String: Any]])
            #expect(findings.contains { $0["code"] as? String == "import.fork" && $0["page"] as? Int == 2 }, "\(findings)")
        }
    }

    @Test func onATerminalAProgressLineCountsTheFiles() throws {
        try withOutputFolder { output in
            let session = try TerminalSession(["import", "-o", output, Self.fixtures], home: output)
            #expect(session.exitStatus(timeout: 60) == 0)
            let screen = session.screen
            #expect(screen.contains("[1/5] \(Self.fixtures)/005.pdf"), "\(screen)")
            #expect(screen.contains("[5/5] \(Self.fixtures)/262.pdf"), "\(screen)")
            #expect(screen.contains("5 files: 5 clean, 0 drafts, 0 refused"), "\(screen)")
        }
    }

    @Test func pipedOutputHasNoProgressLine() throws {
        try withOutputFolder { output in
            let run = try Sopsh.run(["import", "-o", output, Self.fixtures], timeout: 60)
            #expect(!run.stderr.contains("[1/5]"), "\(run)")
            #expect(!run.stdout.contains("\u{1B}"), "\(run)")
        }
    }

    @Test func anOutputFolderThatDoesNotExistIsMade() throws {
        try TemporaryFolder.with { folder in
            let output = folder.path("sop/bps")
            let run = try Sopsh.run(["import", "-o", output, Self.fixtures + "/025.pdf"], timeout: 60)
            #expect(run.status == 0, "\(run)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: output) == ["025.yaml"], "\(run)")
        }
    }

    @Test func anOutputThatIsAFileIsAUsageError() throws {
        try TemporaryFolder.with { folder in
            let file = try folder.write("bukan folder\n", to: "sop")
            let run = try Sopsh.run(["import", "-o", file, Self.fixtures + "/025.pdf"])
            #expect(run.status == 2, "\(run)")
            #expect(run.stderr.contains("-o \(file) is a file, not a folder"), "\(run)")
        }
    }

    @Test func checkPlacesAPDFsFindingsByPage() throws {
        let run = try Sopsh.run(["check", Self.fixtures + "/025.pdf"])
        #expect(run.status == 0, "\(run)")
        #expect(
            run.stdout.contains("\(Self.fixtures)/025.pdf: page 2: warning: step 1: arrows lead from this step to steps 2, 3"), "\(run)")
    }

    @Test func anImportedSOPWalksAndSimulates() throws {
        let run = try Sopsh.run(["-c", "open \(Self.fixtures)/118.pdf; start; as kepala; do; simulate --cases 50"])
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr.contains("Acting as Kepala"), "\(run)")
        #expect(run.stdout.contains("Lead time"), "\(run)")
    }
}
