import Foundation
import Synchronization

/// `SOPSH_CATALOGUE_LOG=FILE`: every pattern sopsh renders is appended to FILE, one a line
/// (line breaks as `\n`), for a translator to see what a session says and for the coverage
/// test to find the patterns a language lacks.
enum PatternLog {
    private static let path = ProcessInfo.processInfo.environment["SOPSH_CATALOGUE_LOG"].flatMap { $0.isEmpty ? nil : $0 }

    /// Opened at the first pattern, and only when asked for: rendering takes no lock otherwise.
    private static let file = Mutex<FileHandle?>({
        guard let path else { return nil }
        if !FileManager.default.fileExists(atPath: path) { FileManager.default.createFile(atPath: path, contents: nil) }
        let handle = FileHandle(forWritingAtPath: path)
        _ = try? handle?.seekToEnd()
        return handle
    }())

    static func record(_ pattern: String) {
        guard path != nil else { return }
        file.withLock { handle in
            guard let handle else { return }
            let line = pattern.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\n", with: "\\n") + "\n"
            try? handle.write(contentsOf: Data(line.utf8))
        }
    }
}
