import Foundation
import Synchronization

/// The temporary files this process is writing at this moment (AtomicFile's, until their
/// commit or discard), so that a signal that ends sopsh (Ctrl-C in a script, `kill`, a closed
/// terminal) removes them first instead of leaving a half-written file behind: an event log
/// stopped after a minute can be hundreds of megabytes.
///
/// A signal handler runs in the middle of whatever a thread was doing: it may not take a lock
/// that thread could hold, nor allocate or free memory, nor touch the Swift runtime. So each
/// path is copied into a C string before it is published, the table is a fixed number of
/// atomic slots, and the handler only reads them, calls unlink(2) and raises the signal again
/// with its default action, which ends sopsh as the signal would have (a shell reports 130
/// for SIGINT, 143 for SIGTERM). Writers on several threads (a simulation's event log, a
/// report) claim slots with a compare-and-exchange, so registering needs no lock either.
///
/// A temporary that finds no free slot, or a SIGKILL, is left behind, named so that the next
/// write into its folder finds and removes it (`AbandonedTemporary`).
public enum LiveTemporaries {
    /// Ends sopsh on each of `signals` once the live temporaries are removed. A signal that
    /// sopsh was started ignoring stays ignored (`nohup`, a job a script put in the background).
    /// Called on the main thread before any other starts, it also unblocks them for every
    /// thread to come: a parent that spawns sopsh from a thread with signals blocked (a test
    /// runner's worker) would otherwise leave it deaf to SIGTERM, and SIGKILL would follow.
    public static func removeWhenEndedBy(_ signals: [Int32]) {
        // Globals are initialised on first use, which takes a lock: done here, not in the handler.
        _ = slots[0].load(ordering: .sequentiallyConsistent)
        _ = ending.load(ordering: .sequentiallyConsistent)
        var handled = sigset_t()
        sigemptyset(&handled)
        for signal in signals { sigaddset(&handled, signal) }
        for signal in signals {
            var current = sigaction()
            sigaction(signal, nil, &current)
            if unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { continue }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in LiveTemporaries.removeAllAndEnd(number) }
            // While it runs, the others wait: one handler at a time per thread.
            action.sa_mask = handled
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
    }

    /// Publishes `path` (relative to the current folder, made absolute) for the signal
    /// handler; gives its slot for `remove`, or nil when every slot is taken.
    static func add(_ path: String) -> Int? {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        guard let copy = strdup(absolute) else { return nil }
        for index in slots.indices
        where slots[index].compareExchange(expected: 0, desired: Int(bitPattern: copy), ordering: .sequentiallyConsistent).exchanged {
            return index
        }
        free(copy)
        return nil
    }

    /// The temporary of `slot` is gone (renamed into place or removed): the handler forgets it.
    static func remove(_ slot: Int) {
        let copy = UnsafeMutablePointer<CChar>(bitPattern: slots[slot].exchange(0, ordering: .sequentiallyConsistent))
        // A handler already running on another thread may be reading the copy: then it is
        // left to the end of the process, which is near. (Both sides are sequentially
        // consistent: either this sees `ending`, or the handler sees the slot empty.)
        if !ending.load(ordering: .sequentiallyConsistent) { free(copy) }
    }

    /// The handler: async-signal-safe calls only, on memory that nothing frees any more.
    private static func removeAllAndEnd(_ number: Int32) {
        ending.store(true, ordering: .sequentiallyConsistent)
        for index in slots.indices {
            if let path = UnsafePointer<CChar>(bitPattern: slots[index].load(ordering: .sequentiallyConsistent)) { unlink(path) }
        }
        // Delivered with the default action as soon as the handler returns and unblocks it.
        signal(number, SIG_DFL)
        raise(number)
    }

    /// The C strings' addresses, 0 for a free slot: many more than sopsh ever writes at once
    /// (an event log and a report).
    private static let slots = InlineArray<64, Atomic<Int>> { _ in Atomic(0) }
    /// Set by the handler before it reads the slots.
    private static let ending = Atomic<Bool>(false)
}
