import Foundation
import Testing

/// Nothing is lost: sopsh killed with SIGKILL at any point of a training session, a journal
/// or a file that cannot be written (a full disk, here a file-size limit set with util-linux
/// `prlimit`: the same EFBIG for every write past it), a journal damaged in the middle.
///
/// The promise under test: every action of a run whose completion sopsh has printed is in the
/// journal, so `resume` brings the run back exactly as it was after that action or the one
/// being carried out when it was killed, never an earlier or a mixed state.
@Suite struct CrashSafety {
    /// A scripted training session on the seed SOP: two cases, every kind of action (start,
    /// do, decide, wait, undo, a calendar change) and roles changing in between.
    static let session = [
        "open \(Examples.seedYAML)", "start kasus1 at 2026-03-02T07:30", "as kepala", "do", "as tim", "do --took 9h",
        "wait 2h", "as kepala", "decide \"perlu perbaikan\"", "undo", "decide menyetujui", "start kasus2 at 2026-03-03T07:30",
        "do", "undo", "undo", "calendar holiday 2026-03-05 Libur", "as sekretariat", "do", "wait 30m", "as atasan",
        "decide menyetujui", "do", "undo", "do"
    ]

    /// What the run is, as `cases`, `calendar` and `log --all` show it, in JSON.
    static let stateQuery = ["cases --json", "calendar --json", "log --all --json"]

    /// The state after each number of statements of the session (index 0: none), played
    /// without interruption; nil while no case has been started.
    static let states: [String?] = {
        // Each statement prints one JSON value; after the start, the state query follows it.
        let statements = session.enumerated().flatMap { index, statement in
            [statement + " --json"] + (index >= 1 ? stateQuery : [])
        }
        guard let run = try? RunShell().sopsh(statements.joined(separator: "; ")), run.status == 0 else { return [] }
        let values = jsonValues(in: run.stdout)
        return [nil, nil]
            + (2...session.count).map { done in
                let first = 2 + (done - 2) * (1 + stateQuery.count)
                return values[first..<first + stateQuery.count].joined(separator: "\n")
            }
    }()

    /// Brings the run of `shell` back in a fresh sopsh and gives its state; nil if there is no
    /// case (no journal yet, or one killed before the first case's start was written).
    static func resumedState(_ shell: RunShell, _ context: String) throws -> String? {
        let resumed = try shell.sopsh((["let resumed = resume"] + stateQuery).joined(separator: "; "))
        if resumed.status != 0, resumed.stderr.contains("no run journal") || resumed.stderr.contains("no case has been started") {
            return nil
        }
        #expect(resumed.status == 0, "\(context)\n\(resumed)")
        return jsonValues(in: resumed.stdout).joined(separator: "\n")
    }

    /// The complete top-level JSON values in sopsh's output (each ends with a new line, and
    /// strings hold no raw new line), one text each: a value cut off by a kill is not counted.
    static func jsonValues(in text: String) -> [String] {
        var values: [String] = []
        var current: [Substring] = []
        var depth = 0
        var inString = false
        var escaped = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            for character in line {
                if escaped {
                    escaped = false
                } else if inString {
                    escaped = character == "\\"
                    inString = character != "\""
                } else if character == "\"" {
                    inString = true
                } else if "[{".contains(character) {
                    depth += 1
                } else if "]}".contains(character) {
                    depth -= 1
                }
            }
            current.append(line)
            if depth == 0 {
                values.append(current.joined(separator: "\n"))
                current = []
            }
        }
        return values
    }

    /// Checks one killed session: what it printed, and what `resume` brings back, which it
    /// gives. `carriedOut` is how many statements it had been given to carry out; before the
    /// second is acknowledged (the first case's start), `beforeStart` may be resumed too.
    @discardableResult
    static func expectConsistent(
        _ killed: BackgroundSopsh, carriedOut: Int, in shell: RunShell, _ context: String,
        beforeStart: String? = nil
    ) throws -> String? {
        let printed = killed.stdout
        let acknowledged = jsonValues(in: printed).count
        #expect(killed.stderr.isEmpty, "\(context)\n\(killed.stderr)")
        #expect(acknowledged <= carriedOut, "\(context)\n\(printed)")
        let state = try resumedState(shell, context)
        // Every acknowledged statement is in it; at most the one it was killed in is too.
        var allowed = Set([acknowledged, min(acknowledged + 1, carriedOut)].map { states[$0] })
        if acknowledged < 2, let beforeStart { allowed.insert(beforeStart) }
        #expect(
            allowed.contains(state),
            "\(context): \(acknowledged) statements acknowledged, yet resumed to\n\(state ?? "no case")\n\(printed)")
        return state
    }

    // MARK: - SIGKILL

    /// For every k, sopsh is held after the session's first k statements (an `exec cat` of a
    /// FIFO the test opens when they are done), let go into the next one, and killed a moment
    /// later: before it begins, in the middle of it (its journal write) or just after.
    @Test func killedAfterEachAcknowledgedStatementResumeLosesNothing() throws {
        try #require(!Self.states.isEmpty, "the uninterrupted session failed")
        for done in 1..<Self.session.count {
            let shell = try RunShell()
            let fifo = shell.path("gate")
            try #require(mkfifo(fifo, 0o600) == 0)
            let statements = Self.session[..<done].map { $0 + " --json" } + ["let gate = exec cat \(fifo)", Self.session[done] + " --json"]
            let killed = try BackgroundSopsh(["--allow-exec", "-c", statements.joined(separator: "\n")], in: shell)
            let context = "killed after statement \(done) (\(Self.session[done - 1])), in \(Self.session[done])"
            // Opening the FIFO for writing succeeds once `cat` has opened it: the first `done`
            // statements are carried out. Closing it lets sopsh go on.
            var gate: Int32 = -1
            while gate < 0, killed.isRunning {
                gate = open(fifo, O_WRONLY | O_NONBLOCK)
                if gate < 0 { usleep(500) }
            }
            try #require(gate >= 0, "\(context): sopsh stopped before the gate\n\(killed.stdout)\n\(killed.stderr)")
            #expect(Self.jsonValues(in: killed.stdout).count == done)
            close(gate)
            usleep(useconds_t(done % 6) * 400)
            killed.kill()
            try Self.expectConsistent(killed, carriedOut: done + 1, in: shell, context)
        }
    }

    /// The whole session, killed after delays spread over the time it takes uninterrupted:
    /// wherever it is then (reading the SOP, beginning the journal, writing a line, printing).
    @Test func killedAtArbitraryMomentsResumeLosesNothing() throws {
        try #require(!Self.states.isEmpty, "the uninterrupted session failed")
        let script = Self.session.map { $0 + " --json" }.joined(separator: "\n")
        let began = Date()
        let uninterrupted = try RunShell()
        let whole = try BackgroundSopsh(["-c", script], in: uninterrupted)
        whole.wait()
        let duration = Date().timeIntervalSince(began)
        #expect(Self.jsonValues(in: whole.stdout).count == Self.session.count, "\(whole.stderr)")
        let kills = 16
        for kill in 0..<kills {
            let shell = try RunShell()
            let killed = try BackgroundSopsh(["-c", script], in: shell)
            usleep(useconds_t(duration * 1_000_000 * Double(kill) / Double(kills - 1)))
            killed.kill()
            try Self.expectConsistent(killed, carriedOut: Self.session.count, in: shell, "killed at moment \(kill) of \(kills)")
        }
    }
}

extension CrashSafety {
    /// Deterministically, at every point where sopsh writes: strace stops it with SIGKILL as it
    /// enters its N-th write, fsync, rename or link, for every N, so every step of beginning a
    /// journal (beside an earlier run's), appending a line and printing the acknowledgement is
    /// a kill point. The earlier run is never lost: it is the journal or its `.previous`.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/strace"), "needs strace"))
    func killedAsItEntersEachCallThatWritesResumeLosesNothing() throws {
        try #require(!Self.states.isEmpty, "the uninterrupted session failed")
        let statements = Array(Self.session.prefix(14))
        let script = statements.map { $0 + " --json" }.joined(separator: "\n")
        let earlierRun = try RunShell()
        #expect(try earlierRun.sopsh("open \(Examples.seedYAML); start kasus0 at 2026-02-23T07:30; as kepala; do").status == 0)
        let earlier = try #require(FileManager.default.contents(atPath: earlierRun.journal))
        let earlierState = try Self.resumedState(earlierRun, "the earlier run")
        for call in ["write", "fsync", "rename", "link"] {
            var kills = 0
            while true {
                let shell = try RunShell()
                try FileManager.default.createDirectory(atPath: shell.state + "/sopsh", withIntermediateDirectories: true)
                try earlier.write(to: URL(fileURLWithPath: shell.journal))
                let killed = try BackgroundSopsh(["-c", script], in: shell, killingAt: (call, kills + 1))
                killed.wait()
                if killed.exitedNormally {
                    #expect(killed.status == 0 && Self.jsonValues(in: killed.stdout).count == statements.count, "\(killed.stderr)")
                    break
                }
                kills += 1
                let context = "killed entering \(call) number \(kills)"
                let state = try Self.expectConsistent(killed, carriedOut: statements.count, in: shell, context, beforeStart: earlierState)
                if state != earlierState {
                    let previous = try shell.sopsh(
                        (["let resumed = resume \(shell.journal).previous"] + Self.stateQuery).joined(separator: "; "))
                    #expect(Self.jsonValues(in: previous.stdout).joined(separator: "\n") == earlierState, "\(context): the earlier run")
                }
            }
            #expect(kills > 0, "sopsh was never stopped entering \(call)")
        }
    }
}

// MARK: - A full disk

extension CrashSafety {
    /// A session of a few actions, then one more in a sopsh whose files may not grow past the
    /// journal's size plus 5 bytes: no new journal line fits, and the write fails with EFBIG
    /// (the signal that comes with it, SIGXFSZ, must not kill sopsh).
    @Test func anActionThatCannotBeJournaledIsNotDoneAndTheRunStaysAsItWas() throws {
        let shell = try RunShell()
        let opening = ["open \(Examples.seedYAML)", "start kasus1 at 2026-03-02T07:30", "as kepala", "do", "as tim", "do"]
        #expect(try shell.sopsh(opening.joined(separator: "; ")).status == 0)
        let before = try #require(FileManager.default.contents(atPath: shell.journal))
        let expected = try Self.resumedState(shell, "before")

        let full = try BackgroundSopsh(
            ["--keep-going", "-c", "resume; as kepala; decide \"perlu perbaikan\"; undo; clock"],
            in: shell, fileSizeLimit: before.count + 5)
        full.wait()
        #expect(full.exitedNormally && full.status == 1, "sopsh ends with an error, not killed by SIGXFSZ: \(full.stderr)")
        let refusal = "the action was not done: it could not be written to the run journal (cannot write \(shell.journal): File too large)"
        #expect(full.stderr.components(separatedBy: refusal).count == 3, "the decision and the undo are refused: \(full.stderr)")
        #expect(!full.stdout.contains("decided") && !full.stdout.contains("Undone"), "\(full.stdout)")
        #expect(full.stdout.hasSuffix("Tue 3 Mar 2026 09:00\n"), "the case is still at step 3, as before: \(full.stdout)")
        #expect(FileManager.default.contents(atPath: shell.journal) == before, "no part of a line was left in the journal")
        #expect(try Self.resumedState(shell, "after") == expected)
    }

    /// A new run begins a new journal; when its first line cannot be written, the case is not
    /// started (it would be lost in a crash) and the earlier run's journal is still resumable.
    @Test func aRunWhoseJournalCannotBeBegunIsNotStartedAndTheEarlierRunIsKept() throws {
        let shell = try RunShell()
        #expect(try shell.sopsh("open \(Examples.seedYAML); start kasus1 at 2026-03-02T07:30; as kepala; do").status == 0)
        let earlier = try #require(FileManager.default.contents(atPath: shell.journal))
        let expected = try Self.resumedState(shell, "before")

        let full = try BackgroundSopsh(["-c", "open \(Examples.seedYAML); start kasus9"], in: shell, fileSizeLimit: 100)
        full.wait()
        #expect(full.exitedNormally && full.status == 1)
        #expect(
            full.stderr.contains(
                "the case was not started: its run journal could not be begun (cannot write \(shell.journal): File too large)"),
            "\(full.stderr)")
        #expect(FileManager.default.contents(atPath: shell.journal) == earlier)
        // The lock file stays, as history.lock does: it is where a second sopsh learns who holds the journal.
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: shell.state + "/sopsh").sorted() == ["run.journal", "run.journal.lock"],
            "no temporary file is left")
        #expect(try Self.resumedState(shell, "after") == expected)
    }

    /// `save`, `export` and `save-run` onto a full disk: each says which file it could not
    /// write, the file keeps its old bytes, and no temporary file is left beside it.
    @Test func savingOntoAFullDiskLeavesTheOldFilesUntouched() throws {
        let shell = try RunShell()
        let sop = try shell.write(try String(contentsOfFile: Sopsh.root.path + "/" + Examples.seedYAML, encoding: .utf8), to: "sop.yaml")
        let form = try shell.write("<p>the old form</p>\n", to: "form.html")
        let kept = try shell.write("the old run\n", to: "latihan.run")
        #expect(try shell.sopsh("open \(sop); start kasus1 at 2026-03-02T07:30; as kepala; do").status == 0)
        let files = [sop, form, kept].map { FileManager.default.contents(atPath: $0) }
        let names = try FileManager.default.contentsOfDirectory(atPath: shell.folder).sorted()

        let full = try BackgroundSopsh(
            ["--keep-going", "-c", "resume; save-run \(kept); export html \(form); set-time 1 \"2 jam\"; save"],
            in: shell, fileSizeLimit: 300)
        full.wait()
        #expect(full.exitedNormally && full.status == 1)
        for path in [kept, form, sop] {
            #expect(full.stderr.contains("cannot write \(path): File too large"), "\(path)\n\(full.stderr)")
        }
        #expect([sop, form, kept].map { FileManager.default.contents(atPath: $0) } == files)
        #expect(try FileManager.default.contentsOfDirectory(atPath: shell.folder).sorted() == names)
    }
}

extension CrashSafety {
    /// The history is saved after each line by writing a new file and renaming it over the
    /// old one; libedit does not check its writes, so onto a full disk the new file is cut
    /// short, and must not replace the whole history. (TMPDIR: see BackgroundSopsh.)
    @Test func aHistorySavedOntoAFullDiskKeepsTheOldHistory() throws {
        try TemporaryFolder.with { home in
            try FileManager.default.createDirectory(atPath: home.path("state/sopsh"), withIntermediateDirectories: true)
            let history = "_HiStOrY_V2_\n" + (1...40).map { "print\\040baris-\($0)\n" }.joined()
            try home.write(history, to: "state/sopsh/history")
            let terminal = try TerminalSession(
                home: home.path(""), shellCommand: "exec env TMPDIR=/no-such-folder prlimit --fsize=200:200 SOPSH --norc")
            #expect(terminal.waitFor("sopsh › "), "\(terminal.screen)")
            terminal.type("print sesudah")
            terminal.press(.enter)
            #expect(terminal.waitFor("\nsesudah\n"), "\(terminal.screen)")
            terminal.press(.controlD)
            #expect(terminal.exitStatus() == 0)
            #expect(home.read("state/sopsh/history") == history)
            #expect(try FileManager.default.contentsOfDirectory(atPath: home.path("state/sopsh")).sorted() == ["history", "history.lock"])
        }
    }
}

// MARK: - Damaged and earlier journals

extension CrashSafety {
    /// A line in the middle of the journal that is not an event (not a torn last line, which
    /// is dropped with a warning): reported with its file and line, and the journal is renamed,
    /// byte for byte, so that a new run can never write over what it still holds.
    @Test func aJournalDamagedInTheMiddleIsReportedAndSetAsideUnchanged() throws {
        let shell = try RunShell()
        #expect(try shell.sopsh("open \(Examples.seedYAML); start kasus1 at 2026-03-02T07:30; as kepala; do; as tim; do").status == 0)
        var lines = try String(contentsOfFile: shell.journal, encoding: .utf8).split(separator: "\n").map(String.init)
        lines[2] = "{\"performed\": rusak"
        let damaged = Data((lines.joined(separator: "\n") + "\n").utf8)
        try damaged.write(to: URL(fileURLWithPath: shell.journal))

        let resumed = try shell.sopsh("resume")
        #expect(resumed.status == 1)
        #expect(resumed.stderr.hasPrefix("\(shell.journal):3:1: error: line 3 of the run journal cannot be read"), "\(resumed)")
        #expect(resumed.stderr.contains("it was set aside as \(shell.journal).damaged-1"), "\(resumed)")
        #expect(FileManager.default.contents(atPath: shell.journal + ".damaged-1") == damaged)
        #expect(!FileManager.default.fileExists(atPath: shell.journal))

        // Two new runs later (the second moves the first to `.previous`), it is still there.
        #expect(try shell.sopsh("open \(Examples.seedYAML); start; open \(Examples.seedYAML); start").status == 0)
        #expect(FileManager.default.contents(atPath: shell.journal + ".damaged-1") == damaged)
        // Damaged again, it is set aside beside the first.
        try damaged.write(to: URL(fileURLWithPath: shell.journal))
        #expect(try shell.sopsh("resume").stderr.contains("set aside as \(shell.journal).damaged-2"))
    }

    /// `resume FILE` and `replay FILE` make the run they bring back the current journal; the
    /// run journaled until then is kept as `.previous`, not written over.
    @Test func bringingBackAnotherRunKeepsTheCurrentJournalAsPrevious() throws {
        let shell = try RunShell()
        #expect(try shell.sopsh("open \(Examples.seedYAML); start kasus1 at 2026-03-02T07:30; as kepala; do").status == 0)
        let first = try Self.resumedState(shell, "first")
        #expect(try shell.sopsh("open \(Examples.leaveRequest); start cuti at 2026-03-02T07:30").status == 0)
        let second = try Self.resumedState(shell, "second")
        #expect(first != second)

        #expect(try shell.sopsh("resume \(shell.journal).previous").status == 0)
        #expect(try Self.resumedState(shell, "the first, resumed") == first)
        let swapped = try shell.sopsh((["let resumed = resume \(shell.journal).previous"] + Self.stateQuery).joined(separator: "; "))
        #expect(Self.jsonValues(in: swapped.stdout).joined(separator: "\n") == second, "the second run was kept as .previous")

        let saved = shell.path("first.run")
        #expect(try shell.sopsh("resume \(shell.journal).previous; save-run \(saved)").status == 0)
        #expect(try shell.sopsh("resume \(shell.journal).previous").status == 0, "the second run is the current one again")
        #expect(try shell.sopsh("replay \(saved)").status == 0)
        let previous = try shell.sopsh((["let resumed = resume \(shell.journal).previous"] + Self.stateQuery).joined(separator: "; "))
        #expect(Self.jsonValues(in: previous.stdout).joined(separator: "\n") == second, "replay kept the run before it too")
    }
}
