import Foundation
import Testing

/// The ways to give sopsh text (a script file, `-c`, piped stdin) and the exit statuses a
/// caller can rely on.
@Suite struct ScriptModes {
    static let passingText = """
        # Looking at the seed SOP.
        open \(Examples.seedYAML)
        roles; show 3
        steps --json
        """

    static let failingText = """
        open \(Examples.seedYAML)
        show 3
        assign 3 nobody
        show 5
        """

    /// Runs `text` as a script file, after `-c` and on stdin; errors name their source (the
    /// file, `-c`, `<stdin>`), which is replaced by SOURCE before comparing.
    func runInEveryMode(_ text: String) throws -> [(mode: String, run: SopshRun)] {
        try TemporaryFolder.with { folder in
            let script = try folder.write(text, to: "script.sopsh")
            let runs = [
                ("script file", try Sopsh.run([script]), script),
                ("-c", try Sopsh.run(["-c", text]), "-c"),
                ("stdin", try Sopsh.run([], stdin: text), "<stdin>")
            ]
            return runs.map { mode, run, source in
                var normalised = run
                normalised.stderr = run.stderr.replacingOccurrences(of: source + ":", with: "SOURCE:")
                return (mode, normalised)
            }
        }
    }

    @Test func passingTextGivesTheSameOutputAndStatusInEveryMode() throws {
        let runs = try runInEveryMode(Self.passingText)
        for (mode, run) in runs {
            #expect(run.status == 0, "\(mode): \(run)")
            #expect(run.stdout == runs[0].run.stdout, "\(mode) differs from the script file")
            #expect(run.stderr == runs[0].run.stderr, "\(mode) differs from the script file")
        }
        #expect(runs[0].run.stdout.contains("Tim Pelaksana Fungsi UKPBJ"))
        #expect(try runs[0].run.jsonValues().count == 1)
    }

    @Test func failingTextGivesTheSameOutputErrorAndStatusInEveryMode() throws {
        let runs = try runInEveryMode(Self.failingText)
        for (mode, run) in runs {
            #expect(run.status == 1, "\(mode): \(run)")
            #expect(run.stdout == runs[0].run.stdout, "\(mode) differs from the script file")
            #expect(run.stderr == runs[0].run.stderr, "\(mode) differs from the script file")
            #expect(run.errorOutput.hasPrefix("SOURCE:3:10: error: there is no role `nobody`"), "\(mode): \(run)")
        }
    }

    @Test func statusIsZeroWhenEveryStatementSucceeds() throws {
        let run = try Sopsh.run("open \(Examples.seedYAML); info; roles; steps; show 1; help")
        #expect(run.status == 0, "\(run)")
        #expect(run.troubles.isEmpty, "\(run)")
    }

    @Test func firstFailingStatementStopsTheTextWithStatusOne() throws {
        let run = try Sopsh.run("open \(Examples.seedYAML); show 99; show 1")
        #expect(run.status == 1)
        #expect(run.stderr.contains("there is no step 99"))
        #expect(!run.stdout.contains("Memberikan arahan"), "show 1 must not run after the failure")
    }

    @Test func keepGoingRunsTheRestAndStillExitsOne() throws {
        let run = try Sopsh.run("open \(Examples.seedYAML); show 99; show 1; show 98; show 2", keepGoing: true)
        #expect(run.status == 1)
        #expect(run.stdout.contains("Memberikan arahan"))
        #expect(run.stdout.contains("Menyusun kebijakan mutu"))
        #expect(run.stderr.contains("there is no step 99"))
        #expect(run.stderr.contains("there is no step 98"))
    }

    @Test func keepGoingAppliesToAScriptFile() throws {
        try TemporaryFolder.with { folder in
            let script = try folder.write(Self.failingText, to: "failing.sopsh")
            let run = try Sopsh.run(["--keep-going", script])
            #expect(run.status == 1)
            #expect(run.stdout.contains("Melaporkan rancangan standar mutu"), "show 5 runs after the failure")
        }
    }

    @Test func quitEndsTheTextWithItsStatus() throws {
        let run = try Sopsh.run("help; quit 3; help link")
        #expect(run.status == 3)
        #expect(run.stdout.contains("Documents:"))
        #expect(!run.stdout.contains("usage: link"), "nothing runs after quit")
    }

    @Test func exitIsQuitAndDefaultsToZero() throws {
        #expect(try Sopsh.run("exit 2").status == 2)
        #expect(try Sopsh.run("quit").status == 0)
        #expect(try Sopsh.run("quit 256").status == 1)
    }

    @Test func quitAfterAFailureWithKeepGoingStillEndsWithQuitsStatus() throws {
        let run = try Sopsh.run("show 1; quit 4", keepGoing: true)
        #expect(run.status == 4)
        #expect(run.stderr.contains("no SOP is open"))
    }

    @Test func unknownOptionOfSopshItselfIsAUsageErrorWithStatusTwo() throws {
        let run = try Sopsh.run(["--nope"])
        #expect(run.status == 2, "\(run)")
        #expect(run.stderr.contains("--nope"))
        #expect(run.stdout.isEmpty)
    }

    @Test func missingScriptFileFailsWithStatusOneAndNamesIt() throws {
        try TemporaryFolder.with { folder in
            let missing = folder.path("tidak-ada.sopsh")
            let run = try Sopsh.run([missing])
            #expect(run.status == 1)
            #expect(run.stderr.contains(missing))
        }
    }

    @Test func syntaxErrorAnywhereStopsTheTextBeforeAnythingRuns() throws {
        let run = try Sopsh.run("help\nshow 'x\nhelp link")
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty, "not even the first statement runs: \(run)")
    }

    @Test func statementsSplitOnNewLinesAndSemicolonsAndCommentsAreSkipped() throws {
        let text = """
            # a comment line; quit 9
            open \(Examples.seedYAML) # trailing comment; quit 8
            assign 1 "Tim Pelaksana Fungsi UKPBJ" ; set-time 1 "1 jam # bukan komentar; kata"
            quit 5; quit 6
            """
        let run = try Sopsh.run(text, keepGoing: true)
        #expect(run.status == 5, "\(run)")
        #expect(run.stderr.contains("Step 1: Tim Pelaksana Fungsi UKPBJ"))
        #expect(
            run.stderr.contains("“1 jam # bukan komentar; kata” is not a time"),
            "# and ; inside quotes are part of the string")
    }

    @Test func emptyStdinRunsNothingAndSucceeds() throws {
        let run = try Sopsh.run([], stdin: "")
        #expect(run.status == 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.isEmpty)
    }
}
