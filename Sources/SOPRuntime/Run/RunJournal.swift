import Foundation
import Synchronization

/// A training run kept on disk as it happens: a header line (the SOP's file and the calendar
/// the run began with), then one JSON event per line, each flushed to disk before the action
/// is reported, so that a crash or a closed terminal loses no completed action.
public struct RunJournal: Sendable {
    public struct Header: Codable, Hashable, Sendable {
        public var format = "sopsh-run/1"
        /// The SOP file the run walks through: absolute in sopsh's own journal, relative to the
        /// file's folder in a run kept with `save-run` (see `Contents.sopPath`).
        public var sop: String
        /// A fingerprint of the SOP's content when the run was made: a run replays only on
        /// the same procedure.
        public var fingerprint: String
        public var calendar: WorkCalendar

        public init(sop path: String, content: SOP, calendar: WorkCalendar) {
            self.sop = path
            self.fingerprint = RunJournal.fingerprint(of: content)
            self.calendar = calendar
        }
    }

    /// FNV-1a over the SOP as our YAML writes it: the same for the same content, whatever the layout.
    public static func fingerprint(of sop: SOP) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in SOPYAMLWriter.write(sop).utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16)
    }

    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Another sopsh process holds the journal: two runs appending to one file would
    /// interleave their events and neither could be resumed.
    public struct Busy: Error, Sendable, CustomStringConvertible {
        public var path: String
        /// The process that holds it, as it wrote itself into the lock file.
        public var holder: Int32?

        public var description: String {
            localized(
                holder.map { "another sopsh (process \($0)) is keeping a training run in \(path)" }
                    ?? "another sopsh is keeping a training run in \(path)")
        }
    }

    /// The journals this process holds, by path, with the descriptor of each lock file: an
    /// advisory `flock` on `….lock`, held until the process ends, so that a second sopsh is
    /// refused rather than allowed to rotate or append to a journal in use.
    private static let held = Mutex<[String: Int32]>([:])

    /// Takes the journal for this process (again, when it already has it).
    public func claim() throws(Busy) {
        let lockPath = path + ".lock"
        let result: Result<Void, Busy> = Self.held.withLock { held in
            if held[path] != nil { return .success(()) }
            let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { return .success(()) }  // no lock file possible: writing will say why
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                // The holder writes its process id just after taking the lock: wait a moment for it.
                var buffer = [UInt8](repeating: 0, count: 32)
                var count = 0
                for _ in 0..<20 {
                    count = pread(descriptor, &buffer, buffer.count, 0)
                    if count > 0 && buffer[count - 1] == UInt8(ascii: "\n") { break }
                    usleep(5_000)
                }
                close(descriptor)
                let holder =
                    count > 0
                    ? Int32(String(decoding: buffer.prefix(count), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) : nil
                return .failure(Busy(path: path, holder: holder))
            }
            let pid = Array("\(getpid())\n".utf8)
            if ftruncate(descriptor, 0) == 0 { _ = pid.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) } }
            held[path] = descriptor
            return .success(())
        }
        try result.get()
    }

    /// Starts a new journal. An earlier run's journal is kept beside it (`….previous`), so
    /// that starting afresh never destroys a run that could still be resumed. The new header
    /// is written completely before anything is moved: when it cannot be (a full disk), the
    /// error is thrown and the earlier journal is still where it was. At no moment is there
    /// no journal at `path` when there was one.
    ///
    /// `events` start it off with a run brought back from elsewhere (`resume FILE`, `replay`).
    public func begin(_ header: Header, events: [RunEvent] = []) throws {
        try claim()
        let starting = path + ".starting"
        do {
            try AtomicFile.write(Data((try Self.text(header, events)).utf8), to: starting)
        } catch let error as AtomicFileError {
            throw AtomicFileError(path: path, reason: error.reason)
        }
        if FileManager.default.fileExists(atPath: path) {
            // A second name for the earlier journal, then that name becomes `.previous`: the
            // earlier journal stays at `path` until the new one replaces it.
            let previous = path + ".previous"
            let linked = previous + ".link"
            unlink(linked)
            if link(path, linked) == 0 {
                guard rename(linked, previous) == 0 else { throw Self.failure(previous, unlinking: [linked, starting]) }
            } else {
                // A file system without hard links: the earlier journal is moved away first.
                guard rename(path, previous) == 0 else { throw Self.failure(previous, unlinking: [starting]) }
            }
        }
        guard rename(starting, path) == 0 else { throw Self.failure(path, unlinking: [starting]) }
        Self.flushFolder(of: path)
    }

    /// Appends events (one line each) in a single write, flushed to disk before it returns.
    /// A write that fails part-way (a full disk, a file-size limit) is cut off again, so the
    /// journal holds either all of them or none: the last good state.
    public func append(_ events: [RunEvent]) throws {
        guard !events.isEmpty else { return }
        try claim()
        let bytes = Array(try events.map { try Self.line($0) }.joined().utf8)
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard descriptor >= 0 else { throw Self.failure(path) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Self.failure(path) }
        let goodSize = status.st_size
        var offset = 0
        var failure: Int32?
        while offset < bytes.count, failure == nil {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if count >= 0 {
                offset += count
            } else if errno != EINTR {
                failure = errno
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        if let failure {
            // A partial line would be a torn record: cut it off so the journal stays as it was.
            if ftruncate(descriptor, goodSize) == 0 { fsync(descriptor) }
            throw AtomicFileError(path: path, reason: String(cString: strerror(failure)))
        }
    }

    /// Appends one event and flushes it to disk.
    public func append(_ event: RunEvent) throws {
        try append([event])
    }

    /// Renames a journal that cannot be read to `….damaged-N` beside it (never over another
    /// file) so that nothing writes over it, and gives the new name.
    public static func setAside(_ path: String) throws -> String {
        for number in 1... {
            let aside = path + ".damaged-\(number)"
            // link fails rather than replace a file already there; the rename is its fallback
            // on a file system without hard links.
            if link(path, aside) == 0 {
                unlink(path)
            } else if errno == EEXIST || FileManager.default.fileExists(atPath: aside) {
                continue
            } else if rename(path, aside) != 0 {
                throw failure(aside)
            }
            flushFolder(of: path)
            return aside
        }
        fatalError("unreachable")
    }

    /// The error of the last system call, about `path`, once the temporary files are removed.
    private static func failure(_ path: String, unlinking temporaries: [String] = []) -> AtomicFileError {
        let reason = String(cString: strerror(errno))
        for temporary in temporaries { unlink(temporary) }
        return AtomicFileError(path: path, reason: reason)
    }

    /// A rename lives in its folder: flushed too, so that it survives a crash of the machine.
    private static func flushFolder(of path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let descriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_CLOEXEC)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
    }

    /// What a journal holds: its header and events, and what reading it had to say.
    public struct Contents: Sendable {
        public var header: Header
        /// The header's SOP as a path to open from here: a saved run keeps it relative to the
        /// run file's own folder (`RelativePath`), so that the two can move together.
        public var sopPath: String
        public var events: [RunEvent]
        /// The line of the journal each event stood on, for pointing at one that cannot be replayed.
        public var eventLines: [Int]
        /// A last line cut off by a crash is dropped and reported here.
        public var warnings: [String]
    }

    /// The one format this sopsh writes and reads.
    public static let format = "sopsh-run/1"

    /// Reads a journal. A torn last line (a crash while it was written) is dropped with a
    /// warning; any other unreadable line is an error that names it.
    public static func read(_ path: String) throws(SOPReadError) -> Contents {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SOPReadError(
                "no run journal at \(path)", at: SourceLocation(file: path, line: 1, column: 1),
                hint: "a run is journaled from its first `start`")
        }
        let text = try SOPFile.decode(data, file: path)
        // A journal copied through an editor or a mail program may end its lines with CRLF.
        // ("\r\n" is one Character in Swift, so it is a separator of its own.)
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
        let endsCleanly = text.last == "\n" || text.last == "\r\n"
        if lines.last == "" { lines.removeLast() }
        guard let first = lines.first, let header = try? JSONDecoder().decode(Header.self, from: Data(first.utf8)) else {
            throw SOPReadError(
                "\(path) is not a sopsh run journal (its first line is not a run header)",
                at: SourceLocation(file: path, line: 1, column: 1), hint: "name a file written by sopsh's runs or save-run")
        }
        guard header.format == format else {
            throw SOPReadError(
                "the journal is in format \(header.format), which this sopsh does not read (it reads \(format))",
                at: SourceLocation(file: path, line: 1, column: 1),
                hint: "open it with the sopsh that wrote it, or save the run again from there with save-run")
        }
        var events: [RunEvent] = []
        var eventLines: [Int] = []
        var warnings: [String] = []
        for (offset, line) in lines.enumerated().dropFirst() {
            do {
                let event = try JSONDecoder().decode(RunEvent.self, from: Data(line.utf8))
                if let problem = Self.problem(with: event) {
                    throw SOPReadError(
                        "line \(offset + 1) of the run journal: \(problem)", at: SourceLocation(file: path, line: offset + 1, column: 1),
                        hint: "the journal was changed by hand or damaged; keep a copy and mend or remove the line to resume")
                }
                events.append(event)
                eventLines.append(offset + 1)
            } catch let error as SOPReadError {
                throw error
            } catch {
                if offset == lines.count - 1, !endsCleanly {
                    warnings.append(localized("the last line of \(path) was cut off (sopsh stopped while writing it) and was dropped"))
                    break
                }
                throw SOPReadError(
                    "line \(offset + 1) of the run journal cannot be read", at: SourceLocation(file: path, line: offset + 1, column: 1),
                    hint: "the journal was changed by hand or damaged; keep a copy and remove the line to resume")
            }
        }
        return Contents(
            header: header, sopPath: RelativePath.resolve(header.sop, fromFolderOf: path),
            events: events, eventLines: eventLines, warnings: warnings)
    }

    /// What makes an event impossible whatever the SOP: a step before the table's first row, a
    /// negative answer, a bad case name. There is no step to name, so the row is given.
    private static func problem(with event: RunEvent) -> Message? {
        switch event {
        case .performed(_, let step, _, _) where step.offset < 0, .decided(_, let step, _, _, _) where step.offset < 0:
            return "the run names row \(step.row) of the table, and rows count from 1"
        case .decided(_, _, _, let answer, _) where answer < 0:
            return "answer \(answer + 1) is not an answer's number"
        default:
            return event.caseName.flatMap(TrainingRun.problem(withCaseName:))
        }
    }

    /// Writes a whole run (its undone actions left out) as a journal file, atomically.
    public static func save(_ header: Header, events: [RunEvent], to path: String) throws {
        try AtomicFile.write(Data(try text(header, events).utf8), to: path)
    }

    private static func text(_ header: Header, _ events: [RunEvent]) throws -> String {
        try line(header) + events.map { try line($0) }.joined()
    }

    private static func line<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
