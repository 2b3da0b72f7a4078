import Foundation
import Testing

/// The prompt at a real terminal: editing, completion, history, Ctrl-C and Ctrl-D.
@Suite(.serialized) struct LineEditing {
    /// sopsh at its first prompt in a fresh home; `body` types into it; then Ctrl-D must leave it cleanly.
    private func atThePrompt(_ body: (TerminalSession) throws -> Void) throws {
        try TemporaryFolder.with { home in
            let terminal = try TerminalSession(["--norc"], home: home.path(""))
            #expect(terminal.waitFor("sopsh › "))
            try body(terminal)
            terminal.press(.controlD)
            #expect(terminal.exitStatus() == 0, "\(terminal.screen)")
        }
    }

    @Test func typingWithEditsRunsTheEditedLine() throws {
        try atThePrompt { terminal in
            terminal.type("print helo")
            terminal.press(.left)
            terminal.type("l")
            terminal.press(.enter)
            #expect(terminal.waitFor("\nhello\n"), "\(terminal.screen)")
        }
    }

    @Test func tabCompletesACommandName() throws {
        try atThePrompt { terminal in
            terminal.type("hel")
            terminal.press(.tab)
            terminal.type("assign")
            terminal.press(.enter)
            #expect(terminal.waitFor("usage: assign STEP ROLE…"), "\(terminal.screen)")
        }
    }

    @Test func tabCompletesAFilePathAndARoleWhoseNameHasSpaces() throws {
        try atThePrompt { terminal in
            terminal.type("open examples/kebijakan-mutu-ukpbj.y")
            terminal.press(.tab)
            terminal.press(.enter)
            #expect(terminal.waitFor("Opened examples/kebijakan-mutu-ukpbj.yaml"), "\(terminal.screen)")
            terminal.type("assign 2 \"Sekretariat U")
            terminal.press(.tab)
            terminal.press(.enter)
            #expect(terminal.waitFor("Step 2: Sekretariat UKPBJ"), "\(terminal.screen)")
            terminal.type("open --force examples/kebijakan-mutu-ukpbj.yaml")
            terminal.press(.enter)
        }
    }

    @Test func tabCompletesAStepNumberAndListsSeveral() throws {
        try atThePrompt { terminal in
            terminal.type("open examples/kebijakan-mutu-ukpbj.yaml")
            terminal.press(.enter)
            #expect(terminal.waitFor("Opened"))
            terminal.type("show 1")
            terminal.press(.tab)
            #expect(terminal.waitFor("10  11  12"), "several matches are listed: \(terminal.screen)")
            terminal.type("2")
            terminal.press(.enter)
            #expect(terminal.waitFor("Menerima laporan hasil sosialisasi"), "\(terminal.screen)")
            terminal.type("show 9")
            terminal.press(.tab)
            terminal.press(.enter)
            #expect(terminal.waitFor("Melakukan sosialisasi standar mutu"), "\(terminal.screen)")
        }
    }

    @Test func upArrowRecallsALineFromAnEarlierSession() throws {
        try TemporaryFolder.with { home in
            let first = try TerminalSession(["--norc"], home: home.path(""))
            #expect(first.waitFor("sopsh › "))
            first.type("print kenangan-123")
            first.press(.enter)
            #expect(first.waitFor("\nkenangan-123\n"))
            first.press(.controlD)
            #expect(first.exitStatus() == 0)

            let second = try TerminalSession(["--norc"], home: home.path(""))
            #expect(second.waitFor("sopsh › "))
            second.press(.up)
            second.press(.enter)
            #expect(second.waitFor("\nkenangan-123\n"), "\(second.screen)")
            second.press(.controlD)
            #expect(second.exitStatus() == 0)
        }
    }

    @Test func controlCClearsTheLineAtThePrompt() throws {
        try atThePrompt { terminal in
            terminal.type("print dibuang")
            terminal.press(.controlC)
            #expect(terminal.waitFor("sopsh › ", count: 2))
            terminal.type("print disimpan")
            terminal.press(.enter)
            #expect(terminal.waitFor("\ndisimpan\n"))
            #expect(!terminal.screen.contains("\ndibuang\n"), "the cleared line must not run")
        }
    }

    @Test func controlCStopsALongCommandAndKeepsTheStateFromBeforeIt() throws {
        try atThePrompt { terminal in
            terminal.type("let n = 1")
            terminal.press(.enter)
            terminal.type("while true { n = n + 1 }")
            terminal.press(.enter)
            usleep(300_000)
            terminal.press(.controlC)
            #expect(terminal.waitFor("interrupted"), "\(terminal.screen)")
            terminal.type("print $n")
            terminal.press(.enter)
            #expect(terminal.waitFor("\n1\n"), "n is as it was before the interrupted statement: \(terminal.screen)")
        }
    }

    @Test func controlDLeavesAtOnceWithoutUnsavedChanges() throws {
        try TemporaryFolder.with { home in
            let terminal = try TerminalSession(["--norc"], home: home.path(""))
            #expect(terminal.waitFor("sopsh › "))
            terminal.type("open examples/kebijakan-mutu-ukpbj.yaml")
            terminal.press(.enter)
            #expect(terminal.waitFor("Opened"))
            terminal.press(.controlD)
            #expect(terminal.exitStatus() == 0)
            #expect(!terminal.screen.contains("unsaved"))
        }
    }

    @Test func controlDWarnsOnceAboutUnsavedChanges() throws {
        try TemporaryFolder.with { home in
            let terminal = try TerminalSession(["--norc"], home: home.path(""))
            #expect(terminal.waitFor("sopsh › "))
            terminal.type("open examples/kebijakan-mutu-ukpbj.yaml; assign 2 kepala")
            terminal.press(.enter)
            #expect(terminal.waitFor("Step 2: Kepala UKPBJ"))
            terminal.press(.controlD)
            #expect(terminal.waitFor("has unsaved changes"), "\(terminal.screen)")
            #expect(terminal.exitStatus(timeout: 0.5) == nil, "the first Ctrl-D only warns")
            terminal.press(.controlD)
            #expect(terminal.exitStatus() == 0)
        }
    }

    @Test func withStdoutPipedTheEditorStillWorksAndOnlyOutputGoesToThePipe() throws {
        try TemporaryFolder.with { home in
            let log = home.path("log.txt")
            let terminal = try TerminalSession(home: home.path(""), shellCommand: "SOPSH --norc | cat > '\(log)'")
            #expect(terminal.waitFor("sopsh › "))
            terminal.type("hel")
            terminal.press(.tab)
            terminal.press(.enter)
            terminal.type("print tercatat")
            terminal.press(.enter)
            usleep(300_000)
            terminal.press(.controlD)
            #expect(terminal.exitStatus() == 0)
            let logged = try String(contentsOfFile: log, encoding: .utf8)
            #expect(logged.contains("Documents:"), "help went to the pipe")
            #expect(logged.hasSuffix("tercatat\n"))
            #expect(!logged.contains("sopsh ›"), "the prompt stays on the terminal")
        }
    }

    @Test func startupFileRunsUnlessNorcIsGiven() throws {
        try TemporaryFolder.with { home in
            try FileManager.default.createDirectory(atPath: home.path("config/sopsh"), withIntermediateDirectories: true)
            _ = try home.write("let sapaan = \"dari init\"\n", to: "config/sopsh/init.sopsh")
            let withRC = try TerminalSession(home: home.path(""))
            #expect(withRC.waitFor("sopsh › "))
            withRC.type("print $sapaan")
            withRC.press(.enter)
            #expect(withRC.waitFor("\ndari init\n"), "\(withRC.screen)")
            withRC.press(.controlD)
            #expect(withRC.exitStatus() == 0)

            let without = try TerminalSession(["--norc"], home: home.path(""))
            #expect(without.waitFor("sopsh › "))
            without.type("print $sapaan")
            without.press(.enter)
            #expect(without.waitFor("is not defined"), "\(without.screen)")
            without.press(.controlD)
            #expect(without.exitStatus() == 0)
        }
    }

    @Test func twoShellsAtOnceLoseNoHistory() throws {
        try TemporaryFolder.with { home in
            let first = try TerminalSession(["--norc"], home: home.path(""))
            let second = try TerminalSession(["--norc"], home: home.path(""))
            #expect(first.waitFor("sopsh › ") && second.waitFor("sopsh › "))
            first.type("print dari-pertama")
            first.press(.enter)
            second.type("print dari-kedua")
            second.press(.enter)
            #expect(first.waitFor("\ndari-pertama\n") && second.waitFor("\ndari-kedua\n"))
            first.press(.controlD)
            second.press(.controlD)
            #expect(first.exitStatus() == 0 && second.exitStatus() == 0)
            let history = try String(contentsOfFile: home.path("state/sopsh/history"), encoding: .utf8)
            #expect(history.contains("dari-pertama") && history.contains("dari-kedua"), "\(history)")
        }
    }

    @Test func anUnreadableHistoryFileIsSetAsideNotEmptied() throws {
        try TemporaryFolder.with { home in
            try FileManager.default.createDirectory(atPath: home.path("state/sopsh"), withIntermediateDirectories: true)
            _ = try home.write("bukan riwayat libedit\n", to: "state/sopsh/history")
            let terminal = try TerminalSession(["--norc"], home: home.path(""))
            #expect(terminal.waitFor("could not be read"), "\(terminal.screen)")
            // Keys typed before the prompt is up may be flushed when the editor sets the terminal up.
            #expect(terminal.waitFor("sopsh › "), "\(terminal.screen)")
            terminal.press(.controlD)
            #expect(terminal.exitStatus() == 0)
            let kept = try FileManager.default.contentsOfDirectory(atPath: home.path("state/sopsh"))
                .filter { $0.hasPrefix("history.unreadable-") }
            #expect(kept.count == 1)
            #expect(try String(contentsOfFile: home.path("state/sopsh/" + kept[0]), encoding: .utf8) == "bukan riwayat libedit\n")
        }
    }

    @Test func outputLongerThanTheScreenGoesThroughThePager() throws {
        try TemporaryFolder.with { home in
            let paged = home.path("paged.txt")
            let terminal = try TerminalSession(
                home: home.path(""),
                shellCommand: "stty rows 12 cols 100; PAGER='cat > \(paged)' SOPSH --norc")
            #expect(terminal.waitFor("sopsh › "))
            terminal.type("help")
            terminal.press(.enter)
            terminal.type("print pendek")
            terminal.press(.enter)
            #expect(terminal.waitFor("\npendek\n"), "a short output is written directly: \(terminal.screen)")
            terminal.press(.controlD)
            #expect(terminal.exitStatus() == 0)
            let text = try String(contentsOfFile: paged, encoding: .utf8)
            #expect(text.contains("Documents:"), "help, longer than 12 rows, went through the pager")
            #expect(!text.contains("pendek"))
            #expect(!terminal.screen.contains("Documents:"))
        }
    }

    @Test func tabCompletesTheAnswersOfTheDecisionAtHand() throws {
        try atThePrompt { terminal in
            terminal.type("open examples/kebijakan-mutu-ukpbj.yaml; start at 2026-03-02T07:30; as kepala; do; as tim; do; as kepala")
            terminal.press(.enter)
            #expect(terminal.waitFor("Acting as Kepala UKPBJ", count: 2), "\(terminal.screen)")
            terminal.type("decide perl")
            terminal.press(.tab)
            terminal.press(.enter)
            #expect(terminal.waitFor("decided “perlu perbaikan”"), "\(terminal.screen)")
        }
    }
}
