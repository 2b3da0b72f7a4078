import Foundation
import Testing

/// Interrupted runs leave nothing behind. A long `simulate --events` writes its log into a
/// temporary file beside it. A SIGKILL cannot be caught: its temporary stays, named for the
/// killed process, and the next sopsh that writes into that folder removes it and says so,
/// but never the temporary of a process still writing.
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

    // MARK: - SIGKILL, and the next run

    @Test func aTemporaryLeftByAKilledSopshIsRemovedByTheNextWriteIntoItsFolderWhichSaysSo() throws {
        try TemporaryFolder.with { folder in
            let sopsh = try BackgroundSopsh(["-c", Self.longSimulation(writingTo: folder.path("big.csv"))], in: try RunShell())
            _ = try #require(try Self.growingTemporary(in: folder) { sopsh.isRunning }, "\(sopsh.stderr)")
            sopsh.kill()
            let left = try folder.names()
            try #require(left.count == 1 && Self.isTemporary(left[0], writtenBy: sopsh.processIdentifier),
                         "a SIGKILL leaves the temporary, named for the killed sopsh: \(left)")
            let size = try #require(try FileManager.default.attributesOfItem(atPath: folder.path(left[0]))[.size] as? Int)

            let next = try Sopsh.run("open \(Examples.seedYAML); export html \(folder.path("form.html"))")
            #expect(next.status == 0, "\(next)")
            let megabytes = (size + (1 << 20) - 1) >> 20
            #expect(next.stderr == "sopsh: removed a temporary file left by an interrupted run: \(folder.path(left[0])) (\(megabytes) MB)\n", "\(next)")
            #expect(try folder.names() == ["form.html"])

            let again = try Sopsh.run("open \(Examples.seedYAML); export html \(folder.path("form.html"))")
            #expect(again.status == 0 && again.stderr.isEmpty, "said once, as it was removed once: \(again)")
        }
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
            #expect(run.stderr == "sopsh: removed a temporary file left by an interrupted run: \(folder.path(abandoned)) (9 B)\n", "\(run)")
            #expect(try folder.names() == ([alive, elsewhere] + notOurs + ["form.html"]).sorted())
        }
    }
}
