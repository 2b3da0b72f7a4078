import Foundation
import Testing

/// A long simulation at the prompt: it shows how far it has come, Ctrl-C stops it with the
/// report of what ran, and the progress line is cleared before the report, never after it.
@Suite struct SimulationProgress {
    @Test func controlCStopsALongRunWithItsReportAndTheProgressLineCleared() throws {
        try TemporaryFolder.with { home in
            let terminal = try TerminalSession(["--norc"], home: home.path(""))
            #expect(terminal.waitFor("sopsh › "))
            terminal.type("open examples/bench-seed.yaml")
            terminal.press(.enter)
            #expect(terminal.waitFor("bench-seed › "))
            terminal.type("simulate --cases 500000000 --replications 1")
            terminal.press(.enter)
            #expect(terminal.waitFor("simulating… ", timeout: 20), "progress shows after a second: \(terminal.screen)")
            terminal.press(.controlC)
            #expect(terminal.waitFor("(stopped early)", timeout: 20), "\(terminal.screen)")
            #expect(terminal.waitFor("bench-seed › ", count: 2), "\(terminal.screen)")
            let afterReport = terminal.raw.components(separatedBy: "(stopped early)").last ?? ""
            #expect(
                !afterReport.contains("\u{1B}[K") && !afterReport.contains("simulating"),
                "nothing of the progress line comes after the report: \(afterReport.debugDescription)")
            terminal.type("print masih-hidup")
            terminal.press(.enter)
            #expect(terminal.waitFor("\nmasih-hidup"), "\(terminal.screen)")
        }
    }
}
