import Foundation
import SOPRuntime
import Testing

/// Paths one file keeps to another are written from the keeping file's folder, and read back
/// from wherever that file has moved to.
@Suite struct RelativePaths {
    @Test(arguments: [
        ("/kelas/kebijakan.yaml", "/kelas/senin.run", "kebijakan.yaml"),
        ("/kelas/sop/kebijakan.yaml", "/kelas/runs/senin.run", "../sop/kebijakan.yaml"),
        ("/kelas/kebijakan.yaml", "/kelas/a/b/senin.run", "../../kebijakan.yaml"),
        ("/kelas/a/b/kebijakan.yaml", "/kelas/senin.run", "a/b/kebijakan.yaml"),
        ("/kelas/./sop/../kebijakan.yaml", "/kelas/senin.run", "kebijakan.yaml")
    ])
    func aPathIsWrittenFromTheKeepingFilesFolder(target: String, file: String, written: String) {
        #expect(RelativePath.of(target, fromFolderOf: file) == written)
    }

    @Test(arguments: [
        ("kebijakan.yaml", "/usb/kelas/senin.run", "/usb/kelas/kebijakan.yaml"),
        ("../sop/kebijakan.yaml", "kelas/runs/senin.run", "kelas/sop/kebijakan.yaml"),
        ("../../kebijakan.yaml", "senin.run", "../../kebijakan.yaml"),
        ("kebijakan.yaml", "senin.run", "kebijakan.yaml"),
        ("/lama/kebijakan.yaml", "/usb/senin.run", "/lama/kebijakan.yaml")
    ])
    func aKeptPathIsReadFromWhereTheFileIsNow(kept: String, file: String, resolved: String) {
        #expect(RelativePath.resolve(kept, fromFolderOf: file) == resolved)
    }

    @Test func writtenThenReadGivesTheSameFileFromAnyWorkingFolder() {
        let target = FileManager.default.currentDirectoryPath + "/examples/bench-seed.yaml"
        for file in ["/tmp/kelas/senin.run", "latihan/senin.run", "../senin.run", "senin.run"] {
            let kept = RelativePath.of(target, fromFolderOf: file)
            let back = RelativePath.resolve(kept, fromFolderOf: file)
            #expect(URL(fileURLWithPath: back).standardizedFileURL.path == target, "\(file): kept \(kept), read \(back)")
        }
    }

    @Test func theSchemaLineIsFoundAmongTheOpeningCommentsAndWrittenFromTheNewFolder() {
        let text = "# SOP kami\n# yaml-language-server: $schema=../schema/sop.schema.json\nidentitas:\n"
        let line = SchemaLine.find(in: text, file: "/proj/examples/a.yaml")
        #expect(line?.target == "/proj/schema/sop.schema.json")
        #expect(line?.line(savedTo: "/proj/examples/sub/b.yaml") == "# yaml-language-server: $schema=../../schema/sop.schema.json\n")
        #expect(SchemaLine.find(in: "identitas:\n# yaml-language-server: $schema=x.json\n", file: nil) == nil, "only before the first key")
        let url = SchemaLine.find(in: "# yaml-language-server: $schema=https://sopsh.example/sop.schema.json\n", file: "/a/b.yaml")
        #expect(url?.line(savedTo: "/c/d.yaml") == "# yaml-language-server: $schema=https://sopsh.example/sop.schema.json\n")
    }
}
