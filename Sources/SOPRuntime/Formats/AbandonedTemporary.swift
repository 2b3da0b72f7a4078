import Foundation
import Synchronization

/// A temporary file of `AtomicFile` that a run left behind when it could not remove it (a
/// SIGKILL, a crash, a power cut), removed by the next write into its folder.
///
/// A temporary is named for its file and for the process writing it,
/// `.NAME.sopsh-PID.XXXXXX.tmp`, so that a later sopsh can tell whose it is. It is abandoned
/// when that process no longer exists (kill(2) says ESRCH) and no one holds the lock a writer
/// keeps on its temporary: a process number means something on this machine only, and a
/// folder shared over the network may hold the live temporary of another machine's sopsh.
public struct AbandonedTemporary: Sendable, Hashable {
    /// The folder it was found in, then its name.
    public var path: String
    /// Bytes it held.
    public var size: Int64

    /// Says that one was removed: the shell sets it once, to tell the user on stderr.
    public static func reportRemovals(to report: @escaping @Sendable (AbandonedTemporary) -> Void) {
        reporter.withLock { $0 = report }
    }

    private static let reporter = Mutex<(@Sendable (AbandonedTemporary) -> Void)?>(nil)

    /// Removes the abandoned temporaries of `folder`: one look at its names, and a system
    /// call or two for each name that is a temporary's. A folder that cannot be read is left.
    static func removeAll(in folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names {
            guard let writer = TemporaryName.writer(of: name), kill(writer, 0) != 0, errno == ESRCH else { continue }
            let path = folder + "/" + name
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
            let descriptor = open(path, O_RDWR | O_NOFOLLOW | O_CLOEXEC)
            guard descriptor >= 0 else { continue }
            defer { close(descriptor) }
            guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
                flock(descriptor, LOCK_EX | LOCK_NB) == 0, unlink(path) == 0
            else { continue }
            let removed = AbandonedTemporary(path: path, size: Int64(status.st_size))
            reporter.withLock { $0 }?(removed)
        }
    }
}

/// How `AtomicFile` names a temporary: `.NAME.sopsh-PID.XXXXXX.tmp` beside the file NAME,
/// where PID is the writing process and XXXXXX is mkstemps(3)'s.
enum TemporaryName {
    static let suffix = ".tmp"

    /// The template for mkstemps beside `path`, in `folder`. A long NAME is shortened in the
    /// temporary's name so that it fits the 255 bytes a file name may have.
    static func template(for path: String, in folder: String) -> String {
        let tail = ".sopsh-\(getpid()).XXXXXX" + suffix
        var name = Substring((path as NSString).lastPathComponent)
        while 1 + name.utf8.count + tail.utf8.count > 255 { name = name.dropLast() }
        return "\(folder)/.\(name)\(tail)"
    }

    /// The process that wrote the temporary named `name`; nil when it is not one of ours.
    static func writer(of name: String) -> pid_t? {
        guard name.hasPrefix("."), name.hasSuffix(suffix) else { return nil }
        let parts = name.dropLast(suffix.count).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 4, parts[parts.count - 1].utf8.count == 6 else { return nil }
        let writer = parts[parts.count - 2]
        guard writer.hasPrefix("sopsh-"), writer.count > 6, writer.dropFirst(6).allSatisfy({ ("0"..."9").contains($0) }),
            let process = pid_t(writer.dropFirst(6)), process > 0
        else { return nil }
        return process
    }
}
