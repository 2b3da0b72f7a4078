import Foundation

/// The bytes libFuzzer hands a target, seen the way sopsh sees what it reads.
public enum FuzzInput {
    /// The bytes as `Data`, for targets that go through `SOPFile.decode` like a file does
    /// (so that NUL bytes and bad UTF-8 reach the code that refuses them).
    public static func data(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> Data {
        guard let bytes else { return Data() }
        return Data(bytes: bytes, count: count)
    }

    /// The bytes as text, invalid UTF-8 replaced by U+FFFD: the parser and interpreter take a
    /// `String`, and repairing instead of refusing keeps every mutation useful.
    public static func text(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: bytes, count: bytes == nil ? 0 : count), as: UTF8.self)
    }
}

/// One long-lived thread with the stack sopsh itself runs the language on
/// (`Shell.onLargeStack`, 512 MiB), so that deep recursion fails here exactly where it would
/// fail in sopsh, not earlier on libFuzzer's 8 MiB main thread. A thread made once, rather than
/// one per input as `onLargeStack` does, keeps thousands of inputs a second possible.
public final class LargeStackThread: @unchecked Sendable {
    private let go = DispatchSemaphore(value: 0)
    private let done = DispatchSemaphore(value: 0)
    /// The work of the input being run; set by `run` before it wakes the thread.
    private var work: (() -> Void)?

    public init(stackSize: Int = 1 << 29) {
        let thread = Thread { [unowned self] in
            while true {
                go.wait()
                work?()
                done.signal()
            }
        }
        thread.stackSize = stackSize
        thread.start()
    }

    /// Runs `body` on the large stack and waits for it: a crash there is still this input's.
    public func run(_ body: () -> Void) {
        withoutActuallyEscaping(body) { escapable in
            work = escapable
            go.signal()
            done.wait()
            work = nil
        }
    }
}

/// Where a target may read and write: a new temporary folder made the current directory, with
/// HOME and the XDG folders inside it, so that journals, history and anything written with a
/// relative path stay out of the repository and the user's home.
public enum ScratchFolder {
    /// The checkout this package sits in (Fuzz/Sources/FuzzSupport/ is three folders down).
    public static let repository: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Makes the folder, copies `files` (paths relative to the repository, kept relative in the
    /// folder, so that `open examples/…` in a seed script finds its SOP) and enters it.
    @discardableResult
    public static func enter(copying files: [String] = []) -> URL {
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("sopsh-fuzz-\(getpid())", isDirectory: true)
        try? manager.removeItem(at: folder)
        for file in files {
            let target = folder.appendingPathComponent(file)
            try? manager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? manager.copyItem(at: repository.appendingPathComponent(file), to: target)
        }
        try? manager.createDirectory(at: folder, withIntermediateDirectories: true)
        for variable in ["HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "TMPDIR"] {
            setenv(variable, folder.path, 1)
        }
        guard manager.changeCurrentDirectoryPath(folder.path) else { fatalError("cannot enter \(folder.path)") }
        return folder
    }

    /// The files in `folder` (relative to the repository) whose names end with one of `suffixes`.
    public static func files(in folder: String, endingWith suffixes: [String]) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: repository.appendingPathComponent(folder).path)) ?? []
        return names.filter { name in suffixes.contains { name.hasSuffix($0) } }.sorted().map { folder + "/" + $0 }
    }
}
