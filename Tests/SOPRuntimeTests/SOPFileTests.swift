import Foundation
import SOPRuntime
import Testing

/// Opening and saving SOP files: anything that is not an SOP is refused with a located,
/// readable error (never a crash), and saving never leaves a half-written file behind.
@Suite struct SOPFiles {
    /// The error opening `path` throws, or nil when it opens.
    func openError(_ path: String) -> SOPReadError? {
        do {
            _ = try SOPFile.open(path)
            return nil
        } catch {
            return error
        }
    }

    func permissions(_ path: String) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    // MARK: Opening

    @Test(arguments: Examples.yamlFiles)
    func everyExampleOpensAsYAML(_ name: String) throws {
        let (loaded, format) = try SOPFile.open(Examples.path(name))
        #expect(format == .yaml)
        #expect(loaded.diagnostics == [])
        #expect(!loaded.sop.steps.isEmpty)
        #expect(loaded.sourceMap.file == Examples.path(name))
        #expect(loaded.sop == (try Examples.load(name)).sop)
    }

    @Test func aBinaryFileIsRefusedWhereItsFirstNULByteStands() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.file("gambar.yaml")
        try Data("identitas:\n  judul_sop: La\u{0}poran\n".utf8).write(to: URL(fileURLWithPath: path))
        let error = try #require(openError(path))
        #expect(error.message.contains("binary"))
        #expect(error.location == SourceLocation(file: path, line: 2, column: 16))
        #expect(error.hint != nil)
    }

    @Test func aLatin1FileIsRefusedAtTheLineAndColumnOfItsFirstBadByte() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.file("latin1.yaml")
        // "café" in Latin-1: é is the single byte E9, which is not UTF-8.
        var bytes = Array("identitas:\n  judul_sop: Kafé ✓ caf".utf8)
        bytes += [0xE9] + Array("\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let error = try #require(openError(path))
        #expect(error.message.contains("not UTF-8"))
        #expect(error.location == SourceLocation(file: path, line: 2, column: 24))
        #expect(error.hint?.contains("iconv") == true)
    }

    @Test func aByteOrderMarkIsIgnored() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.file("bom.yaml")
        try Data([0xEF, 0xBB, 0xBF] + Array(try Examples.text(Examples.seed).utf8)).write(to: URL(fileURLWithPath: path))
        let (loaded, _) = try SOPFile.open(path)
        #expect(loaded.sop == (try Examples.load(Examples.seed)).sop)
    }

    /// Ten megabytes of random printable lines, the same each run.
    static func junk(alphabet: [UInt8]) -> Data {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var bytes: [UInt8] = []
        bytes.reserveCapacity(10 * 1_048_576 + 200)
        while bytes.count < 10 * 1_048_576 {
            for _ in 0..<(Int(state % 120) + 1) {
                state ^= state << 13
                state ^= state >> 7
                state ^= state << 17
                bytes.append(alphabet[Int(state % UInt64(alphabet.count))])
            }
            bytes.append(UInt8(ascii: "\n"))
        }
        return Data(bytes)
    }

    static let junkAlphabets: [String] = [
        (32...126).map { String(UnicodeScalar(UInt8($0))) }.joined(),
        "abcdefghijklmnopqrstuvwxyz ",
        "abcdefghijklmnopqrstuvwxyz:"
    ]

    @Test(arguments: junkAlphabets)
    func tenMegabytesOfJunkGiveAClearError(_ alphabet: String) throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.file("sampah.yaml")
        try Self.junk(alphabet: Array(alphabet.utf8)).write(to: URL(fileURLWithPath: path))
        do {
            let (loaded, _) = try SOPFile.open(path)
            #expect(!loaded.diagnostics.isEmpty || !loaded.sop.check().isEmpty)
        } catch {
            #expect(error.location.file == path)
            #expect(!error.message.isEmpty)
        }
    }

    @Test func tenMegabytesOfUnknownKeysAreReportedWithoutACrash() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.file("kunci.yaml")
        let line = Array("kunci_tak_dikenal: nilai\n".utf8)
        let count = 10 * 1_048_576 / line.count
        var bytes: [UInt8] = []
        for index in 0..<count { bytes += Array("k\(index)_".utf8) + line }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let (loaded, _) = try SOPFile.open(path)
        #expect(loaded.diagnostics.count == count)
        #expect(loaded.diagnostics.last?.location == SourceLocation(file: path, line: count, column: 1))
    }

    @Test func anEmptyFileIsRefusedAsEmpty() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.file("kosong.yaml")
        try Data().write(to: URL(fileURLWithPath: path))
        let error = try #require(openError(path))
        #expect(error.message.contains("empty"))
        #expect(error.location == SourceLocation(file: path, line: 1, column: 1))
    }

    @Test func aDirectoryIsRefusedWithAHint() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let error = try #require(openError(folder.path))
        #expect(error.message.contains("is a directory"))
        #expect(error.hint != nil)
    }

    @Test func aMissingFileIsRefusedByName() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.file("tidak-ada.yaml")
        let error = try #require(openError(path))
        #expect(error.message == "no such file: \(path)")
        #expect(error.hint != nil)
    }

    // MARK: Saving

    @Test func savingThenOpeningGivesTheSameSOP() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.file("laporan.yaml")
        try SOPFile.save(TestSOPs.clean(), to: path)
        #expect(try SOPFile.open(path).0.sop == TestSOPs.clean())
    }

    @Test func writingReplacesTheContentAndLeavesNoTemporaryFile() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.file("sop.yaml")
        try AtomicFile.write(Data("lama, dan lebih panjang\n".utf8), to: path)
        try AtomicFile.write(Data("baru ✓\n".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "baru ✓\n")
        #expect(try folder.contents() == ["sop.yaml"])
    }

    @Test func writingKeepsThePermissionsOfTheFileItReplaces() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let path = folder.file("rahasia.yaml")
        try AtomicFile.write(Data("lama\n".utf8), to: path)
        #expect(try permissions(path) == 0o644, "a new file gets the usual permissions")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        try AtomicFile.write(Data("baru\n".utf8), to: path)
        #expect(try permissions(path) == 0o600)
    }

    @Test func writingThroughASymbolicLinkUpdatesTheFileItPointsTo() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let target = folder.file("asli.yaml")
        let link = folder.file("tautan.yaml")
        try AtomicFile.write(Data("lama\n".utf8), to: target)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        try AtomicFile.write(Data("baru\n".utf8), to: link)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "baru\n")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == target, "the link stays a link")
    }

    @Test func writingIntoAMissingFolderThrowsAndCreatesNothing() throws {
        let folder = try ScratchFolder()
        defer { folder.remove() }
        let missing = folder.file("belum-ada")
        #expect(throws: AtomicFileError.self) {
            try AtomicFile.write(Data("isi\n".utf8), to: missing + "/sop.yaml")
        }
        #expect(!FileManager.default.fileExists(atPath: missing))
        #expect(try folder.contents() == [])
    }
}
