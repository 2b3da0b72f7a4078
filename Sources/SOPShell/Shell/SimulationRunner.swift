import Foundation
import SOPRuntime
import Synchronization

/// Runs a simulation where Ctrl-C stops it cleanly and a long run shows its progress; an
/// overloaded scenario is warned of on stderr before it starts.
///
/// A watcher thread turns Ctrl-C into `SimulationControl.stop()` and, on a terminal, shows the
/// share done once the run takes more than a second. The run waits for the watcher to clear
/// its line before it returns, so that the report (or the next prompt) is never written over.
enum SimulationRunner {
    /// The result, and whether Ctrl-C stopped the run (a result can be `stopped` for other
    /// reasons: the calendar's end, more cases in progress than a run may hold).
    static func run(_ simulation: Simulation, eventLog: SimulationEventSink? = nil) -> (result: SimulationResult, interrupted: Bool) {
        run(warning: simulation.offeredLoad.shortWarning) { control in simulation.run(control: control, eventLog: eventLog) }
    }

    /// Any run that takes a `SimulationControl` (an office's), warned of with `warning`.
    static func run<Result>(warning: String?, _ work: (SimulationControl) -> Result) -> (result: Result, interrupted: Bool) {
        // Said before the run, which may be long: its figures will not mean much.
        if let warning { FileHandle.standardError.write(Data((warning + "\n").utf8)) }
        let control = SimulationControl()
        let finished = DispatchSemaphore(value: 0)
        let watcherDone = DispatchSemaphore(value: 0)
        let showsProgress = isatty(STDERR_FILENO) != 0
        let watcher = Thread {
            let started = Date()
            var shown = false
            // Every 50 ms until the run has finished, which wakes it at once.
            while finished.wait(timeout: .now() + .milliseconds(50)) == .timedOut {
                if interruptRequested.load(ordering: .relaxed) { control.stop() }
                if showsProgress, Date().timeIntervalSince(started) > 1 {
                    let percent = Int(control.progress.fraction * 100)
                    FileHandle.standardError.write(Data(("\r" + localized("  simulating… \(percent)%")).utf8))
                    shown = true
                }
            }
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            watcherDone.signal()
        }
        watcher.start()
        let result = work(control)
        finished.signal()
        watcherDone.wait()
        interruptRequested.store(false, ordering: .relaxed)
        return (result, control.isStopRequested)
    }
}
