import Foundation
import Testing
import SOPRuntime

/// Where a file is written matters: a regular file is replaced whole or not at all, a device
/// or a pipe is written in place and never replaced, a folder is refused.
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
}
