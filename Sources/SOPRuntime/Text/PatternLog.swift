import Foundation
import Synchronization

/// `SOPSH_CATALOGUE_LOG=FILE`: every pattern sopsh renders is appended to FILE, one a line
/// (line breaks as `\n`), for a translator to see what a session says and for the coverage
/// tests to find the patterns a language lacks. Many sopsh at once (a test suite) may share
/// one FILE: it is opened for appending, so each line lands whole at the end, and each
/// process writes a pattern once.
enum PatternLog {
    private static let path = ProcessInfo.processInfo.environment["SOPSH_CATALOGUE_LOG"].flatMap { $0.isEmpty ? nil : $0 }

    /// Opened at the first pattern, and only when asked for: rendering takes no lock otherwise.
    private static let file = Mutex<(descriptor: Int32, written: Set<String>)>(
        {
            guard let path else { return (-1, []) }
            return (open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644), [])
        }())

    static func record(_ pattern: String) {
        guard path != nil else { return }
        file.withLock { file in
            guard file.descriptor >= 0, file.written.insert(pattern).inserted else { return }
            let descriptor = file.descriptor
            let line = pattern.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n") + "\n"
            _ = line.utf8CString.withUnsafeBufferPointer { write(descriptor, $0.baseAddress, $0.count - 1) }
        }
    }
}
