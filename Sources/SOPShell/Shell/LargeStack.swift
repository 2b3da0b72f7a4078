import Foundation

extension Shell {
    /// Runs `body` on a thread with a stack large enough for the language's deepest allowed
    /// recursion (each procedure call takes several native frames), and waits for it.
    public static func onLargeStack(_ body: @escaping @Sendable () -> Int32) -> Int32 {
        final class Outcome: @unchecked Sendable { var status: Int32 = 0 }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            // A mask inherited from whoever started sopsh may block Ctrl-C; this thread takes it.
            var interrupt = sigset_t()
            sigemptyset(&interrupt)
            sigaddset(&interrupt, SIGINT)
            pthread_sigmask(SIG_UNBLOCK, &interrupt, nil)
            outcome.status = body()
            done.signal()
        }
        thread.stackSize = 1 << 29
        thread.start()
        // Ctrl-C must reach the thread that reads lines and runs statements, not this waiting one.
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        pthread_sigmask(SIG_BLOCK, &interrupt, nil)
        done.wait()
        return outcome.status
    }
}
