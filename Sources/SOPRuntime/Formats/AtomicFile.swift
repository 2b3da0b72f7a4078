import Foundation

/// Writes a file so that readers see either the old content or the new, never a part:
/// the bytes go to a temporary file beside the target, are flushed to disk, and the
/// temporary file is renamed over the target. A failure leaves the old file untouched.
public enum AtomicFile {
    public static func write(_ data: Data, to requestedPath: String) throws {
        // Writing through a symbolic link updates the file it points to, not the link.
        let path = (try? FileManager.default.destinationOfSymbolicLink(atPath: requestedPath)).map { target in
            target.hasPrefix("/") ? target : ((requestedPath as NSString).deletingLastPathComponent as NSString).appendingPathComponent(target)
        } ?? requestedPath
        let directory = (path as NSString).deletingLastPathComponent
        let folder = directory.isEmpty ? "." : directory
        var template = Array("\(folder)/.\((path as NSString).lastPathComponent).XXXXXX".utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw AtomicFileError(path: path, reason: errorText(errno)) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var succeeded = false
        defer {
            if !succeeded { unlink(temporary) }
        }
        let written = data.withUnsafeBytes { buffer -> Bool in
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
        let reason = errorText(errno)
        guard written, fsync(descriptor) == 0 else {
            close(descriptor)
            throw AtomicFileError(path: path, reason: written ? errorText(errno) : reason)
        }
        // Keep the permissions of the file being replaced; a new file gets 0666 less the umask.
        var status = stat()
        fchmod(descriptor, stat(path, &status) == 0 ? status.st_mode & 0o7777 : 0o666 & ~currentUmask())
        close(descriptor)
        guard rename(temporary, path) == 0 else { throw AtomicFileError(path: path, reason: errorText(errno)) }
        succeeded = true
        // The rename itself lives in the folder: flush it too, so the new file survives a crash.
        let folderDescriptor = open(folder, O_RDONLY)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
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
        "cannot write \(path): \(reason); the previous file, if any, is unchanged"
    }
}
