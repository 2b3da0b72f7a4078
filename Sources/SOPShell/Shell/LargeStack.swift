import Foundation

extension Shell {
    /// Runs `body` on a thread with a stack large enough for the language's deepest allowed
    /// recursion (each procedure call takes several native frames), and waits for it.
    public static func onLargeStack(_ body: @escaping @Sendable () -> Int32) -> Int32 {
        final class Outcome: @unchecked Sendable { var status: Int32 = 0 }
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            outcome.status = body()
            done.signal()
        }
        thread.stackSize = 1 << 29
        thread.start()
        done.wait()
        return outcome.status
    }
}
