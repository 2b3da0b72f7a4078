import Foundation
import Testing

/// A run journal is a file a person can edit: `resume FILE` validates every line and points
/// at the one at fault, and never crashes on what it finds.
@Suite struct JournalAsInput {
    /// A real journal of one case with its first step done, its lines as written.
    static func journalLines(in folder: TemporaryFolder) throws -> [String] {
        let state = folder.path("state")
        let run = try Sopsh.run(
            ["--norc", "-c", "open \(Examples.seedYAML)\nstart a1 at 2026-03-02T07:30\nas kepala\ndo"],
            environment: ["XDG_STATE_HOME": state])
        #expect(run.status == 0, "\(run)")
        let text = try String(contentsOfFile: state + "/sopsh/run.journal", encoding: .utf8)
        return text.split(separator: "\n").map(String.init)
    }

    /// `resume FILE` on `lines`, written to a file of its own.
    static func resume(_ lines: [String], separator: String = "\n", in folder: TemporaryFolder) throws -> (SopshRun, String) {
        let file = try folder.write(lines.joined(separator: separator) + separator, to: "edited.journal")
        return (try Sopsh.run(["--norc", "-c", "resume \(file)\nstatus"], environment: ["XDG_STATE_HOME": folder.path("other")]), file)
    }

    @Test func aNegativeStepIsALocatedErrorNotACrash() throws {
        try TemporaryFolder.with { folder in
            var lines = try Self.journalLines(in: folder)
            lines[2] = lines[2].replacingOccurrences(of: "\"step\":0", with: "\"step\":-5")
            let (run, file) = try Self.resume(lines, in: folder)
            #expect(run.status == 1, "\(run)")
            #expect(
                run.stderr.contains(
                    "\(file):3:1: error: line 3 of the run journal: the run names row -4 of the table, and rows count from 1"), "\(run)")
        }
    }

    @Test func aCaseStartedTwiceIsRefusedAtItsSecondLine() throws {
        try TemporaryFolder.with { folder in
            var lines = try Self.journalLines(in: folder)
            lines.insert(lines[1], at: 2)
            let (run, file) = try Self.resume(lines, in: folder)
            #expect(run.status == 1, "\(run)")
            #expect(
                run.stderr.contains(
                    "\(file):3:1: error: line 3 of the run journal cannot be replayed: a case named a1 was started already"), "\(run)")
        }
    }

    @Test func anUnknownFormatIsRefusedNamingIt() throws {
        try TemporaryFolder.with { folder in
            var lines = try Self.journalLines(in: folder)
            lines[0] = lines[0].replacingOccurrences(of: "sopsh-run/1", with: "sopsh-run/99")
            let (run, file) = try Self.resume(lines, in: folder)
            #expect(run.status == 1, "\(run)")
            #expect(
                run.stderr.contains("\(file):1:1: error: the journal is in format sopsh-run/99, which this sopsh does not read"), "\(run)")
        }
    }

    @Test func aHugeCaseNameIsRefusedAtOnce() throws {
        try TemporaryFolder.with { folder in
            var lines = try Self.journalLines(in: folder)
            let huge = String(repeating: "x", count: 5_000_000)
            lines = lines.map { $0.replacingOccurrences(of: "\"a1\"", with: "\"\(huge)\"") }
            let (run, file) = try Self.resume(lines, in: folder)
            #expect(run.status == 1, "\(run.stderr.prefix(300))")
            #expect(
                run.stderr.contains("\(file):2:1: error: line 2 of the run journal: a case name is at most 100 characters"),
                "\(run.stderr.prefix(300))")
        }
    }

    @Test func aJournalWithCRLFLineEndsResumes() throws {
        try TemporaryFolder.with { folder in
            let (run, _) = try Self.resume(try Self.journalLines(in: folder), separator: "\r\n", in: folder)
            #expect(run.status == 0, "\(run)")
            #expect(run.stderr.contains("a1: at step 2"), "\(run)")
        }
    }

    @Test func aLiveCaseNameIsBoundedToo() throws {
        let run = try Sopsh.run(["--norc", "-c", "open \(Examples.seedYAML)\nstart \(String(repeating: "y", count: 101))"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("a case name is at most 100 characters; this one has 101"), "\(run)")
    }
}
