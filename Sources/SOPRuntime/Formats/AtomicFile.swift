import Foundation

/// Writes a file so that readers see either the old content or the new, never a part:
/// the bytes go to a temporary file beside the target (`.NAME.sopsh-PID.XXXXXX.tmp`), are
/// flushed to disk, and the temporary file is renamed over the target. A failure leaves the
/// old file untouched. A signal that ends sopsh removes the temporary first
/// (`LiveTemporaries`); one that a SIGKILL left is removed by the next write into its
/// folder (`AbandonedTemporary`).
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws {
        let writer = try Writer(replacing: path)
        try writer.append(data)
        try writer.commit()
    }

    /// A file written in parts (an event log of millions of rows) that appears at its path
    /// only once `commit` is called; dropped without a commit, it leaves no trace.
    public final class Writer {
        /// The file that will be replaced: a symbolic link's target, not the link.
        public let path: String
        /// Where the bytes go until `commit`; nil when `path` is a stream written in place.
        private let temporary: String?
        /// Its slot among the `LiveTemporaries` that a signal ending sopsh removes.
        private var liveSlot: Int?
        private var descriptor: Int32
        private var pending = Data()
        private var finished = false

        public init(replacing requestedPath: String) throws {
            path =
                (try? FileManager.default.destinationOfSymbolicLink(atPath: requestedPath)).map { target in
                    target.hasPrefix("/")
                        ? target : ((requestedPath as NSString).deletingLastPathComponent as NSString).appendingPathComponent(target)
                } ?? requestedPath
            // A device or a pipe (`/dev/stdout`, a FIFO) is written in place: renaming over it
            // would replace it (as root, /dev/full would become a plain file), and a stream has
            // no old content to keep. A folder is refused.
            var existing = stat()
            if stat(path, &existing) == 0, existing.st_mode & S_IFMT != S_IFREG {
                guard existing.st_mode & S_IFMT != S_IFDIR else {
                    throw AtomicFileError(path: path, reason: localized("it is a folder"))
                }
                descriptor = open(path, O_WRONLY)
                guard descriptor >= 0 else { throw AtomicFileError(path: path, reason: errorText(errno)) }
                temporary = nil
                return
            }
            let folder = Self.folder(of: path)
            AbandonedTemporary.removeAll(in: folder)
            var template = Array(TemporaryName.template(for: path, in: folder).utf8CString)
            descriptor = mkstemps(&template, Int32(TemporaryName.suffix.utf8.count))
            guard descriptor >= 0 else { throw AtomicFileError(path: path, reason: errorText(errno)) }
            // Held until the temporary is renamed or removed: it says "in use" to a sopsh
            // that cannot see this process (another machine's, in a shared folder).
            flock(descriptor, LOCK_EX | LOCK_NB)
            let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            self.temporary = temporary
            liveSlot = LiveTemporaries.add(temporary)
        }

        deinit { discard() }

        /// Adds bytes; they reach the disk in blocks of a megabyte or so.
        public func append(_ data: Data) throws {
            pending.append(data)
            if pending.count >= 1 << 20 { try flush() }
        }

        public func append(_ text: String) throws {
            try append(Data(text.utf8))
        }

        /// Flushes everything to disk and puts the file in place of the old one.
        public func commit() throws {
            try flush()
            guard let temporary else {
                finished = true
                close(descriptor)
                return
            }
            guard fsync(descriptor) == 0 else { throw failure() }
            // Keep the permissions of the file being replaced; a new file gets 0666 less the umask.
            var status = stat()
            fchmod(descriptor, stat(path, &status) == 0 ? status.st_mode & 0o7777 : 0o666 & ~currentUmask())
            guard rename(temporary, path) == 0 else { throw failure() }
            // Closed only now: until the rename, the lock marks the temporary as in use.
            close(descriptor)
            descriptor = -1
            finished = true
            forgetTemporary()
            // The rename itself lives in the folder: flush it too, so the new file survives a crash.
            let folderDescriptor = open(Self.folder(of: path), O_RDONLY)
            if folderDescriptor >= 0 {
                fsync(folderDescriptor)
                close(folderDescriptor)
            }
        }

        /// Gives up: the temporary file goes, the old file stays as it was.
        public func discard() {
            guard !finished else { return }
            finished = true
            if descriptor >= 0 { close(descriptor) }
            if let temporary { unlink(temporary) }
            forgetTemporary()
        }

        /// After the rename or the unlink, never before: a signal in between finds it still
        /// registered and removes it (or finds nothing there).
        private func forgetTemporary() {
            if let liveSlot { LiveTemporaries.remove(liveSlot) }
            liveSlot = nil
        }

        private func flush() throws {
            let complete = pending.withUnsafeBytes { buffer -> Bool in
                var offset = 0
                while offset < buffer.count {
                    let count = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                    if count < 0 {
                        if errno == EINTR { continue }
                        return false
                    }
                    offset += count
                }
                return true
            }
            guard complete else { throw failure() }
            pending.removeAll(keepingCapacity: true)
        }

        private func failure() -> AtomicFileError {
            let error = AtomicFileError(path: path, reason: errorText(errno))
            discard()
            return error
        }

        private static func folder(of path: String) -> String {
            let directory = (path as NSString).deletingLastPathComponent
            return directory.isEmpty ? "." : directory
        }
    }

    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    private static func errorText(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

public struct AtomicFileError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String

    public var description: String {
        localized("cannot write \(path): \(reason); the previous file, if any, is unchanged")
    }
}
