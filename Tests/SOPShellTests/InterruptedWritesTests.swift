import Foundation
import Testing

/// Interrupted runs leave nothing behind. A long `simulate --events` writes its log into a
/// temporary file beside it; a signal that ends sopsh (SIGINT, SIGTERM, SIGHUP) removes the
/// temporary first and ends sopsh as the signal would have. A SIGKILL cannot be caught: its
/// temporary stays, named for the killed process, and the next sopsh that writes into that
/// folder removes it and says so, but never the temporary of a process still writing. At the
/// prompt, Ctrl-C stops the simulation, writes no log and removes the temporary.
@Suite struct InterruptedWrites {
    /// A simulation far longer than any test waits for, writing megabytes of events a second.
    static func longSimulation(writingTo path: String) -> String {
        "open \(Examples.seedYAML); simulate --cases 2000000 --events \(path)"
    }

    /// The name of the temporary file in `folder` once it exists and has grown twice (sopsh
    /// writes in blocks of a megabyte), or nil if it has not within 30 s or sopsh has ended.
    static func growingTemporary(in folder: TemporaryFolder, while isRunning: () -> Bool) throws -> String? {
        let deadline = Date().addingTimeInterval(30)
        var sizes: [Int] = []
        while Date() < deadline, isRunning() {
            if let name = try folder.names().first(where: { $0.hasPrefix(".big.csv.") }) {
                let size = (try? FileManager.default.attributesOfItem(atPath: folder.path(name))[.size] as? Int) ?? 0
                if size > (sizes.last ?? 0) { sizes.append(size) }
                if sizes.count >= 2 { return name }
            }
            usleep(20_000)
        }
        return nil
    }

    /// The name a temporary of `big.csv` has while process `writer` writes it.
    static func isTemporary(_ name: String, writtenBy writer: Int32) -> Bool {
        name.range(of: "^\\.big\\.csv\\.sopsh-\(writer)\\.[A-Za-z0-9]{6}\\.tmp$", options: .regularExpression) != nil
    }

    /// A process number that no process has: a child that has ended and been waited for.
    static func endedProcess() throws -> Int32 {
        let child = Process()
        child.executableURL = URL(fileURLWithPath: "/bin/true")
        try child.run()
        child.waitUntilExit()
        return child.processIdentifier
    }

    // MARK: - Signals that can be caught

    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func aSignalWhileEventsAreWrittenRemovesTheTemporaryAndEndsSopshAsTheSignalWould(_ signal: Int32) throws {
        try TemporaryFolder.with { folder in
            let sopsh = try BackgroundSopsh(["-c", Self.longSimulation(writingTo: folder.path("big.csv"))], in: try RunShell())
            let temporary = try #require(try Self.growingTemporary(in: folder) { sopsh.isRunning }, "\(sopsh.stderr)")
            #expect(Self.isTemporary(temporary, writtenBy: sopsh.processIdentifier), "named for its file and its writer: \(temporary)")
            sopsh.send(signal)
            sopsh.wait()
            #expect(sopsh.endingSignal == signal, "ended by the signal itself, so that a shell reports \(128 + signal)")
            #expect(try folder.names() == [], "neither the temporary nor a part of big.csv is left")
        }
    }

    /// A job a script puts in the background ignores SIGINT, and `nohup` SIGHUP: sopsh keeps
    /// that, writing on through a SIGINT, and SIGTERM still removes its temporary.
    @Test func aSopshStartedIgnoringInterruptsWritesOnAndATerminateStillRemovesTheTemporary() throws {
        try TemporaryFolder.with { folder in
            let sopsh = try BackgroundSopsh(
                ["-c", Self.longSimulation(writingTo: folder.path("big.csv"))], in: try RunShell(),
                ignoringInterrupts: true)
            let temporary = try #require(try Self.growingTemporary(in: folder) { sopsh.isRunning }, "\(sopsh.stderr)")
            sopsh.send(SIGINT)
            let size = { (try? FileManager.default.attributesOfItem(atPath: folder.path(temporary))[.size] as? Int) ?? 0 }
            let before = size()
            let deadline = Date().addingTimeInterval(30)
            while size() <= before, sopsh.isRunning, Date() < deadline { usleep(20_000) }
            #expect(sopsh.isRunning && size() > before, "SIGINT is ignored: the log still grows")
            sopsh.send(SIGTERM)
            sopsh.wait()
            #expect(sopsh.endingSignal == SIGTERM)
            #expect(try folder.names() == [])
        }
    }

    // MARK: - SIGKILL, and the next run

    @Test func aTemporaryLeftByAKilledSopshIsRemovedByTheNextWriteIntoItsFolderWhichSaysSo() throws {
        try TemporaryFolder.with { folder in
            let sopsh = try BackgroundSopsh(["-c", Self.longSimulation(writingTo: folder.path("big.csv"))], in: try RunShell())
            _ = try #require(try Self.growingTemporary(in: folder) { sopsh.isRunning }, "\(sopsh.stderr)")
            sopsh.kill()
            let left = try folder.names()
            try #require(
                left.count == 1 && Self.isTemporary(left[0], writtenBy: sopsh.processIdentifier),
                "a SIGKILL leaves the temporary, named for the killed sopsh: \(left)")
            let size = try #require(try FileManager.default.attributesOfItem(atPath: folder.path(left[0]))[.size] as? Int)

            let next = try Sopsh.run("open \(Examples.seedYAML); export html \(folder.path("form.html"))")
            #expect(next.status == 0, "\(next)")
            let megabytes = (size + (1 << 20) - 1) >> 20
            #expect(
                Self.said(next) == [
                    "sopsh: removed a temporary file left by an interrupted run: \(folder.path(left[0])) (\(megabytes) MB)"
                ], "\(next)")
            #expect(try folder.names() == ["form.html"])

            let again = try Sopsh.run("open \(Examples.seedYAML); export html \(folder.path("form.html"))")
            #expect(again.status == 0 && Self.said(again).isEmpty, "said once, as it was removed once: \(again)")
        }
    }

    /// What sopsh itself said on stderr, beside the commands' confirmations (`Opened …`).
    static func said(_ run: SopshRun) -> [Substring] {
        run.stderr.split(separator: "\n").filter { $0.hasPrefix("sopsh: ") }
    }

    /// Only a temporary of sopsh's whose writer has ended goes: not one of a process alive (the
    /// test's own), not one locked by its writer (a sopsh on another machine sharing the
    /// folder, whose number means nothing here), not a file that only looks like one.
    @Test func aTemporaryOfAWriterStillAliveOrStillHoldingItIsNeverRemoved() throws {
        try TemporaryFolder.with { folder in
            let ended = try Self.endedProcess()
            let alive = ".form.html.sopsh-\(getpid()).aB3dE5.tmp"
            let elsewhere = ".kasus.csv.sopsh-\(ended).Zz9Yy8.tmp"
            let abandoned = ".laporan.html.sopsh-\(ended).Qq1Ww2.tmp"
            let notOurs = [".catatan.sopsh-\(ended).tmp", ".draf.tmp", "kasus.sopsh-\(ended).Qq1Ww2.tmp"]
            for name in [alive, elsewhere, abandoned] + notOurs { try folder.write("sebagian\n", to: name) }
            let held = open(folder.path(elsewhere), O_RDWR)
            try #require(held >= 0 && flock(held, LOCK_EX) == 0)
            defer { close(held) }

            let run = try Sopsh.run("open \(Examples.seedYAML); export html \(folder.path("form.html"))")
            #expect(run.status == 0, "\(run)")
            #expect(
                Self.said(run) == ["sopsh: removed a temporary file left by an interrupted run: \(folder.path(abandoned)) (9 B)"], "\(run)")
            #expect(try folder.names() == ([alive, elsewhere] + notOurs + ["form.html"]).sorted())
        }
    }
}

// MARK: - At the prompt

extension InterruptedWrites {
    /// Ctrl-C stops the simulation with the report of what ran; a log of the cases that
    /// happened to be done would pass for the whole run, so none is written.
    @Test func controlCDuringSimulateEventsWritesNoFileAndThePromptComesBack() throws {
        try TemporaryFolder.with { folder in
            try TemporaryFolder.with { home in
                let terminal = try TerminalSession(["--norc"], home: home.path(""))
                #expect(terminal.waitFor("sopsh › "))
                terminal.type("open \(Examples.seedYAML)")
                terminal.press(.enter)
                #expect(terminal.waitFor("kebijakan-mutu-ukpbj › "))
                terminal.type("simulate --cases 2000000 --events \(folder.path("big.csv"))")
                terminal.press(.enter)
                _ = try #require(try Self.growingTemporary(in: folder) { terminal.exitStatus(timeout: 0) == nil }, "\(terminal.screen)")
                terminal.press(.controlC)
                #expect(terminal.waitFor("(stopped early)", timeout: 20), "\(terminal.screen)")
                #expect(
                    terminal.waitFor("\(folder.path("big.csv")) was not written: Ctrl-C stopped the run, so its log would be incomplete"),
                    "\(terminal.screen)")
                #expect(terminal.waitFor("kebijakan-mutu-ukpbj › ", count: 2), "\(terminal.screen)")
                #expect(try folder.names() == [], "no log of a part of the run, and no temporary")
                terminal.type("print masih-hidup")
                terminal.press(.enter)
                #expect(terminal.waitFor("\nmasih-hidup"), "\(terminal.screen)")
                terminal.press(.controlD)
                #expect(terminal.exitStatus() == 0)
            }
        }
    }

    /// At the prompt Ctrl-C stops a statement instead of sopsh, but SIGTERM ends sopsh there
    /// too, once the temporary is removed.
    @Test func aTerminateDuringAnInteractiveSimulateRemovesTheTemporaryAndEndsSopsh() throws {
        try TemporaryFolder.with { folder in
            try TemporaryFolder.with { home in
                let terminal = try TerminalSession(["--norc"], home: home.path(""))
                #expect(terminal.waitFor("sopsh › "))
                terminal.type("open \(Examples.seedYAML); simulate --cases 2000000 --events \(folder.path("big.csv"))")
                terminal.press(.enter)
                let temporary = try #require(
                    try Self.growingTemporary(in: folder) { terminal.exitStatus(timeout: 0) == nil }, "\(terminal.screen)")
                // The temporary is named for its writer: the sopsh inside the terminal.
                let writer = try #require(
                    temporary.split(separator: ".").first { $0.hasPrefix("sopsh-") }.flatMap { Int32($0.dropFirst(6)) })
                #expect(kill(writer, SIGTERM) == 0)
                #expect(terminal.exitStatus() == 128 + SIGTERM, "\(terminal.screen)")
                #expect(try folder.names() == [])
            }
        }
    }
}
