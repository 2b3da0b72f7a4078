import Foundation

/// A training run kept on disk as it happens: a header line (the SOP's file and the calendar
/// the run began with), then one JSON event per line, each flushed to disk before the action
/// is reported, so that a crash or a closed terminal loses no completed action.
public struct RunJournal: Sendable {
    public struct Header: Codable, Hashable, Sendable {
        public var format = "sopsh-run/1"
        /// The SOP file the run walks through, as it was opened.
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

    /// Starts a new journal. An earlier run's journal is kept beside it (`….previous`), so
    /// that starting afresh never destroys a run that could still be resumed.
    public func begin(_ header: Header) throws {
        if FileManager.default.fileExists(atPath: path) {
            let previous = path + ".previous"
            try? FileManager.default.removeItem(atPath: previous)
            try FileManager.default.moveItem(atPath: path, toPath: previous)
        }
        try AtomicFile.write(Data((try Self.line(header)).utf8), to: path)
    }

    /// Appends one event and flushes it to disk.
    public func append(_ event: RunEvent) throws {
        let descriptor = open(path, O_WRONLY | O_APPEND)
        guard descriptor >= 0 else { throw AtomicFileError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let bytes = Array(try Self.line(event).utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == bytes.count, fsync(descriptor) == 0 else {
            // A partial line would be a torn record: cut it off so the journal stays as it was.
            let size = lseek(descriptor, 0, SEEK_END) - off_t(max(written, 0))
            ftruncate(descriptor, size)
            throw AtomicFileError(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// What a journal holds: its header and events, and what reading it had to say.
    public struct Contents: Sendable {
        public var header: Header
        public var events: [RunEvent]
        /// A last line cut off by a crash is dropped and reported here.
        public var warnings: [String]
    }

    /// Reads a journal. A torn last line (a crash while it was written) is dropped with a
    /// warning; any other unreadable line is an error that names it.
    public static func read(_ path: String) throws(SOPReadError) -> Contents {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SOPReadError("no run journal at \(path)", at: SourceLocation(file: path, line: 1, column: 1),
                               hint: "a run is journaled from its first `start`")
        }
        let text = try SOPFile.decode(data, file: path)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let endsCleanly = text.hasSuffix("\n")
        if lines.last == "" { lines.removeLast() }
        guard let first = lines.first, let header = try? JSONDecoder().decode(Header.self, from: Data(first.utf8)) else {
            throw SOPReadError("\(path) is not a sopsh run journal (its first line is not a run header)",
                               at: SourceLocation(file: path, line: 1, column: 1), hint: "name a file written by sopsh's runs or save-run")
        }
        var events: [RunEvent] = []
        var warnings: [String] = []
        for (offset, line) in lines.enumerated().dropFirst() {
            do {
                events.append(try JSONDecoder().decode(RunEvent.self, from: Data(line.utf8)))
            } catch {
                if offset == lines.count - 1, !endsCleanly {
                    warnings.append("the last line of \(path) was cut off (sopsh stopped while writing it) and was dropped")
                    break
                }
                throw SOPReadError("line \(offset + 1) of the run journal cannot be read", at: SourceLocation(file: path, line: offset + 1, column: 1),
                                   hint: "the journal was changed by hand or damaged; keep a copy and remove the line to resume")
            }
        }
        return Contents(header: header, events: events, warnings: warnings)
    }

    /// Writes a whole run (its undone actions left out) as a journal file, atomically.
    public static func save(_ header: Header, events: [RunEvent], to path: String) throws {
        var text = try line(header)
        for event in events { text += try line(event) }
        try AtomicFile.write(Data(text.utf8), to: path)
    }

    private static func line<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
