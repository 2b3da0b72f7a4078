import Foundation
import SOPRuntime
import Testing

/// Where a file is written matters: a regular file is replaced whole or not at all, a device
/// or a pipe is written in place and never replaced, a folder is refused. Any name a folder
/// allows can be written.
@Suite struct AtomicFiles {
    @Test func aDeviceIsWrittenInPlaceAndStaysADevice() throws {
        try AtomicFile.write(Data("dibuang\n".utf8), to: "/dev/null")
        var status = stat()
        #expect(stat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func aFullDeviceIsAnErrorAndStaysADevice() throws {
        #expect(throws: AtomicFileError.self) { try AtomicFile.write(Data(repeating: 65, count: 1 << 21), to: "/dev/full") }
        var status = stat()
        #expect(stat("/dev/full", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func aFolderIsRefusedAndLeftAlone() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sopsh-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: AtomicFileError.self) { try AtomicFile.write(Data("x".utf8), to: folder.path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) && isFolder.boolValue)
    }

    /// The temporary's name is the file's with the writer's process number and a random part
    /// added: for a name of the longest a folder allows (255 bytes, here of two-byte letters),
    /// it is the file's name that is cut, whole letters at a time, not the write that fails.
    @Test func aFileWithTheLongestNameAFolderAllowsIsWritten() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sopsh-atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let name = String(repeating: "é", count: 125) + ".yaml"
        #expect(name.utf8.count == 255)
        try AtomicFile.write(Data("isi\n".utf8), to: folder.appendingPathComponent(name).path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [name])
        #expect(FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) == Data("isi\n".utf8))
    }
}
