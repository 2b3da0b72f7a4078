import Foundation
import SOPRuntime

extension Shell {
    /// For the whole process, before anything is written: SIGINT, SIGTERM and SIGHUP remove
    /// the temporary files being written before they end sopsh (the prompt then takes SIGINT
    /// over, to stop a statement instead), and a temporary that an earlier, killed sopsh left
    /// in a folder is removed by the next write into it, with a line on stderr saying so.
    public static func leaveNoTemporaries() {
        LiveTemporaries.removeWhenEndedBy([SIGINT, SIGTERM, SIGHUP])
        AbandonedTemporary.reportRemovals { removed in
            let line = localized(
                "sopsh: removed a temporary file left by an interrupted run: \(removed.path) (\(byteCount(removed.size)))\n")
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    /// `507 MB`, `12 KB`, `0 B`: rounded up, so that a file that is not empty never shows 0.
    static func byteCount(_ bytes: Int64) -> String {
        let units = ["B", "KB", "MB", "GB", "TB"]
        var unit = 0
        var scale: Int64 = 1
        while unit < units.count - 1, bytes >= scale * 1024 {
            unit += 1
            scale *= 1024
        }
        return "\((bytes + scale - 1) / scale) \(units[unit])"
    }
}
