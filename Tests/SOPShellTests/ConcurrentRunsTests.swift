import Foundation
import Synchronization
import Testing

/// Two sopsh processes share one run journal (one state folder per user). The second to take
/// it while the first still runs is refused, naming the first; none ever loses the other's
/// completed actions, and `resume` brings back the run of the last one that ran.
@Suite struct ConcurrentRuns {
    /// `open; start NAME; as kepala; do` in a state folder, as one process.
    static func walk(_ name: String, state: String) throws -> SopshRun {
        try Sopsh.run(
            ["--norc", "-c", "open \(Examples.seedYAML)\nstart \(name) at 2026-03-02T07:30\nas kepala\ndo"],
            environment: ["XDG_STATE_HOME": state])
    }

    @Test func twoProcessesAtOnceNeverLoseEachOthersRun() throws {
        try TemporaryFolder.with { folder in
            for round in 1...12 {
                let state = folder.path("state-\(round)")
                let names = ["a\(round)", "b\(round)"]
                let runs = Mutex<[String: SopshRun]>([:])
                DispatchQueue.concurrentPerform(iterations: 2) { index in
                    let run = try? Self.walk(names[index], state: state)
                    runs.withLock { $0[names[index]] = run }
                }
                let results = runs.withLock { $0 }
                var finished: [String] = []
                for name in names {
                    let run = try #require(results[name] ?? nil)
                    if run.status == 0 {
                        #expect(run.stderr.contains("\(name): step 1"), "\(run)")
                        finished.append(name)
                    } else {
                        // Refused before it did anything, naming the process that holds the journal.
                        #expect(run.stderr.contains("the case was not started: another sopsh (process "), "\(run)")
                        #expect(run.stderr.contains("hint: finish or quit the run in that sopsh first"), "\(run)")
                    }
                }
                #expect(!finished.isEmpty)
                // The journal holds one whole run; when both ran one after the other, the
                // earlier is kept beside it as `.previous`.
                let journal = state + "/sopsh/run.journal"
                let resumed = try Sopsh.run(["--norc", "-c", "resume\nlog"], environment: ["XDG_STATE_HOME": state])
                #expect(resumed.status == 0, "\(resumed)")
                // The resumed run is one of those that finished, with its completed step.
                let current = try #require(finished.first { resumed.stderr.contains("  \($0): at step 2") }, "\(resumed)")
                #expect(resumed.stdout.split(separator: "\n").contains { $0.hasPrefix("1 ") && $0.contains(" kepala ") }, "\(resumed)")
                if let other = finished.first(where: { $0 != current }) {
                    let earlier = try Sopsh.run(["--norc", "-c", "resume \(journal).previous"], environment: ["XDG_STATE_HOME": state])
                    #expect(earlier.stderr.contains("  \(other): at step 2"), "\(earlier)")
                }
            }
        }
    }
}
